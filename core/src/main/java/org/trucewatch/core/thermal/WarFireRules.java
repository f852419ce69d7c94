package org.trucewatch.core.thermal;

/**
 * The thresholds of The Economist's war-fire classifier ({@code get_excess} in {@code
 * scripts/05-war-fire-classifier.R} of February 2023, which produced their published figures).
 * {@link #PUBLISHED} are theirs; {@code docs/war-fire-model.md} names the line of each.
 *
 * @param cellSizeMicroDegrees grid cell side, millionths of a degree (100 000: 0.1 degree),
 *     cells centred on multiples of it
 * @param zeroDaysPerFireDay the expected-count model weighs cell-days without detections as a sample
 *     of this many per cell-day with detections, as The Economist's training sample (3; 0: no
 *     down-weighting)
 * @param boundQuantile the bound on a cell-day's count is this quantile of its expected count's
 *     distribution (0.95)
 * @param offset excess is the count less the bound less this many detections (2)
 * @param minDaysApart a cell has sustained excess when two of its labelled days are at least ...
 * @param maxDaysApart ... and at most this many days apart (6 and 364)
 * @param manyDays ... or when it has more than this many labelled days (21)
 * @param spreadKm cells within this distance of a cell with sustained excess count as sustained
 *     too (0, off: the version that produced the published figures has no such step; their later
 *     versions use 50 km)
 * @param daysAfter every detection in a cell on the 1st to this many-th day after a war-fire
 *     cell-day is a war fire too (10)
 */
public record WarFireRules(
    long cellSizeMicroDegrees,
    double zeroDaysPerFireDay,
    double boundQuantile,
    int offset,
    int minDaysApart,
    int maxDaysApart,
    int manyDays,
    double spreadKm,
    int daysAfter) {

  /** The published thresholds. */
  public static final WarFireRules PUBLISHED = new WarFireRules(100_000, 3, 0.95, 2, 6, 364, 21, 0, 10);

  /** Checks the values. */
  public WarFireRules {
    if (cellSizeMicroDegrees <= 0 || cellSizeMicroDegrees > 90_000_000) {
      throw new IllegalArgumentException("cell size must be more than 0 and at most 90 degrees: " + cellSizeMicroDegrees);
    }
    if (!(zeroDaysPerFireDay >= 0)) {
      throw new IllegalArgumentException("zeroDaysPerFireDay must not be negative: " + zeroDaysPerFireDay);
    }
    if (!(boundQuantile > 0 && boundQuantile < 1)) {
      throw new IllegalArgumentException("the bound's quantile must be in (0, 1): " + boundQuantile);
    }
    if (minDaysApart < 1 || maxDaysApart < minDaysApart) {
      throw new IllegalArgumentException("need 1 <= minDaysApart <= maxDaysApart: " + minDaysApart + ", " + maxDaysApart);
    }
    if (offset < 0 || manyDays < 1 || !(spreadKm >= 0) || daysAfter < 0) {
      throw new IllegalArgumentException("offset, spreadKm and daysAfter must not be negative, manyDays must be positive");
    }
  }

  /** The cell holding this detection. */
  public FireCell cellOf(DatedFire f) {
    return FireCell.containing(f.latitude(), f.longitude(), cellSizeMicroDegrees);
  }

  /** These rules with another offset. */
  public WarFireRules withOffset(int detections) {
    return new WarFireRules(cellSizeMicroDegrees, zeroDaysPerFireDay, boundQuantile, detections, minDaysApart, maxDaysApart, manyDays, spreadKm, daysAfter);
  }

  /** These rules with another spread distance. */
  public WarFireRules withSpreadKm(double km) {
    return new WarFireRules(cellSizeMicroDegrees, zeroDaysPerFireDay, boundQuantile, offset, minDaysApart, maxDaysApart, manyDays, km,
        daysAfter);
  }

  /** These rules with another weighting of cell-days without detections. */
  public WarFireRules withZeroDaysPerFireDay(double zeroDays) {
    return new WarFireRules(cellSizeMicroDegrees, zeroDays, boundQuantile, offset, minDaysApart, maxDaysApart, manyDays,
        spreadKm, daysAfter);
  }
}
