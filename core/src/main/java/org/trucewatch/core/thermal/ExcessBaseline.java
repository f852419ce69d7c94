package org.trucewatch.core.thermal;

/**
 * What a cell's fire activity looks like in a normal year, as a probability of a count.
 *
 * <p>Both kinds estimate the probability empirically: the sample is a set of comparable cell-days
 * (the same cell in the same season of earlier years, or neighbouring cells around the same
 * date), and the probability of at least {@code count} detections is {@code (1 + k) / (1 + n)}
 * for {@code k} of the {@code n} sample cell-days reaching {@code count}. The added one counts
 * the day under test as one more draw, so that a small sample can never give a probability of 0
 * and an empty sample gives 1 (nothing is excess where nothing is known).
 */
public sealed interface ExcessBaseline permits ArchiveBaseline, InputHistoryBaseline {
  /**
   * The probability, under this baseline, of at least {@code count} detections in {@code cell} on
   * {@code epochDay}; in (0, 1].
   */
  double excessP(FireCell cell, long epochDay, int count);

  /** The empirical upper-tail probability of {@code k} of {@code n} sample cell-days. */
  static double empiricalP(long k, long n) {
    return (1.0 + k) / (1.0 + n);
  }
}
