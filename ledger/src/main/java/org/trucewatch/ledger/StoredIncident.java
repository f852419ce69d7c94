package org.trucewatch.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident as the query store keeps it for map and API queries.
 *
 * @param id the incident's id
 * @param kind its kind code, e.g. {@code strike}
 * @param status its status code
 * @param start first observation time
 * @param end last observation time, not before {@code start}
 * @param latitude centre latitude, degrees WGS 84
 * @param longitude centre longitude, degrees WGS 84
 * @param grade strongest grade of its findings, empty when it has none
 * @param findingIds ids of its findings, sorted
 */
public record StoredIncident(
    String id,
    String kind,
    String status,
    Instant start,
    Instant end,
    double latitude,
    double longitude,
    Optional<String> grade,
    List<String> findingIds) {
  /** Checks and freezes the fields. */
  public StoredIncident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(grade, "grade");
    findingIds = List.copyOf(findingIds);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("incident " + id + " ends before it starts");
    }
  }
}
