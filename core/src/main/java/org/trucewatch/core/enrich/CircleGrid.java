package org.trucewatch.core.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Circle;

/**
 * Many circles (protected sites) on a uniform longitude-latitude grid, for telling quickly which
 * of them a geometry may reach. {@link #candidates} returns every circle whose geodesic distance
 * from its centre to the geometry could be within its radius, and drops only circles that are
 * certainly out: those whose envelope misses the geometry's, and those whose centre is, by a
 * local planar distance with a 2 % + 5 m safety margin, clearly beyond the radius. The caller
 * makes the exact geodesic test on what is left, so matching stays exact.
 *
 * <p>Cost: building O(c) for c circles; a query O(k) for the k circles listed in the one to four
 * cells a pixel footprint overlaps, with no allocation when there is no candidate. Immutable and
 * thread-safe after construction.
 */
final class CircleGrid {
  /** Relative and absolute safety margins of the planar distance: well above its error near the sites. */
  private static final double RELATIVE_MARGIN = 0.02;
  private static final double ABSOLUTE_MARGIN_METRES = 5;
  /** Beyond this latitude the planar distance is not trusted: every envelope candidate is kept. */
  private static final double PLANAR_MAX_LATITUDE = 70;
  /** WGS 84 semi-major axis and first eccentricity squared. */
  private static final double A = 6378137.0;
  private static final double E2 = 6.69437999014e-3;

  private final double cellDegrees;
  private final double[] centreLon;
  private final double[] centreLat;
  private final double[] radius;
  private final double[] metresPerDegreeLat;
  private final double[] metresPerDegreeLonAtEquator;
  private final Envelope[] envelopes;
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
    centreLon = new double[n];
    centreLat = new double[n];
    radius = new double[n];
    metresPerDegreeLat = new double[n];
    metresPerDegreeLonAtEquator = new double[n];
    envelopes = new Envelope[n];
    Map<Long, List<Integer>> cells = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Circle c = circles.get(i);
      centreLon[i] = c.centre().x;
      centreLat[i] = c.centre().y;
      radius[i] = c.radiusMetres();
      double phi = Math.toRadians(c.centre().y);
      double w = Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
      metresPerDegreeLat[i] = Math.toRadians(A * (1 - E2) / (w * w * w)); // meridian radius M
      metresPerDegreeLonAtEquator[i] = Math.toRadians(A / w); // prime-vertical radius N
      envelopes[i] = c.envelope();
      Envelope e = envelopes[i];
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

  /** No shortcut: the caller must compute the full geodesic distance. */
  static final int NO_HINT = -1;

  /**
   * Adds to {@code out} the index of every circle {@code g} may reach, each once, ascending
   * within each grid cell (callers sort if they need a global order), and to {@code hints} for
   * each either {@link #NO_HINT} or the index k of the ring segment (from vertex k - 1 to k) that
   * holds the geometry's point nearest the centre: the local planar distances leave no doubt, so
   * the geodesic distance to that segment is the geometry's distance (unless a polygon covers
   * the centre, which the caller checks).
   */
  void candidates(Geometry g, List<Integer> out, List<Integer> hints) {
    Envelope ge = g.getEnvelopeInternal();
    long x0 = cell(ge.getMinX());
    long x1 = cell(ge.getMaxX());
    long y0 = cell(ge.getMinY());
    long y1 = cell(ge.getMaxY());
    Coordinate[] ring = null;
    for (long cy = y0; cy <= y1; cy++) {
      for (long cx = x0; cx <= x1; cx++) {
        int s = slot(key(cx, cy));
        if (keys[s] == Long.MIN_VALUE) {
          continue;
        }
        for (int m = starts[s]; m < ends[s]; m++) {
          int i = members[m];
          Envelope ce = envelopes[i];
          if (!ce.intersects(ge)) {
            continue;
          }
          // report a circle only from the cell holding the low corner of the overlap: once per query
          double lowX = Math.max(ce.getMinX(), ge.getMinX());
          double lowY = Math.max(ce.getMinY(), ge.getMinY());
          if (cell(lowX) != cx || cell(lowY) != cy) {
            continue;
          }
          if (ring == null) {
            ring = g.getCoordinates();
          }
          int verdict = planar(i, ring, g);
          if (verdict != OUTSIDE) {
            out.add(i);
            hints.add(verdict);
          }
        }
      }
    }
  }

  private static final int OUTSIDE = -2;

  /**
   * The local planar verdict on circle {@code i}: {@link #OUTSIDE} when its centre's planar
   * distance to the geometry's vertices and edges exceeds the radius by the safety margin (a
   * geometry whose outline could enclose the centre is never declared outside); else the
   * nearest segment's index when it is nearer than every other by the margin; else {@link
   * #NO_HINT}.
   */
  private int planar(int i, Coordinate[] ring, Geometry g) {
    boolean simple = g instanceof Point || g instanceof LineString
        || (g instanceof Polygon p && p.getNumInteriorRing() == 0);
    if (!simple || Math.abs(centreLat[i]) > PLANAR_MAX_LATITUDE || ring.length == 0) {
      return NO_HINT;
    }
    double limit = radius[i] * (1 + RELATIVE_MARGIN) + ABSOLUTE_MARGIN_METRES;
    double lon0 = centreLon[i];
    double lat0 = centreLat[i];
    double my = metresPerDegreeLat[i];
    double nx = metresPerDegreeLonAtEquator[i];
    double best = Double.POSITIVE_INFINITY;
    double second = Double.POSITIVE_INFINITY;
    int bestSegment = NO_HINT;
    double px = 0;
    double py = 0;
    int crossings = 0;
    for (int k = 0; k < ring.length; k++) {
      double x = (ring[k].x - lon0) * nx * Math.cos(Math.toRadians(ring[k].y));
      double y = (ring[k].y - lat0) * my;
      if (k > 0) {
        double d = segmentDistance(px, py, x, y);
        if (d < best) {
          second = best;
          best = d;
          bestSegment = k;
        } else if (d < second) {
          second = d;
        }
        if ((py > 0) != (y > 0) && px + (0 - py) * (x - px) / (y - py) > 0) {
          crossings++;
        }
      }
      px = x;
      py = y;
    }
    if (ring.length == 1) {
      return Math.hypot(px, py) > limit ? OUTSIDE : NO_HINT;
    }
    boolean closedArea = ring.length >= 4 && g.getDimension() == 2;
    boolean mayEnclose = closedArea && (crossings & 1) == 1;
    if (best > limit && !mayEnclose) {
      return OUTSIDE;
    }
    // adjacent segments share a vertex: a tie there is no doubt about the distance itself
    boolean clear = second > best * (1 + 2 * RELATIVE_MARGIN) + 2 * ABSOLUTE_MARGIN_METRES;
    return clear ? bestSegment : NO_HINT;
  }

  private static double segmentDistance(double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    return Math.hypot(ax + t * dx, ay + t * dy);
  }
}
