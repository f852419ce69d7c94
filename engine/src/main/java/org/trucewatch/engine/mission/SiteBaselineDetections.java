package org.trucewatch.engine.mission;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.trucewatch.formats.firms.FireTableRow;

/**
 * The detections of the ledger's site-baseline entries, held compactly (a million rows of the
 * 2012-2021 archive are 20 MB as primitive arrays, a gigabyte as observations): position, UTC
 * day, and the years they cover.
 */
public final class SiteBaselineDetections {
  /** No baseline entries. */
  public static final SiteBaselineDetections EMPTY = new Builder().build();

  private final double[] latitudes;
  private final double[] longitudes;
  private final long[] epochDays;
  private final SortedSet<Integer> years;

  private SiteBaselineDetections(double[] latitudes, double[] longitudes, long[] epochDays, SortedSet<Integer> years) {
    this.latitudes = latitudes;
    this.longitudes = longitudes;
    this.epochDays = epochDays;
    this.years = years;
  }

  /** The number of detections. */
  public int size() {
    return latitudes.length;
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return latitudes.length == 0;
  }

  /** Latitude of detection {@code i}, degrees. */
  public double latitude(int i) {
    return latitudes[i];
  }

  /** Longitude of detection {@code i}, degrees. */
  public double longitude(int i) {
    return longitudes[i];
  }

  /** UTC day of detection {@code i}, days since 1970-01-01. */
  public long epochDay(int i) {
    return epochDays[i];
  }

  /** The calendar years with at least one detection, ascending: the years the baseline covers. */
  public SortedSet<Integer> years() {
    return years;
  }

  /** Collects rows, entry by entry. */
  public static final class Builder {
    private double[] lat = new double[0];
    private double[] lon = new double[0];
    private long[] day = new long[0];
    private int n;
    private final TreeSet<Integer> years = new TreeSet<>();

    /** Adds the rows of one table. */
    public Builder addAll(List<FireTableRow> rows) {
      int need = n + rows.size();
      if (need > lat.length) {
        int cap = Math.max(need, lat.length * 2);
        lat = Arrays.copyOf(lat, cap);
        lon = Arrays.copyOf(lon, cap);
        day = Arrays.copyOf(day, cap);
      }
      for (FireTableRow r : rows) {
        lat[n] = r.latitude();
        lon[n] = r.longitude();
        day[n] = r.date().toEpochDay();
        years.add(r.date().getYear());
        n++;
      }
      return this;
    }

    /** The detections collected. */
    public SiteBaselineDetections build() {
      return new SiteBaselineDetections(Arrays.copyOf(lat, n), Arrays.copyOf(lon, n), Arrays.copyOf(day, n),
          java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years)));
    }
  }
}
