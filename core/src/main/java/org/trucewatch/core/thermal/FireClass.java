package org.trucewatch.core.thermal;

/**
 * The class of one detection.
 *
 * @param basis why it is, or is not, a war fire
 * @param bound the bound on its cell-day's count in a normal year (-1 where none was needed:
 *     outside the mask, or a cell-day too small to be in excess whatever the bound)
 * @param cellDayCount the detections in its cell that day, itself included
 * @param excess its cell-day's excess, {@code count - bound - offset}, or 0 when not positive
 */
public record FireClass(WarFireBasis basis, int bound, int cellDayCount, int excess) {
  /** Whether the detection is a war fire. */
  public boolean warFire() {
    return basis.isWarFire();
  }
}
