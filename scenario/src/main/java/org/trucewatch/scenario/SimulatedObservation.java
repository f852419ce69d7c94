package org.trucewatch.scenario;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.ObservationKind;

/**
 * One line of {@code drones.jsonl} or {@code reports.jsonl}: what one source says it saw or heard.
 *
 * @param sourceId the source, listed in {@code sources.yaml}
 * @param kind what was seen or reported
 * @param time when, whole minutes, UTC
 * @param latitude degrees, 4 decimals
 * @param longitude degrees, 4 decimals
 * @param uncertaintyMetres radius of location uncertainty, metres
 * @param credibility 1 to 6 on the Admiralty scale
 * @param attributedTo the party the source holds responsible, if it names one
 * @param casualties casualties the source reports, if any
 * @param attributes further facts (place, count, means, ...), sorted by key
 * @param eventId the truth event this observation is about, empty for routine sightings
 */
public record SimulatedObservation(
    String sourceId,
    ObservationKind kind,
    Instant time,
    double latitude,
    double longitude,
    int uncertaintyMetres,
    int credibility,
    Optional<String> attributedTo,
    Optional<Casualties> casualties,
    SortedMap<String, String> attributes,
    Optional<String> eventId) {
  /** Checks the fields and freezes the attributes. */
  public SimulatedObservation {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(attributedTo, "attributedTo");
    Objects.requireNonNull(casualties, "casualties");
    Objects.requireNonNull(eventId, "eventId");
    if (credibility < 1 || credibility > 6) {
      throw new IllegalArgumentException("credibility must be 1 to 6: " + credibility);
    }
    latitude = Decimals.round(latitude, 4);
    longitude = Decimals.round(longitude, 4);
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }

  /** The same observation, about another event id. */
  SimulatedObservation withEventId(Optional<String> id) {
    return new SimulatedObservation(
        sourceId, kind, time, latitude, longitude, uncertaintyMetres, credibility, attributedTo, casualties,
        attributes, id);
  }
}
