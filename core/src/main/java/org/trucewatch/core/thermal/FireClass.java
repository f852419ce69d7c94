package org.trucewatch.core.thermal;

/**
 * The class of one detection.
 *
 * @param basis why it is, or is not, conflict-related
 * @param excessP the probability of at least its cell-day's count under the baseline, in (0, 1]
 * @param cellDayCount the detections in its cell that day, itself included
 */
public record FireClass(WarFireBasis basis, double excessP, int cellDayCount) {
  /** Whether the detection is conflict-related. */
  public boolean warFire() {
    return basis.isWarFire();
  }
}
