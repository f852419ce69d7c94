package org.trucewatch.formats.text.devset;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the extractor says about one whole text, in the terms of the labels.
 *
 * @param places the centres of the settlements it resolved, as {lat, lon}
 * @param killed people killed, empty when it gives no figure
 * @param injured people injured, empty when it gives no figure
 * @param children minors, empty when it gives no figure
 * @param means the means it found
 */
public record Prediction(
    List<double[]> places, OptionalInt killed, OptionalInt injured, OptionalInt children, Set<String> means) {
  /** Freezes the collections. */
  public Prediction {
    places = List.copyOf(places);
    means = Set.copyOf(means);
  }
}
