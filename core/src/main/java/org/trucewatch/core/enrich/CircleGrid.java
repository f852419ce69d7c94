package org.trucewatch.core.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.Geodesy;

/**
 * Many circles (protected sites) on a uniform longitude-latitude grid, for telling quickly which
 * of them a geometry reaches. Each circle the geometry's envelope meets gets a verdict from a
 * local planar distance with a proven error bound: outside (the geodesic distance from
 * the centre to the geometry certainly exceeds the radius), inside (it is certainly
 * within) or undecided, in which case the caller makes the exact geodesic test. Matching stays
 * exact; GeographicLib is needed only for the thin band of geometries near a radius and for the
 * distances of the matches a caller writes.
 *
 * <p><b>The bound.</b> Around circle i (centre lon0, lat0) the plane is the equirectangular map
 * x = (lon - lon0) * N0 cos(lat0), y = (lat - lat0) * M0, with M and N WGS 84's meridian and
 * prime-vertical radii of curvature (per radian; M0, N0 at lat0). In local east/north metres its
 * Jacobian is diag(a, c) with a = N0 cos(lat0) / (N cos(lat)) and c = M0 / M, so its singular
 * values lie in [1 - delta, 1 + delta] with delta = max(|a - 1|, |c - 1|) over the latitudes within
 * D = 1.02 r + 50 m of the centre (r the radius; both are monotonic in latitude on one side of
 * the equator, so their extremes are at the ends of the range, and the equator when crossed).
 * A curve of length s maps to one of length at most (1 + delta) s, and a straight planar segment
 * of length d is the image of a curve of length at most d / (1 - delta). A geometry's edges are
 * geodesics; their images bow away from the straight chords between the mapped vertices by at
 * most eps = L^2 kappa / 8 for an edge of planar length L, kappa bounding the curvature of a
 * geodesic's image, which on this map is at most (1 + tan |lat|) / M_min per metre (the meridians'
 * convergence plus the variation of the scale); we take twice that, and add 1 cm for rounding.
 * With d the planar distance from the centre to the polygonal image of the geometry and s the
 * geodesic distance:
 * <ul>
 *   <li>s &le; (d + eps) / (1 - delta): so s &le; r when d + eps &le; (1 - delta) r, a clear hit;
 *   <li>s &ge; (d - eps) / (1 + delta) (for s &le; D, where the bound holds): so s &gt; r when
 *       d - eps &gt; (1 + delta) r, a clear miss, unless the geometry's outline may enclose the
 *       centre (the exact test gives zero there).
 * </ul>
 * For a 3 km site at 50 degrees delta is about 7e-4: the undecided band is about 2 m wide on each
 * side of the radius. Beyond {@value #PLANAR_MAX_LATITUDE} degrees of latitude, for geometries
 * with holes or several parts, and for edges longer than {@value #MAX_EDGE_METRES} m, no verdict
 * is given: the caller makes the exact test.
 *
 * <p>Cost: building O(c) for c circles; a query O(k) for the k circles listed in the one to four
 * cells a pixel footprint overlaps, with no allocation and no trigonometry. Immutable and
 * thread-safe after construction.
 */
final class CircleGrid {
  /** Beyond this latitude the planar distance is not trusted: every envelope candidate is undecided. */
  private static final double PLANAR_MAX_LATITUDE = 70;
  /** Longest geometry edge, planar metres, for which the planar verdict is given. */
  private static final double MAX_EDGE_METRES = 20_000;
  /** Rounding allowance of the planar arithmetic, metres. */
  private static final double ROUNDING_METRES = 0.01;
  /** WGS 84 semi-major axis and first eccentricity squared. */
  private static final double A = 6378137.0;
  private static final double E2 = 6.69437999014e-3;
  /** The least radius of curvature anywhere on WGS 84: the meridian radius at the equator. */
  private static final double M_MIN = A * (1 - E2);

  /** Verdict: the geometry certainly stays beyond the radius. */
  static final int OUTSIDE = -2;
  /** Verdict: undecided, and no shortcut: the caller computes the full geodesic distance. */
  static final int NO_HINT = -1;

