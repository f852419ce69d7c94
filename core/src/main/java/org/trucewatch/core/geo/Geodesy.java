package org.trucewatch.core.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Distances on the WGS 84 ellipsoid, exact to the nanometre for points (GeographicLib), and
 * between a point and a geodesic polyline.
 *
 * <p>Coordinates are JTS {@link Coordinate}s with x = longitude and y = latitude in degrees.
 * Every method is thread-safe and allocation-light; cost is O(number of vertices).
 */
public final class Geodesy {
  /** The factory for all lon/lat geometry: floating precision, SRID 4326. */
  public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private static final Geodesic GEODESIC = Geodesic.WGS84;
  private static final Gnomonic GNOMONIC = new Gnomonic(Geodesic.WGS84);

  private Geodesy() {}

  /** Geodesic distance in metres between two lon/lat points. */
  public static double distanceMetres(Coordinate a, Coordinate b) {
    return GEODESIC.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
  }

  /** The point reached from {@code from} going {@code metres} along azimuth {@code degrees}. */
  public static Coordinate destination(Coordinate from, double azimuthDegrees, double metres) {
    GeodesicData d = GEODESIC.Direct(from.y, from.x, azimuthDegrees, metres);
    return new Coordinate(d.lon2, d.lat2);
  }

  /** Initial azimuth in degrees (clockwise from north) of the geodesic from a to b. */
  public static double azimuthDegrees(Coordinate a, Coordinate b) {
    return GEODESIC.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.AZIMUTH).azi1;
  }

  /**
   * Geodesic distance in metres from point {@code p} to the nearest point of the polyline through
   * {@code vertices}, each segment being the geodesic between its ends.
   *
   * <p>Each segment is projected on the gnomonic projection centred at {@code p}. There geodesics
   * are (very nearly, on the ellipsoid; exactly, on the sphere) straight lines, and the lines
   * through the centre are geodesics along which projected radius grows with distance, so the
   * point of the segment nearest the centre in the plane is the nearest on the ellipsoid. That
   * point is mapped back and its distance computed exactly. Segments are expected to be shorter
   * than a few thousand kilometres.
   */
  public static double distanceToPolylineMetres(Coordinate p, Coordinate[] vertices) {
    if (vertices.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double best = distanceMetres(p, vertices[0]);
    for (int i = 1; i < vertices.length; i++) {
      best = Math.min(best, distanceToSegmentMetres(p, vertices[i - 1], vertices[i]));
    }
    return best;
  }

  /**
   * Geodesic distance in metres from {@code p} to the segment from {@code a} to {@code b}, as
   * {@link #distanceToPolylineMetres(Coordinate, Coordinate[])} takes it for each segment.
   */
  public static double distanceToSegmentMetres(Coordinate p, Coordinate a, Coordinate b) {
    double da = distanceMetres(p, a);
    double db = distanceMetres(p, b);
    GnomonicData ga = GNOMONIC.Forward(p.y, p.x, a.y, a.x);
    GnomonicData gb = GNOMONIC.Forward(p.y, p.x, b.y, b.x);
    if (!(ga.rk > 0) || !(gb.rk > 0) || Double.isNaN(ga.x) || Double.isNaN(gb.x)) {
      // an end lies beyond the horizon of the projection: fall back to the ends
      return Math.min(da, db);
    }
    double dx = gb.x - ga.x;
    double dy = gb.y - ga.y;
    double len2 = dx * dx + dy * dy;
    if (len2 == 0) {
      return Math.min(da, db);
    }
    double t = -(ga.x * dx + ga.y * dy) / len2;
    if (t <= 0 || t >= 1) {
      return Math.min(da, db);
    }
    GnomonicData foot = GNOMONIC.Reverse(p.y, p.x, ga.x + t * dx, ga.y + t * dy);
    double df = GEODESIC.Inverse(p.y, p.x, foot.lat, foot.lon, GeodesicMask.DISTANCE).s12;
    return Math.min(df, Math.min(da, db));
  }

  /**
   * Geodesic distance in metres from point {@code p} to a geometry: zero when a polygon contains
   * it, else the distance to the nearest vertex or edge.
   */
  public static double distanceMetres(Coordinate p, Geometry g) {
    if (g instanceof Point pt) {
      return distanceMetres(p, pt.getCoordinate());
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Point pt) {
        best = Math.min(best, distanceMetres(p, pt.getCoordinate()));
      } else if (part instanceof LineString ls) {
        best = Math.min(best, distanceToPolylineMetres(p, ls.getCoordinates()));
      } else if (part instanceof Polygon poly) {
        if (poly.covers(WGS84.createPoint(p))) {
          return 0;
        }
        best = Math.min(best, distanceToPolylineMetres(p, poly.getExteriorRing().getCoordinates()));
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          best = Math.min(best, distanceToPolylineMetres(p, poly.getInteriorRingN(h).getCoordinates()));
        }
      } else {
        best = Math.min(best, distanceMetres(p, part));
      }
    }
    return best;
  }

  /**
   * Geodesic distance in metres between a geometry and a polyline: zero when they intersect, else
   * the least distance from a vertex of either to the other (the minimum between two
   * non-crossing polylines is always reached at a vertex of one of them).
   */
  public static double distanceToPolylineMetres(Geometry g, LineString line) {
    if (g instanceof Point pt) {
      return distanceToPolylineMetres(pt.getCoordinate(), line.getCoordinates());
    }
    if (g.intersects(line)) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (Coordinate c : g.getCoordinates()) {
      best = Math.min(best, distanceToPolylineMetres(c, line.getCoordinates()));
    }
    for (Coordinate c : line.getCoordinates()) {
      best = Math.min(best, distanceMetres(c, g));
    }
    return best;
  }

  /**
   * A polygon approximating the geodesic circle of {@code radiusMetres} around {@code centre},
   * with {@code sides} vertices on the circle. For display and for coarse indexing, never for the
   * within-radius test itself.
   */
  public static Polygon circle(Coordinate centre, double radiusMetres, int sides) {
    Coordinate[] ring = new Coordinate[sides + 1];
    for (int i = 0; i < sides; i++) {
      ring[i] = destination(centre, 360.0 * i / sides, radiusMetres);
    }
    ring[sides] = ring[0].copy();
    return WGS84.createPolygon(ring);
  }
}
