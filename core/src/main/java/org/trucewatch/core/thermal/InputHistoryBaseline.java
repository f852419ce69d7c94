package org.trucewatch.core.thermal;

/**
 * The fallback when no archive is given: the input's own history around the day, in the cell and
 * its neighbours. The sample for a cell and date is every cell within {@code
 * fallbackNeighbourCells} rows and columns (the 3 x 3 block by default) on every other day of the
 * input within {@code seasonHalfWidthDays} of the date. The input covers the days from its first
 * to its last detection.
 *
 * <p>It is conservative in a war: fighting raises the neighbours' and the surrounding weeks'
 * counts too, so a war fire has to stand out against war-time activity, and sustained fighting
 * over a whole area and month goes unflagged. It is a baseline for a first look, not a
 * replacement for earlier years (see {@code docs/war-fire-model.md}). Thread-safe.
 */
public final class InputHistoryBaseline implements ExcessBaseline {
  private final CellDayCounts input;
  private final WarFireParameters parameters;

  /** The baseline of this input's counts. */
  public InputHistoryBaseline(CellDayCounts input, WarFireParameters parameters) {
    this.input = input;
    this.parameters = parameters;
  }

  @Override
  public double excessP(FireCell cell, long epochDay, int count) {
    if (input.isEmpty()) {
      return 1;
    }
    int h = parameters.seasonHalfWidthDays();
    long from = Math.max(epochDay - h, input.firstDay());
    long to = Math.min(epochDay + h, input.lastDay());
    long otherDays = to - from + 1 - (epochDay >= from && epochDay <= to ? 1 : 0);
    int r = parameters.fallbackNeighbourCells();
    long n = 0;
    long k = 0;
    for (int dLat = -r; dLat <= r; dLat++) {
      for (int dLon = -r; dLon <= r; dLon++) {
        FireCell c = cell.offset(dLat, dLon);
        n += otherDays;
        k += input.daysWithAtLeast(c, from, epochDay - 1, count) + input.daysWithAtLeast(c, epochDay + 1, to, count);
      }
    }
    return ExcessBaseline.empiricalP(k, n);
  }
}
