package org.trucewatch.core.enrich;

import java.util.List;
import java.util.Objects;
import org.trucewatch.core.observation.Observation;

/**
 * An observation with the provision elements it touches, sorted by element id.
 *
 * @param observation the observation
 * @param touches elements it reaches into, possibly none
 */
public record EnrichedObservation(Observation observation, List<Touch> touches) {
  /** Checks and freezes the fields. */
  public EnrichedObservation {
    Objects.requireNonNull(observation, "observation");
    touches = List.copyOf(touches);
  }
}
