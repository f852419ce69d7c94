package org.trucewatch.engine.thermal;

import java.util.List;

/**
 * What a classification run did.
 *
 * @param detections input detections classified
 * @param rejected input and baseline rows that could not be read
 * @param baselineDetections archive detections in the baseline; 0 when the input's own history
 *     was the baseline
 * @param baselineYears the archive years, ascending; empty without an archive
 * @param repeatedExcess detections conflict-related by repeated excess
 * @param followsWarFire detections conflict-related by following such excess in their cell
 */
public record FireClassificationSummary(
    long detections,
    long rejected,
    long baselineDetections,
    List<Integer> baselineYears,
    long repeatedExcess,
    long followsWarFire) {
  /** Copies the list. */
  public FireClassificationSummary {
    baselineYears = List.copyOf(baselineYears);
  }

  /** Detections classified as conflict-related. */
  public long warFires() {
    return repeatedExcess + followsWarFire;
  }
}
