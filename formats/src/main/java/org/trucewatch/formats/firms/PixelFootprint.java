package org.trucewatch.formats.firms;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;

/**
 * The ground footprint of one satellite pixel: a rectangle centred on the pixel centre, {@code
 * scan} wide east-west and {@code track} long north-south.
 *
 * <p>VIIRS and MODIS fly near-polar, sun-synchronous orbits (inclination about 98.7 degrees) and
 * their scan mirrors sweep across the ground track, so over mid-latitudes the scan direction is
 * within roughly ten degrees of east-west and the track direction of north-south. FIRMS files do
 * not carry the scan angle, so the footprint is aligned to the meridian; the few-degree rotation
 * this ignores moves a corner by a few tens of metres at most, well inside the pixel itself.
 */
public final class PixelFootprint {
  private PixelFootprint() {}

  /**
   * The footprint around {@code centre} (lon/lat degrees), built geodesically: the mid-points of
   * the north and south edges lie {@code trackMetres / 2} from the centre along the meridian, and
   * each corner lies {@code scanMetres / 2} east or west of its edge's mid-point. The ring runs
   * counter-clockwise from the south-west corner, as GeoJSON (RFC 7946) wants exterior rings.
   * Corner longitudes are kept continuous with the centre's, so a pixel on the antimeridian is a
   * small rectangle rather than one spanning the globe.
   */
  public static Polygon of(Coordinate centre, double scanMetres, double trackMetres) {
    Coordinate north = Geodesy.destination(centre, 0, trackMetres / 2);
    Coordinate south = Geodesy.destination(centre, 180, trackMetres / 2);
    Coordinate sw = continuous(Geodesy.destination(south, 270, scanMetres / 2), centre.x);
    Coordinate se = continuous(Geodesy.destination(south, 90, scanMetres / 2), centre.x);
    Coordinate ne = continuous(Geodesy.destination(north, 90, scanMetres / 2), centre.x);
    Coordinate nw = continuous(Geodesy.destination(north, 270, scanMetres / 2), centre.x);
    return Geodesy.WGS84.createPolygon(new Coordinate[] {sw, se, ne, nw, sw.copy()});
  }

  /**
   * The centre a footprint built by {@link #of} was built around, recovered to within
   * floating-point error: the geodesic mid-points of the north and south edges are the points the
   * edges were laid out from, and the centre is half-way between them. (The plain mean of the
   * corners is not: an east-west geodesic bends toward the equator, by about a decimetre over a
   * kilometre at mid-latitudes.)
   *
   * @throws IllegalArgumentException when the polygon is not a four-cornered footprint
   */
  public static Coordinate centre(Polygon footprint) {
    Coordinate[] ring = footprint.getExteriorRing().getCoordinates();
    if (ring.length != 5) {
      throw new IllegalArgumentException("a pixel footprint has four corners, not " + (ring.length - 1));
    }
    Coordinate south = midpoint(ring[0], ring[1]);
    Coordinate north = midpoint(ring[3], ring[2]);
    return midpoint(south, north);
  }

  private static Coordinate midpoint(Coordinate a, Coordinate b) {
    double metres = Geodesy.distanceMetres(a, b);
    return continuous(Geodesy.destination(a, Geodesy.azimuthDegrees(a, b), metres / 2), a.x);
  }

  private static Coordinate continuous(Coordinate c, double referenceLon) {
    double d = c.x - referenceLon;
    if (d > 180) {
      c.x -= 360;
    } else if (d < -180) {
      c.x += 360;
    }
    return c;
  }
}
