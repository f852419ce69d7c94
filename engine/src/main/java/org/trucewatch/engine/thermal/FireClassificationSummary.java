package org.trucewatch.engine.thermal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a classification run did.
 *
 * @param detections input detections read
 * @param classified those of the chosen products, which were classified
 * @param rejected input and baseline rows that could not be read
 * @param baselineDetections baseline detections counted (chosen products, inside the mask)
 * @param baselineYears the baseline's years, ascending
 * @param inputProducts input detections per product token and processing ({@code snpp}, {@code
 *     viirs-nrt}, ...), sorted
 * @param repeatedExcess war fires by labelled excess in a cell with sustained excess
 * @param followsWarFire war fires by following such a cell-day in their cell
 */
public record FireClassificationSummary(
    long detections,
    long classified,
    long rejected,
    long baselineDetections,
    List<Integer> baselineYears,
    Map<String, Long> inputProducts,
    long repeatedExcess,
    long followsWarFire) {
  /** Copies the collections. */
  public FireClassificationSummary {
    baselineYears = List.copyOf(baselineYears);
    inputProducts = java.util.Collections.unmodifiableMap(new TreeMap<>(inputProducts));
  }

  /** Detections classified as war fires. */
  public long warFires() {
    return repeatedExcess + followsWarFire;
  }
}
