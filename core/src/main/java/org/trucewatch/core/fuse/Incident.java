package org.trucewatch.core.fuse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;

/**
 * One event in the world as the evidence shows it: observations close in space and time, from
 * one or more sources, taken together.
 *
 * @param id SHA-256 (hex) of the sorted member ids
 * @param kind the most telling kind among the members (direct before indirect, see {@link
 *     IncidentFuser})
 * @param start earliest member event time
 * @param end latest member event time
 * @param centre mean position of the members, lon/lat degrees
 * @param radiusMetres distance from the centre to the farthest member, plus its uncertainty
 * @param members the observations, sorted by event time then id
 * @param independentSources how many independent sources (see {@link
 *     org.trucewatch.core.source.Source#independenceKey}) the members come from
 * @param status corroboration status
 * @param casualties combined casualty figures of all members
 */
public record Incident(
    String id,
    ObservationKind kind,
    Instant start,
    Instant end,
    Coordinate centre,
    double radiusMetres,
    List<EnrichedObservation> members,
    int independentSources,
    IncidentStatus status,
    Casualties casualties) {

  /** Checks and freezes the fields. */
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(casualties, "casualties");
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an incident needs at least one observation");
    }
  }

  /** Ids of all member observations, sorted. */
  public SortedSet<ObservationId> observationIds() {
    TreeSet<ObservationId> ids = new TreeSet<>();
    members.forEach(m -> ids.add(m.observation().id()));
    return ids;
  }

  /** Ids of the sources of the members, sorted. */
  public SortedSet<String> sourceIds() {
    TreeSet<String> ids = new TreeSet<>();
    members.forEach(m -> ids.add(m.observation().sourceId()));
    return ids;
  }

  /** Place names the members give (attribute {@code place}), sorted. */
  public SortedSet<String> places() {
    TreeSet<String> places = new TreeSet<>();
    for (EnrichedObservation m : members) {
      String p = m.observation().attributes().get("place");
      if (p != null && !p.isBlank()) {
        places.add(p.trim());
      }
    }
    return places;
  }

  /** Every element any member touches, once each with the least distance, sorted by element id. */
  public List<Touch> touches() {
    TreeMap<String, Touch> best = new TreeMap<>();
    for (EnrichedObservation m : members) {
      for (Touch t : m.touches()) {
        best.merge(t.elementId(), t, (a, b) -> a.distanceMetres() <= b.distanceMetres() ? a : b);
      }
    }
    return List.copyOf(best.values());
  }
}
