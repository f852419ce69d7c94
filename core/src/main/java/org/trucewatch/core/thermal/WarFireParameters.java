package org.trucewatch.core.thermal;

/**
 * The thresholds of the war-fire model. {@link #DEFAULTS} are The Economist's published ones;
 * the season window and fallback neighbourhood are ours (see {@code docs/war-fire-model.md}).
 *
 * @param cellSizeMicroDegrees grid cell side, millionths of a degree (100 000: 0.1 degree)
 * @param maxExcessP a cell-day is in excess when the probability of at least its count in a
 *     normal year is strictly below this (0.05)
 * @param minDaysApart excess must be seen again in the same cell at least this many days earlier
 *     or later (7)
 * @param maxDaysApart ... and at most this many days (365: the published scripts look for the
 *     repeat "within a given 365 day interval")
 * @param daysAfterWarFire every detection in a cell on the 1st to this many-th day after a
 *     conflict-related cell-day is conflict-related too (10)
 * @param seasonHalfWidthDays the season of a day: the days at most this far from the same
 *     calendar date, in every baseline year (15, a month-long window)
 * @param fallbackNeighbourCells without an archive, the input's own cells within this many rows
 *     and columns form the baseline (1: the 3 x 3 block)
 * @param excessMargin a cell-day is in excess only when its count, less this many detections, is
 *     still improbable: the published README states no margin (0, the default); the published
 *     classifier script calls it {@code offset} and uses 2
 */
public record WarFireParameters(
    long cellSizeMicroDegrees,
    double maxExcessP,
    int minDaysApart,
    int maxDaysApart,
    int daysAfterWarFire,
    int seasonHalfWidthDays,
    int fallbackNeighbourCells,
    int excessMargin) {

  /** The published thresholds: 0.1 degree, p < 0.05, 7 days apart, 10 days after. */
  public static final WarFireParameters DEFAULTS = new WarFireParameters(100_000, 0.05, 7, 365, 10, 15, 1, 0);

  /** Checks the values. */
  public WarFireParameters {
    if (cellSizeMicroDegrees <= 0 || cellSizeMicroDegrees > 90_000_000) {
      throw new IllegalArgumentException("cell size must be more than 0 and at most 90 degrees: " + cellSizeMicroDegrees);
    }
    if (!(maxExcessP > 0 && maxExcessP <= 1)) {
      throw new IllegalArgumentException("maxExcessP must be in (0, 1]: " + maxExcessP);
    }
    if (minDaysApart < 1 || maxDaysApart < minDaysApart) {
      throw new IllegalArgumentException("need 1 <= minDaysApart <= maxDaysApart: " + minDaysApart + ", " + maxDaysApart);
    }
    if (daysAfterWarFire < 0 || seasonHalfWidthDays < 0 || seasonHalfWidthDays > 182 || fallbackNeighbourCells < 0
        || excessMargin < 0) {
      throw new IllegalArgumentException("daysAfterWarFire, seasonHalfWidthDays (at most 182), "
          + "fallbackNeighbourCells and excessMargin must not be negative");
    }
  }

  /** These parameters with another p threshold. */
  public WarFireParameters withMaxExcessP(double p) {
    return new WarFireParameters(cellSizeMicroDegrees, p, minDaysApart, maxDaysApart, daysAfterWarFire,
        seasonHalfWidthDays, fallbackNeighbourCells, excessMargin);
  }

  /** These parameters with another minimum repeat interval. */
  public WarFireParameters withMinDaysApart(int days) {
    return new WarFireParameters(cellSizeMicroDegrees, maxExcessP, days, Math.max(days, maxDaysApart),
        daysAfterWarFire, seasonHalfWidthDays, fallbackNeighbourCells, excessMargin);
  }

  /** These parameters with another after-war-fire window. */
  public WarFireParameters withDaysAfterWarFire(int days) {
    return new WarFireParameters(cellSizeMicroDegrees, maxExcessP, minDaysApart, maxDaysApart, days,
        seasonHalfWidthDays, fallbackNeighbourCells, excessMargin);
  }

  /** These parameters with another excess margin. */
  public WarFireParameters withExcessMargin(int detections) {
    return new WarFireParameters(cellSizeMicroDegrees, maxExcessP, minDaysApart, maxDaysApart, daysAfterWarFire,
        seasonHalfWidthDays, fallbackNeighbourCells, detections);
  }

  /** The cell holding this detection. */
  public FireCell cellOf(DatedFire f) {
    return FireCell.containing(f.latitude(), f.longitude(), cellSizeMicroDegrees);
  }
}