  private final double cellDegrees;
  private final Circle[] circles;
  private final double[] centreLon;
  private final double[] centreLat;
  /** Planar metres per degree of longitude and of latitude at the centre. */
  private final double[] metresPerDegreeLon;
  private final double[] metresPerDegreeLat;
  /** Planar distance up to which a geometry is a clear hit, and beyond which a clear miss. */
  private final double[] insideLimit;
  private final double[] outsideLimit;
  /** Bound on the curvature of a geodesic's image, 1/m; NaN where no verdict is given. */
  private final double[] kappa;
  private final double[] minX;
  private final double[] maxX;
  private final double[] minY;
  private final double[] maxY;
  // open-addressing table: cell key -> [start, end) in members
  private final long[] keys;
  private final int[] starts;
  private final int[] ends;
  private final int[] members;
  private final int mask;

  /** Indexes the circles, with cells of {@code cellDegrees} (a little more than a typical circle). */
  CircleGrid(List<Circle> circles, double cellDegrees) {
    this.cellDegrees = cellDegrees;
    int n = circles.size();
    this.circles = circles.toArray(new Circle[0]);
    centreLon = new double[n];
    centreLat = new double[n];
    metresPerDegreeLon = new double[n];
    metresPerDegreeLat = new double[n];
    insideLimit = new double[n];
    outsideLimit = new double[n];
    kappa = new double[n];
    minX = new double[n];
    maxX = new double[n];
    minY = new double[n];
    maxY = new double[n];
    Map<Long, List<Integer>> cells = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Circle c = circles.get(i);
      double lat0 = c.centre().y;
      double r = c.radiusMetres();
      centreLon[i] = c.centre().x;
      centreLat[i] = lat0;
      metresPerDegreeLon[i] = Math.toRadians(parallelRadius(lat0));
      metresPerDegreeLat[i] = Math.toRadians(meridianRadius(lat0));
      // the latitudes within D of the centre, where the Jacobian bound must hold
      double reach = 1.02 * r + 50;
      double dLat = Math.toDegrees(reach / M_MIN);
      double lo = lat0 - dLat;
      double hi = lat0 + dLat;
      double far = Math.max(Math.abs(lo), Math.abs(hi));
      if (far > PLANAR_MAX_LATITUDE) {
        kappa[i] = Double.NaN;
        insideLimit[i] = Double.NEGATIVE_INFINITY;
        outsideLimit[i] = Double.POSITIVE_INFINITY;
      } else {
        double delta = Math.max(scaleError(lat0, lo), scaleError(lat0, hi));
        if (lo < 0 && hi > 0) {
          delta = Math.max(delta, scaleError(lat0, 0));
        }
        insideLimit[i] = (1 - delta) * r;
        outsideLimit[i] = (1 + delta) * r;
        kappa[i] = 2 * (1 + Math.tan(Math.toRadians(far))) / M_MIN;
      }
      Envelope e = c.envelope();
      minX[i] = e.getMinX();
      maxX[i] = e.getMaxX();
      minY[i] = e.getMinY();
      maxY[i] = e.getMaxY();
      for (long cy = cell(e.getMinY()); cy <= cell(e.getMaxY()); cy++) {
        for (long cx = cell(e.getMinX()); cx <= cell(e.getMaxX()); cx++) {
          cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(i);
        }
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, cells.size() * 2)) * 2;
    mask = capacity - 1;
    keys = new long[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    java.util.Arrays.fill(keys, Long.MIN_VALUE);
    int total = 0;
    for (List<Integer> l : cells.values()) {
      total += l.size();
    }
    members = new int[total];
    int at = 0;
    // sorted keys: the layout, and so the order candidates come out in, does not depend on hashing
    List<Long> sorted = new ArrayList<>(cells.keySet());
    sorted.sort(null);
    for (Long k : sorted) {
      int slot = slot(k);
      keys[slot] = k;
      starts[slot] = at;
      for (int i : cells.get(k)) {
        members[at++] = i;
      }
      ends[slot] = at;
    }
  }

  /** Meridian radius of curvature M at a latitude, metres per radian. */
  private static double meridianRadius(double latDegrees) {
    double s = Math.sin(Math.toRadians(latDegrees));
    double w = Math.sqrt(1 - E2 * s * s);
    return A * (1 - E2) / (w * w * w);
  }

  /** Radius of the parallel, N cos(lat), at a latitude, metres per radian of longitude. */
  private static double parallelRadius(double latDegrees) {
    double phi = Math.toRadians(latDegrees);
    double s = Math.sin(phi);
    return A / Math.sqrt(1 - E2 * s * s) * Math.cos(phi);
  }

