package org.trucewatch.scenario;

import java.time.Instant;
import java.util.Objects;

/**
 * One simulated incident, as {@code truth.jsonl} records it: what really happened, where, by whom,
 * and whether the inputs should lead a correct pipeline to a finding.
 *
 * @param id {@code ev-0001}, numbered in time order
 * @param kind an observation kind code: {@code strike}, {@code attack-on-vessel}, {@code
 *     heavy-weapon}, {@code troops}
 * @param time when it happened (for zone breaches: when first sighted), UTC
 * @param latitude true position, degrees, 5 decimals
 * @param longitude true position, degrees, 5 decimals
 * @param provisionId the provision it concerns (for a near-miss: the one it nearly breached)
 * @param elementId the provision element it concerns, e.g. {@code energy-moratorium/zaporizhzhia-npp}
 * @param by the party that did it
 * @param expectedFinding whether the event lies in the element, while the provision is in force,
 *     shows an activity it covers, and left at least one observation in the inputs
 * @param observations how many lines of the inputs (FIRMS rows, sightings, reports) show it
 */
public record TruthEvent(
    String id,
    String kind,
    Instant time,
    double latitude,
    double longitude,
    String provisionId,
    String elementId,
    String by,
    boolean expectedFinding,
    int observations) {
  /** Checks the fields. */
  public TruthEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(provisionId, "provisionId");
    Objects.requireNonNull(elementId, "elementId");
    Objects.requireNonNull(by, "by");
  }
}
