package org.trucewatch.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trucewatch.core.source.Source;

/**
 * A simulated scenario in memory, before it is written: every list in file order (time, then id
 * or source).
 *
 * @param start first simulated instant
 * @param end first instant after the scenario
 * @param truth the incidents that happened
 * @param detections FIRMS VIIRS S-NPP rows, background fires and strike fires together
 * @param droneObservations mission UAV patrol sightings
 * @param reports incident reports
 * @param sources every source the sightings and reports use, sorted by id
 */
public record Scenario(
    Instant start,
    Instant end,
    List<TruthEvent> truth,
    List<FirmsDetection> detections,
    List<SimulatedObservation> droneObservations,
    List<SimulatedObservation> reports,
    List<Source> sources) {
  /** Freezes the lists. */
  public Scenario {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    truth = List.copyOf(truth);
    detections = List.copyOf(detections);
    droneObservations = List.copyOf(droneObservations);
    reports = List.copyOf(reports);
    sources = List.copyOf(sources);
  }
}
