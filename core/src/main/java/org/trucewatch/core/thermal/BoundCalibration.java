package org.trucewatch.core.thermal;

import java.time.LocalDate;

/**
 * How well an {@link ExpectedCountModel}'s bound holds on a year it was not fitted to: over every
 * cell-day of the model's cells in that year, how many counts exceeded the bound, against how
 * many the model itself expected to.
 *
 * @param cellDays cell-days measured (every cell of the history on every day of the span)
 * @param aboveBound cell-days whose count exceeded the bound
 * @param expectedAboveBound the model's expected number of such cell-days (the sum of its tail
 *     probabilities beyond each bound)
 * @param inExcess cell-days whose count exceeded the bound plus the offset: the excess a year of
 *     peace shows
 * @param detections detections of the year in the model's cells
 * @param detectionsInExcess detections in those excess cell-days
 */
public record BoundCalibration(
    long cellDays, long aboveBound, double expectedAboveBound, long inExcess, long detections, long detectionsInExcess) {

  /** Measures {@code model} on {@code year} (detections counted on the model's grid) from {@code firstDay} to {@code lastDay}. */
  public static BoundCalibration measure(ExpectedCountModel model, CellDayCounts year, long firstDay, long lastDay, int offset) {
    SeasonalHistory h = model.history();
    long cellDays = 0;
    long above = 0;
    double expected = 0;
    long excess = 0;
    long detections = 0;
    long excessDetections = 0;
    long size = h.cellSizeMicroDegrees();
    for (FireCell cell : h.cells()) {
      CellDayCounts.Series s = year.series(cell);
      long day = firstDay;
      while (day <= lastDay) {
        LocalDate d = LocalDate.ofEpochDay(day);
        long monthEnd = Math.min(lastDay, d.withDayOfMonth(d.lengthOfMonth()).toEpochDay());
        int bound = model.bound(cell, day);
        double tail = model.upperTail(cell, day, bound);
        long n = monthEnd - day + 1;
        cellDays += n;
        expected += n * tail;
        for (int i = s.lowerBound(day); i < s.days().length && s.days()[i] <= monthEnd; i++) {
          int c = s.counts()[i];
          detections += c;
          if (c > bound) {
            above++;
          }
          if (c > bound + offset) {
            excess++;
            excessDetections += c;
          }
        }
        day = monthEnd + 1;
      }
    }
    return new BoundCalibration(cellDays, above, expected, excess, detections, excessDetections);
  }

  /** The share of cell-days above the bound. */
  public double shareAboveBound() {
    return cellDays == 0 ? 0 : (double) aboveBound / cellDays;
  }

  /** The share the model expected. */
  public double expectedShareAboveBound() {
    return cellDays == 0 ? 0 : expectedAboveBound / cellDays;
  }
}
