package org.trucewatch.core.maritime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every ship's position fixes held as growable primitive columns per MMSI, not an object per fix:
 * about 60 bytes a fix, where an AIS observation with its attribute map, point and id takes over a
 * kilobyte, so a month of a sea's traffic fits in a default heap.
 *
 * <p>A fix is its time (epoch ms), lon/lat degrees, speed and course (float, NaN when not reported),
 * a {@code detail} int whose meaning belongs to the reader that added it (for AIS: message type,
 * heading, navigational status, accuracy flag), the line it was read from and a {@code context}
 * int naming, for that reader, the ledger entry and station it came from. Fixes may arrive in any
 * order; {@link #ship} sorts a ship's columns by time on demand (stable, so equal times keep their
 * arrival order). Not thread-safe.
 */
public final class VesselFixStore {
  private final Map<Integer, Columns> ships = new HashMap<>();
  private long size;

  /** Adds one fix of ship {@code mmsi}. */
  public void add(int mmsi, long epochMillis, double lon, double lat, float speedKnots, float courseDegrees,
      int detail, int line, int context) {
    ships.computeIfAbsent(mmsi, k -> new Columns()).add(epochMillis, lon, lat, speedKnots, courseDegrees, detail,
        line, context);
    size++;
  }

  /** How many fixes the store holds. */
  public long size() {
    return size;
  }

  /** The MMSIs with at least one fix, ascending. */
  public int[] mmsis() {
    int[] out = new int[ships.size()];
    int i = 0;
    for (int m : ships.keySet()) {
      out[i++] = m;
    }
    Arrays.sort(out);
    return out;
  }

  /** The fixes of ship {@code mmsi} in time order (empty when it has none); a live view, not a copy. */
  public ShipFixes ship(int mmsi) {
    Columns c = ships.get(mmsi);
    if (c == null) {
      return new ShipFixes(new Columns());
    }
    c.sortByTime();
    return new ShipFixes(c);
  }

  /**
   * Removes the fixes of ship {@code mmsi} at these indices of its time order ({@link #ship}), the
   * others keeping their order; returns how many were removed. For a reader dropping repeated
   * reports once everything is read.
   */
  public int remove(int mmsi, java.util.BitSet indices) {
    Columns c = ships.get(mmsi);
    if (c == null || indices.isEmpty()) {
      return 0;
    }
    c.sortByTime();
    int removed = c.remove(indices);
    size -= removed;
    return removed;
  }

  /** Read access to one ship's fixes, in time order, by index. */
  public static final class ShipFixes {
    private final Columns c;

    private ShipFixes(Columns c) {
      this.c = c;
    }

    /** How many fixes. */
    public int size() {
      return c.n;
    }

    /** Time of fix {@code i}, epoch ms. */
    public long epochMillis(int i) {
      return c.millis[check(i)];
    }

    /** Longitude of fix {@code i}, degrees. */
    public double lon(int i) {
      return c.lon[check(i)];
    }

    /** Latitude of fix {@code i}, degrees. */
    public double lat(int i) {
      return c.lat[check(i)];
    }

    /** Speed over ground of fix {@code i}, knots, NaN when not reported. */
    public float speedKnots(int i) {
      return c.speed[check(i)];
    }

    /** Course over ground of fix {@code i}, degrees, NaN when not reported. */
    public float courseDegrees(int i) {
      return c.course[check(i)];
    }

    /** The reader's detail bits of fix {@code i}. */
    public int detail(int i) {
      return c.detail[check(i)];
    }

    /** The line fix {@code i} was read from. */
    public int line(int i) {
      return c.line[check(i)];
    }

    /** The reader's context of fix {@code i} (entry and station). */
    public int context(int i) {
      return c.context[check(i)];
    }

    private int check(int i) {
      if (i < 0 || i >= c.n) {
        throw new IndexOutOfBoundsException("fix " + i + " of " + c.n);
      }
      return i;
    }
  }

  /** One ship's columns; {@code sorted} tells whether they are in time order. */
  private static final class Columns {
    private long[] millis = new long[16];
    private double[] lon = new double[16];
    private double[] lat = new double[16];
    private float[] speed = new float[16];
    private float[] course = new float[16];
    private int[] detail = new int[16];
    private int[] line = new int[16];
    private int[] context = new int[16];
    private int n;
    private boolean sorted = true;

    void add(long t, double x, double y, float sog, float cog, int d, int ln, int ctx) {
      if (n == millis.length) {
        int cap = n + (n >> 1);
        millis = Arrays.copyOf(millis, cap);
        lon = Arrays.copyOf(lon, cap);
        lat = Arrays.copyOf(lat, cap);
        speed = Arrays.copyOf(speed, cap);
        course = Arrays.copyOf(course, cap);
        detail = Arrays.copyOf(detail, cap);
        line = Arrays.copyOf(line, cap);
        context = Arrays.copyOf(context, cap);
      }
      if (n > 0 && t < millis[n - 1]) {
        sorted = false;
      }
      millis[n] = t;
      lon[n] = x;
      lat[n] = y;
      speed[n] = sog;
      course[n] = cog;
      detail[n] = d;
      line[n] = ln;
      context[n] = ctx;
      n++;
    }

    /** Drops the fixes at these indices, compacting the columns in place; returns how many went. */
    int remove(java.util.BitSet indices) {
      int w = 0;
      for (int r = 0; r < n; r++) {
        if (indices.get(r)) {
          continue;
        }
        millis[w] = millis[r];
        lon[w] = lon[r];
        lat[w] = lat[r];
        speed[w] = speed[r];
        course[w] = course[r];
        detail[w] = detail[r];
        line[w] = line[r];
        context[w] = context[r];
        w++;
      }
      int removed = n - w;
      n = w;
      return removed;
    }

    /** A stable sort by time through an index permutation, so the columns move once each. */
    void sortByTime() {
      if (sorted) {
        return;
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(millis[a], millis[b]));
      long[] m2 = new long[millis.length];
      double[] x2 = new double[lon.length];
      double[] y2 = new double[lat.length];
      float[] s2 = new float[speed.length];
      float[] c2 = new float[course.length];
      int[] d2 = new int[detail.length];
      int[] l2 = new int[line.length];
      int[] k2 = new int[context.length];
      for (int i = 0; i < n; i++) {
        int j = order[i];
        m2[i] = millis[j];
        x2[i] = lon[j];
        y2[i] = lat[j];
        s2[i] = speed[j];
        c2[i] = course[j];
        d2[i] = detail[j];
        l2[i] = line[j];
        k2[i] = context[j];
      }
      millis = m2;
      lon = x2;
      lat = y2;
      speed = s2;
      course = c2;
      detail = d2;
      line = l2;
      context = k2;
      sorted = true;
    }
  }
}
