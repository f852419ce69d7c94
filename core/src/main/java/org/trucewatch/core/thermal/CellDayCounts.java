package org.trucewatch.core.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fire detections counted per grid cell and UTC day. Immutable once built; safe to share
 * between threads. Looking up a cell is O(1), a day within it O(log d) for d days with fires.
 */
public final class CellDayCounts {
  /** One cell's days with at least one detection, ascending, and their counts. */
  record Series(long[] days, int[] counts) {
    int indexOf(long day) {
      return Arrays.binarySearch(days, day);
    }

    /** The index of the first day at or after {@code day}. */
    int lowerBound(long day) {
      int i = Arrays.binarySearch(days, day);
      return i >= 0 ? i : -i - 1;
    }
  }

  private static final Series EMPTY = new Series(new long[0], new int[0]);

  private final Map<FireCell, Series> cells;
  private final long firstDay;
  private final long lastDay;
  private final long detections;

  private CellDayCounts(Map<FireCell, Series> cells, long firstDay, long lastDay, long detections) {
    this.cells = cells;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.detections = detections;
  }

  /** Counts these detections on the grid of {@code parameters}. */
  public static CellDayCounts of(Collection<DatedFire> fires, WarFireParameters parameters) {
    return of(fires, parameters.cellSizeMicroDegrees());
  }

  /** Counts these detections on the grid of cells {@code cellSizeMicroDegrees} on a side. */
  public static CellDayCounts of(Collection<DatedFire> fires, long cellSizeMicroDegrees) {
    Map<FireCell, Map<Long, int[]>> byCell = new HashMap<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (DatedFire f : fires) {
      byCell.computeIfAbsent(FireCell.containing(f.latitude(), f.longitude(), cellSizeMicroDegrees), c -> new HashMap<>())
          .computeIfAbsent(f.epochDay(), d -> new int[1])[0]++;
      first = Math.min(first, f.epochDay());
      last = Math.max(last, f.epochDay());
    }
    Map<FireCell, Series> cells = new HashMap<>(byCell.size() * 2);
    for (Map.Entry<FireCell, Map<Long, int[]>> e : byCell.entrySet()) {
      long[] days = e.getValue().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      int[] counts = new int[days.length];
      for (int i = 0; i < days.length; i++) {
        counts[i] = e.getValue().get(days[i])[0];
      }
      cells.put(e.getKey(), new Series(days, counts));
    }
    return new CellDayCounts(cells, first, last, fires.size());
  }

  /** The detections in this cell on this day; 0 when there were none. */
  public int count(FireCell cell, long epochDay) {
    Series s = series(cell);
    int i = s.indexOf(epochDay);
    return i >= 0 ? s.counts()[i] : 0;
  }

  /** How many days from {@code fromDay} to {@code toDay} (both inclusive) had at least {@code min} detections in the cell; {@code min} >= 1. */
  public int daysWithAtLeast(FireCell cell, long fromDay, long toDay, int min) {
    if (toDay < fromDay) {
      return 0;
    }
    Series s = series(cell);
    int n = 0;
    for (int i = s.lowerBound(fromDay); i < s.days().length && s.days()[i] <= toDay; i++) {
      if (s.counts()[i] >= min) {
        n++;
      }
    }
    return n;
  }

  /** The cells with at least one detection, in {@link FireCell} order. */
  public List<FireCell> cells() {
    List<FireCell> out = new ArrayList<>(cells.keySet());
    out.sort(null);
    return out;
  }

  Series series(FireCell cell) {
    return cells.getOrDefault(cell, EMPTY);
  }

  /** The earliest day with a detection; {@link Long#MAX_VALUE} when there are none. */
  public long firstDay() {
    return firstDay;
  }

  /** The latest day with a detection; {@link Long#MIN_VALUE} when there are none. */
  public long lastDay() {
    return lastDay;
  }

  /** The number of detections counted. */
  public long detections() {
    return detections;
  }

  /** Whether no detection was counted. */
  public boolean isEmpty() {
    return detections == 0;
  }
}
