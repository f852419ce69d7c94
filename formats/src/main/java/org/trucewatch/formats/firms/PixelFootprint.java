package org.trucewatch.formats.firms;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;

/**
 * The ground footprint of one satellite pixel: a rectangle centred on the pixel centre, {@code
 * scan} wide east-west and {@code track} long north-south, built in closed form.
 *
 * <p>VIIRS and MODIS fly near-polar, sun-synchronous orbits (inclination about 98.7 degrees) and
 * their scan mirrors sweep across the ground track, so over mid-latitudes the scan direction is
 * within roughly ten degrees of east-west and the track direction of north-south. FIRMS files do
 * not carry the scan angle, so the footprint is aligned to the meridian; the few-degree rotation
 * this ignores moves a corner by a few tens of metres at most, well inside the pixel itself.
 *
 * <p><b>The construction</b> is geodesic: the mid-points of the north and south edges lie {@code
 * track / 2} from the centre along the meridian, and each corner lies {@code scan / 2} from its
 * edge's mid-point along the geodesic leaving it due east or due west. Solving those six direct
 * problems with GeographicLib costs several microseconds a pixel, most of the cost of reading a
 * FIRMS file, so they are solved in closed form from WGS 84's meridian and prime-vertical radii of
 * curvature, M = a (1 - e^2) / W^3 and N = a / W with W = sqrt(1 - e^2 sin^2 lat), and the radius of
 * the parallel p = N cos lat:
 *
 * <ul>
 *   <li><b>Along the meridian</b>, the arc from lat0 to lat0 + D is the integral of M, which the
 *       mid-point rule gives as M(lat0 + D/2) D to within |M''| D^3 / 24. D solves h = M(lat0 + D/2)
 *       D by one fixed-point step from D0 = h / M(lat0); the step map contracts by L = |h| M'max /
 *       (2 R_MIN^2) (below 1e-5 for h up to 10 km), so the step leaves an error of L^2 |D|. With
 *       |M'| &lt; {@value #M1_MAX} m and |M''| &lt; {@value #M2_MAX} m per radian (squared) on WGS 84
 *       (the test checks both), an edge's mid-point is off by at most R_MAX (M2_MAX D^3 / (24
 *       R_MIN) + L^2 |D|) metres: 3e-8 m for a 2 km track, 2e-5 m for 20 km.
 *   <li><b>Due east or west</b> from an edge mid-point at latitude lat1, the geodesic starts at its
 *       vertex, and the ellipsoid is symmetric about the meridian plane there, so latitude is an
 *       even function of the distance s and longitude an odd one. From the geodesic equations
 *       (dlat/ds = cos az / M, dlon/ds = sin az / p, daz/ds = sin az tan lat / N) and dp/dlat = -M
 *       sin lat, with t = tan lat1 and everything at lat1: lat''(0) = -t / (M N), lat'''(0) = 0,
 *       lon'(0) = 1 / p, lon'''(0) = -2 t^2 / (N^2 p). So lat = lat1 - s^2 t / (2 M N) and lon =
 *       lon1 + s / p - s^3 t^2 / (3 N^2 p), exact through the third power.
 *   <li><b>The omitted terms</b> come first at s^4 (latitude) and s^5 (longitude). On a sphere of
 *       radius R they follow from the closed forms sin lat = sin lat1 cos(sigma) and tan(dlon) =
 *       tan(sigma) / cos lat1 (sigma = s / R): t (1 + 3 t^2) sigma^4 / 24 radians of latitude and
 *       t^2 (1 + 2 sin^2 lat1) sigma^5 / (15 cos^2 lat1) in metres east over R; the terms after
 *       them are smaller by factors of about sigma^2 (1 + t^2), which the domain below keeps under
 *       1e-4. On the ellipsoid the coefficients of these terms are rational in M, N and their
 *       derivatives (which carry a factor e^2), so they are the sphere's with M and N for R, up to
 *       a relative O(e^2) (0.0067): we take the sphere's terms with sigma = s / R_MIN, in metres with
 *       R_MAX (together a 4 % margin), and double them. Near the vertex |tan lat| only falls, so t
 *       at lat1 bounds it along the way.
 * </ul>
 *
 * The bound is the sum of these, plus {@value #ROUNDING_METRES} m for floating-point rounding of
 * degrees (an ulp of 180 degrees is 3e-9 m). Where it exceeds {@value #MAX_BOUND_METRES} m, or
 * an edge lies beyond {@value #MAX_LATITUDE} degrees of latitude, GeographicLib solves the six
 * direct problems instead. For VIIRS pixels (up to about 0.8 km) the closed form is within 1e-8 m
 * of GeographicLib's construction everywhere up to 80 degrees; for MODIS pixels at the scan
 * edge (4.8 by 2 km) within 1e-5 m; only pixels larger than about 10 km near 80 degrees (none
 * in FIRMS) take the slow path. The bound and the agreement are checked against GeographicLib
 * on every tenth of a degree of latitude up to 80 degrees, either side, on the antimeridian.
 */
