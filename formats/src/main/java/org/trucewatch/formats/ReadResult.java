package org.trucewatch.formats;

import java.util.List;
import org.trucewatch.core.observation.Observation;

/**
 * What a reader made of one input: the observations it could read and the rejects it could not,
 * both in input order.
 *
 * @param observations observations read
 * @param rejects rejected lines or records
 */
public record ReadResult(List<Observation> observations, List<Reject> rejects) {
  /** Freezes the lists. */
  public ReadResult {
    observations = List.copyOf(observations);
    rejects = List.copyOf(rejects);
  }
}