  /** max(|a - 1|, |c - 1|) of the map centred at lat0, at latitude lat (see the class comment). */
  private static double scaleError(double lat0, double lat) {
    double a = parallelRadius(lat0) / parallelRadius(lat);
    double c = meridianRadius(lat0) / meridianRadius(lat);
    return Math.max(Math.abs(a - 1), Math.abs(c - 1));
  }

  private long cell(double degrees) {
    return (long) Math.floor(degrees / cellDegrees);
  }

  private static long key(long cx, long cy) {
    return (cy << 32) ^ (cx & 0xffffffffL);
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    int s = (int) (h >>> 40) & mask;
    while (keys[s] != Long.MIN_VALUE && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** The circle of index {@code i}. */
  Circle circle(int i) {
    return circles[i];
  }

  /** No candidate. */
  static final int[] NONE = new int[0];

  /**
   * The circles {@code g} may reach, as pairs (circle index, verdict), each circle once,
   * ascending within each grid cell (callers sort if they need a global order); the verdict goes
   * to {@link #distanceMetres}, which it spares work: it may name the ring segment (from vertex
   * k - 1 to k) that holds the geometry's point nearest the centre, when the planar distances
   * leave no doubt, so that the geodesic distance to that segment is the geometry's distance (or
   * a pair of adjacent segments, when the nearest point is near their shared vertex), and
   * it may say that the geometry certainly does not cover the centre. {@link #NONE}, allocating
   * nothing, when there is none.
   */
  int[] candidates(Geometry g) {
    Envelope ge = g.getEnvelopeInternal();
    long x0 = cell(ge.getMinX());
    long x1 = cell(ge.getMaxX());
    long y0 = cell(ge.getMinY());
    long y1 = cell(ge.getMaxY());
    CoordinateSequence seq = null;
    boolean area = g instanceof Polygon;
    boolean seqRead = false;
    int[] out = NONE;
    int size = 0;
    for (long cy = y0; cy <= y1; cy++) {
      for (long cx = x0; cx <= x1; cx++) {
        int s = slot(key(cx, cy));
        if (keys[s] == Long.MIN_VALUE) {
          continue;
        }
        for (int m = starts[s]; m < ends[s]; m++) {
          int i = members[m];
          if (!reportedHere(i, ge, cx, cy)) {
            continue;
          }
          if (!seqRead) {
            seq = simpleSequence(g);
            seqRead = true;
          }
          int v = seq == null ? encode(false, NO_HINT) : verdict(i, seq, area);
          if (v != OUTSIDE) {
            if (size == out.length) {
              out = java.util.Arrays.copyOf(out, Math.max(4, size * 2));
            }
            out[size++] = i;
            out[size++] = v;
          }
        }
      }
    }
    return size == out.length ? out : java.util.Arrays.copyOf(out, size);
  }

  /**
   * The number of circles {@code g} reaches: the exact decision, by the planar verdict where it
   * is clear and by the geodesic distance in the band near a radius. Allocates nothing unless a
   * geodesic test is made.
   */
  int countReached(Geometry g) {
    Envelope ge = g.getEnvelopeInternal();
    long x0 = cell(ge.getMinX());
    long x1 = cell(ge.getMaxX());
    long y0 = cell(ge.getMinY());
    long y1 = cell(ge.getMaxY());
    CoordinateSequence seq = null;
    boolean area = g instanceof Polygon;
    boolean seqRead = false;
    int count = 0;
    for (long cy = y0; cy <= y1; cy++) {
      for (long cx = x0; cx <= x1; cx++) {
        int s = slot(key(cx, cy));
        if (keys[s] == Long.MIN_VALUE) {
          continue;
        }
        for (int m = starts[s]; m < ends[s]; m++) {
          int i = members[m];
          if (!reportedHere(i, ge, cx, cy)) {
            continue;
          }
          if (!seqRead) {
            seq = simpleSequence(g);
            seqRead = true;
          }
          int v = seq == null ? encode(false, NO_HINT) : verdict(i, seq, area);
          if (v == OUTSIDE) {
            continue;
          }
          if ((v & 1) == 1 || distanceMetres(i, g, v) <= circles[i].radiusMetres()) {
            count++;
          }
        }
      }
    }
    return count;
  }

  /**
   * Whether circle i's envelope meets {@code ge} and cell (cx, cy) holds the low corner of the
   * overlap: a circle is reported from one cell only.
   */
  private boolean reportedHere(int i, Envelope ge, long cx, long cy) {
    if (maxX[i] < ge.getMinX() || minX[i] > ge.getMaxX() || maxY[i] < ge.getMinY() || minY[i] > ge.getMaxY()) {
      return false;
    }
    return cell(Math.max(minX[i], ge.getMinX())) == cx && cell(Math.max(minY[i], ge.getMinY())) == cy;
  }

  /**
   * The exact geodesic distance in metres from circle i's centre to {@code g}, the same to the
   * last bit as {@link Circle#distanceFromCentreMetres}, using what the verdict (see {@link
   * #candidates}) knows: only the named ring segment is measured, and a polygon that certainly
   * leaves the centre outside is not tested for covering it.
   */
  double distanceMetres(int i, Geometry g, int verdict) {
    Circle circle = circles[i];
    int hint = hint(verdict);
    if (hint == NO_HINT) {
      return circle.distanceFromCentreMetres(g);
    }
    boolean uncovered = (verdict & 2) == 2;
    if (!uncovered && g instanceof Polygon poly && poly.covers(Geodesy.WGS84.createPoint(circle.centre()))) {
      return 0;
    }
    CoordinateSequence seq = simpleSequence(g);
    if ((verdict & VERTEX) == VERTEX) {
      // both segments at the vertex clamp to it, so each measures exactly this
      return Geodesy.distanceMetres(circle.centre(), seq.getCoordinate(hint));
    }
    double d = Geodesy.distanceToSegmentMetres(circle.centre(), seq.getCoordinate(hint - 1), seq.getCoordinate(hint));
    if ((verdict & PAIR) == PAIR) {
      int next = hint + 1 < seq.size() ? hint + 1 : 1;
      d = Math.min(d, Geodesy.distanceToSegmentMetres(circle.centre(), seq.getCoordinate(next - 1), seq.getCoordinate(next)));
    }
    return d;
  }

  /** The vertices of a point, a line or a polygon without holes, uncopied; else null. */
  private static CoordinateSequence simpleSequence(Geometry g) {
    if (g instanceof Polygon p) {
      return p.getNumInteriorRing() == 0 ? p.getExteriorRing().getCoordinateSequence() : null;
    }
    if (g instanceof LineString l) {
      return l.getCoordinateSequence();
    }
    if (g instanceof Point p) {
      return p.getCoordinateSequence();
    }
    return null;
  }

  /** What a hint names: one segment, a segment and the next, or a vertex. */
  private static final int SEGMENT = 0;
  private static final int PAIR = 4;
  private static final int VERTEX = 8;

  private static int encode(boolean inside, int hint) {
    return encode(inside, false, SEGMENT, hint);
  }

  /**
   * Bit 0: certainly inside; bit 1: the centre certainly not covered; bits 2-3: what the hint
   * names ({@link #SEGMENT}, {@link #PAIR}: the hint's segment and the next, segment 1 after the
   * last on a closed ring, or {@link #VERTEX}); above: the hint + 1.
   */
  private static int encode(boolean inside, boolean uncovered, int kind, int hint) {
    return ((hint + 1) << 4) | kind | (uncovered ? 2 : 0) | (inside ? 1 : 0);
  }

  private static int hint(int verdict) {
    return (verdict >> 4) - 1;
  }

  /**
   * The planar verdict on circle {@code i}: {@link #OUTSIDE}, or the encoding of whether the
   * geometry is certainly inside and of the hint: the nearest segment's index when it is nearer
   * than every other beyond doubt, else {@link #NO_HINT}. A polygon whose outline may enclose
   * the centre is never declared outside.
   */
  private int verdict(int i, CoordinateSequence seq, boolean area) {
    int n = seq.size();
    double k = kappa[i];
    if (n == 0 || Double.isNaN(k)) {
      return encode(false, NO_HINT);
    }
    double lon0 = centreLon[i];
    double lat0 = centreLat[i];
    double mx = metresPerDegreeLon[i];
    double my = metresPerDegreeLat[i];
    double best = Double.POSITIVE_INFINITY;
    double second = Double.POSITIVE_INFINITY;
    double third = Double.POSITIVE_INFINITY;
    double longestEdge2 = 0;
    int bestSegment = NO_HINT;
    int secondSegment = NO_HINT;
    // unclamped position of the foot on the best and second segments, and their lengths
    double bestT = 0;
    double bestLength2 = 0;
    double secondT = 0;
    double secondLength2 = 0;
    double px = (seq.getX(0) - lon0) * mx;
    double py = (seq.getY(0) - lat0) * my;
    if (n == 1) {
      double d = Math.hypot(px, py);
      if (d - ROUNDING_METRES > outsideLimit[i]) {
        return OUTSIDE;
      }
      return encode(d + ROUNDING_METRES <= insideLimit[i], NO_HINT);
    }
    int crossings = 0;
    for (int v = 1; v < n; v++) {
      double x = (seq.getX(v) - lon0) * mx;
      double y = (seq.getY(v) - lat0) * my;
      double dx = x - px;
      double dy = y - py;
      double len2 = dx * dx + dy * dy;
      longestEdge2 = Math.max(longestEdge2, len2);
      double foot = len2 == 0 ? 0 : -(px * dx + py * dy) / len2;
      double t = Math.max(0, Math.min(1, foot));
      double ex = px + t * dx;
      double ey = py + t * dy;
      double d2 = ex * ex + ey * ey;
      if (d2 < best) {
        third = second;
        second = best;
        secondSegment = bestSegment;
        secondT = bestT;
        secondLength2 = bestLength2;
        best = d2;
        bestSegment = v;
        bestT = foot;
        bestLength2 = len2;
      } else if (d2 < second) {
        third = second;
        second = d2;
        secondSegment = v;
        secondT = foot;
        secondLength2 = len2;
      } else if (d2 < third) {
        third = d2;
      }
      if ((py > 0) != (y > 0) && px + (0 - py) * dx / dy > 0) {
        crossings++;
      }
      px = x;
      py = y;
    }
    if (longestEdge2 > MAX_EDGE_METRES * MAX_EDGE_METRES) {
      return encode(false, NO_HINT);
    }
    best = Math.sqrt(best);
    second = Math.sqrt(second);
    third = Math.sqrt(third);
    double eps = longestEdge2 * k / 8 + ROUNDING_METRES;
    boolean mayEnclose = area && n >= 4 && (crossings & 1) == 1;
    if (best - eps > outsideLimit[i] && !mayEnclose) {
      return OUTSIDE;
    }
    boolean inside = best + eps <= insideLimit[i];
    // geodesic distance to the best segment at most (best + eps) / (1 - delta), to any other at
    // least (other - eps) / (1 + delta)
    double r = circles[i].radiusMetres();
    double deltaLow = 1 - insideLimit[i] / r;
    double deltaHigh = outsideLimit[i] / r - 1;
    double bestAtMost = (best + eps) / (1 - deltaLow);
    // the map is affine in lon/lat, so the crossing parity is JTS's covering test; a metre from
    // every edge it is beyond rounding
    boolean uncovered = !mayEnclose && best > 1;
    if ((second - eps) / (1 + deltaHigh) > bestAtMost) {
      return encode(inside, uncovered, SEGMENT, bestSegment);
    }
    // the nearest point is (near) the vertex two adjacent segments share, the usual case for a
    // pixel's corner: the pair holds the geometry's distance when every other segment is clearly
    // farther
    boolean closed = area && n >= 4;
    int low = Math.min(bestSegment, secondSegment);
    int high = Math.max(bestSegment, secondSegment);
    boolean adjacent = high - low == 1 || (closed && low == 1 && high == n - 1);
    if (secondSegment != NO_HINT && adjacent && (third - eps) / (1 + deltaHigh) > bestAtMost) {
      int first = high - low == 1 ? low : high;
      // when the centre lies, beyond doubt, past the perpendiculars of both segments at their
      // shared vertex, both clamp there and the distance is the one to that vertex; cosine of
      // the angle at the vertex between the segment and the centre, by t: see the class comment
      double margin = 0.005 + 4 * Math.max(deltaLow, deltaHigh) + Math.sqrt(longestEdge2) * k;
      boolean bestEndsThere = bestSegment == first;
      double vertexDistance = best;
      double bestCos = bestEndsThere ? (1 - bestT) * Math.sqrt(bestLength2) : bestT * Math.sqrt(bestLength2);
      double secondCos = bestEndsThere ? secondT * Math.sqrt(secondLength2) : (1 - secondT) * Math.sqrt(secondLength2);
      if (vertexDistance > 1 && bestCos <= -margin * vertexDistance && secondCos <= -margin * vertexDistance) {
        return encode(inside, uncovered, VERTEX, first == n - 1 ? 0 : first);
      }
      return encode(inside, uncovered, PAIR, first);
    }
    return encode(inside, uncovered, SEGMENT, NO_HINT);
  }
}