public final class PixelFootprint {
  /** WGS 84 semi-major axis (m) and first eccentricity squared. */
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257223563;
  static final double E2 = F * (2 - F);
  /** The least radius of curvature on WGS 84 (the meridian radius at the equator), metres. */
  static final double R_MIN = A * (1 - E2);
  /** The largest radius of curvature on WGS 84 (both radii at the poles), metres. */
  static final double R_MAX = A / Math.sqrt(1 - E2);
  /** Bounds on |dM/dlat| and |d^2M/dlat^2| on WGS 84, metres per radian (squared). */
  static final double M1_MAX = 6.6e4;
  static final double M2_MAX = 1.3e5;
  /** Allowance for rounding the corners to doubles in degrees, metres. */
  static final double ROUNDING_METRES = 1e-8;
  /** The closed form is used where its bound is at most this, metres. */
  static final double MAX_BOUND_METRES = 1e-4;
  /** Latitude beyond which no edge of a closed-form footprint may lie, degrees. */
  static final double MAX_LATITUDE = 81;

  private PixelFootprint() {}

  /**
   * The footprint around {@code centre} (lon/lat degrees), as the class comment constructs it.
   * The ring runs counter-clockwise from the south-west corner, as GeoJSON (RFC 7946) wants
   * exterior rings. Corner longitudes are kept continuous with the centre's, so a pixel on the
   * antimeridian is a small rectangle rather than one spanning the globe.
   */
  public static Polygon of(Coordinate centre, double scanMetres, double trackMetres) {
    Coordinate[] ring = closedForm(centre.x, centre.y, scanMetres / 2, trackMetres / 2);
    return ring != null ? Geodesy.WGS84.createPolygon(ring) : ofGeodesic(centre, scanMetres, trackMetres);
  }

  /**
   * The ring in closed form, or null where the bound of the class comment exceeds {@link
   * #MAX_BOUND_METRES} or an edge lies beyond {@link #MAX_LATITUDE}.
   */
  static Coordinate[] closedForm(double lon, double lat, double halfScanMetres, double halfTrackMetres) {
    double phi0 = Math.toRadians(lat);
    double s0 = Math.sin(phi0);
    double c0 = Math.cos(phi0);
    double dNorth = meridianStep(s0, c0, halfTrackMetres);
    double dSouth = meridianStep(s0, c0, -halfTrackMetres);
    if (!(boundMetres(phi0 + dNorth, dNorth, halfScanMetres) <= MAX_BOUND_METRES)
        || !(boundMetres(phi0 + dSouth, dSouth, halfScanMetres) <= MAX_BOUND_METRES)) {
      return null;
    }
    Coordinate[] north = edge(lon, lat, s0, c0, dNorth, halfScanMetres);
    Coordinate[] south = edge(lon, lat, s0, c0, dSouth, halfScanMetres);
    return new Coordinate[] {south[0], south[1], north[1], north[0], south[0].copy()};
  }

  /**
   * The bound of the class comment on the distance from a closed-form corner to the geodesic
   * construction's, for the edge at latitude {@code edgePhi} (radians) reached by a meridian step
   * of {@code stepRadians}; infinite outside the domain.
   */
  static double boundMetres(double edgePhi, double stepRadians, double halfScanMetres) {
    if (!(Math.abs(edgePhi) <= Math.toRadians(MAX_LATITUDE)) || !(Math.abs(stepRadians) <= 0.01)) {
      return Double.POSITIVE_INFINITY;
    }
    double d = Math.abs(stepRadians);
    double l = d * M1_MAX / (2 * R_MIN);
    double meridian = R_MAX * (M2_MAX * d * d * d / (24 * R_MIN) + l * l * d);
    double sin = Math.sin(edgePhi);
    double cos = Math.cos(edgePhi);
    double t = Math.abs(sin / cos);
    double sigma = Math.abs(halfScanMetres) / R_MIN;
    double sigma2 = sigma * sigma;
    if (!(sigma2 * (1 + t * t) <= 1e-4)) {
      return Double.POSITIVE_INFINITY;
    }
    double latitude = t * (1 + 3 * t * t) * sigma2 * sigma2 / 24;
    double east = t * t * (1 + 2 * sin * sin) * sigma2 * sigma2 * sigma / (15 * cos * cos);
    return meridian + 2 * R_MAX * (latitude + east) + ROUNDING_METRES;
  }

