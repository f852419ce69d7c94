package org.trucewatch.core.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fire detections counted per grid cell and UTC day. Immutable once built; safe to share
 * between threads. Looking up a cell is O(1); its days are sorted, so a range of days is found
 * in O(log d) for d days with fires.
 */
public final class CellDayCounts {
  /** One cell's days with at least one detection, ascending, and their counts. */
  record Series(long[] days, int[] counts) {
    /** The index of the first day at or after {@code day}. */
    int lowerBound(long day) {
      int i = Arrays.binarySearch(days, day);
      return i >= 0 ? i : -i - 1;
    }
  }

  private static final Series EMPTY = new Series(new long[0], new int[0]);

  private final Map<FireCell, Series> cells;

  private CellDayCounts(Map<FireCell, Series> cells) {
    this.cells = cells;
  }

  /** Counts these detections on the grid of cells {@code cellSizeMicroDegrees} on a side. */
  public static CellDayCounts of(Collection<DatedFire> fires, long cellSizeMicroDegrees) {
    Map<FireCell, Map<Long, int[]>> byCell = new HashMap<>();
    for (DatedFire f : fires) {
      byCell.computeIfAbsent(FireCell.containing(f.latitude(), f.longitude(), cellSizeMicroDegrees), c -> new HashMap<>())
          .computeIfAbsent(f.epochDay(), d -> new int[1])[0]++;
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
    return new CellDayCounts(cells);
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
}