  /**
   * The latitude step D (radians) with the meridian arc from the centre (sine and cosine of its
   * latitude given) equal to {@code metres} (negative: southward), by the mid-point rule.
   */
  private static double meridianStep(double sinPhi0, double cosPhi0, double metres) {
    double d = metres / meridianRadius(sinPhi0);
    return metres / meridianRadius(sinOfSum(sinPhi0, cosPhi0, d / 2));
  }

  /** West and east corners of the edge whose mid-point lies {@code step} radians north of the centre. */
  private static Coordinate[] edge(double lon, double lat, double s0, double c0, double step, double halfScan) {
    double sin = sinOfSum(s0, c0, step);
    double cos = cosOfSum(s0, c0, step);
    double t = sin / cos;
    double w2 = 1 - E2 * sin * sin;
    double n = A / Math.sqrt(w2);
    double m = A * (1 - E2) / (w2 * Math.sqrt(w2));
    double p = n * cos;
    double s2 = halfScan * halfScan;
    double cornerLat = lat + Math.toDegrees(step - s2 * t / (2 * m * n));
    double dLon = Math.toDegrees(halfScan / p * (1 - s2 * t * t / (3 * n * n)));
    return new Coordinate[] {new Coordinate(lon - dLon, cornerLat), new Coordinate(lon + dLon, cornerLat)};
  }

  /** M at a latitude given by its sine, metres per radian. */
  private static double meridianRadius(double sinPhi) {
    double w2 = 1 - E2 * sinPhi * sinPhi;
    return A * (1 - E2) / (w2 * Math.sqrt(w2));
  }

  /**
   * sin(phi + d) from sin phi and cos phi, for |d| &le; 0.01: the series of sin d and cos d to
   * d^5 and d^4 leave errors below 1e-17, so no further trigonometric call is needed.
   */
  private static double sinOfSum(double sinPhi, double cosPhi, double d) {
    double d2 = d * d;
    return sinPhi * (1 - d2 / 2 * (1 - d2 / 12)) + cosPhi * d * (1 - d2 / 6 * (1 - d2 / 20));
  }

  /** cos(phi + d), as {@link #sinOfSum}. */
  private static double cosOfSum(double sinPhi, double cosPhi, double d) {
    double d2 = d * d;
    return cosPhi * (1 - d2 / 2 * (1 - d2 / 12)) - sinPhi * d * (1 - d2 / 6 * (1 - d2 / 20));
  }

  /**
   * The same footprint with all six direct problems solved by GeographicLib: the reference the
   * closed form is checked and measured against (within the bound of the class comment of {@link
   * #of}'s).
   */
  public static Polygon ofGeodesic(Coordinate centre, double scanMetres, double trackMetres) {
    return Geodesy.WGS84.createPolygon(geodesic(centre, scanMetres, trackMetres));
  }

  /** The ring of the geodesic construction, by GeographicLib's direct problem: the reference. */
  static Coordinate[] geodesic(Coordinate centre, double scanMetres, double trackMetres) {
    Coordinate north = Geodesy.destination(centre, 0, trackMetres / 2);
    Coordinate south = Geodesy.destination(centre, 180, trackMetres / 2);
    Coordinate sw = continuous(Geodesy.destination(south, 270, scanMetres / 2), centre.x);
    Coordinate se = continuous(Geodesy.destination(south, 90, scanMetres / 2), centre.x);
    Coordinate ne = continuous(Geodesy.destination(north, 90, scanMetres / 2), centre.x);
    Coordinate nw = continuous(Geodesy.destination(north, 270, scanMetres / 2), centre.x);
    return new Coordinate[] {sw, se, ne, nw, sw.copy()};
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
