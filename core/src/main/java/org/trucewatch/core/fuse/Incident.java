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
 * @param id {@code inc-} and the first 16 hex digits of the SHA-256 of the anchor's observation id
 *     (see {@link #idOf}); stable while evidence arrives
 * @param anchor the anchor observation: the earliest member by event time, then observation id
 * @param kind the most telling kind among the members (direct before indirect, see {@link
 *     IncidentFuser})
 * @param start earliest member event time
 * @param end latest member event time
 * @param centre mean position of the members, lon/lat degrees
 * @param radiusMetres distance from the centre to the farthest member, plus its uncertainty
 * @param members the observations, sorted by event time then id
 * @param independentSources how many independent origins (see {@link Origin}) support it: its
 *     corroboration
 * @param status corroboration status: reported (one supporting origin or none), corroborated (two
 *     or more)
 * @param supportingOrigins the origins ({@link Origin#keyOf}) of members that support it, sorted
 * @param contradictingOrigins the origins of members that deny it and of none that support it,
 *     sorted
 * @param casualties combined casualty figures of all members
 */
public record Incident(
    String id,
    ObservationId anchor,
    ObservationKind kind,
    Instant start,
    Instant end,
    Coordinate centre,
    double radiusMetres,
    List<EnrichedObservation> members,
    int independentSources,
    IncidentStatus status,
    List<String> supportingOrigins,
    List<String> contradictingOrigins,
    Casualties casualties) {

  /**
   * The id of the incident anchored on this observation: {@code inc-} and the first 16 hex digits
   * of the SHA-256 of the observation id's hex text. An incident keeps its id when later evidence
   * joins it, unless that evidence happened earlier than every member (then it is the new anchor);
   * two incidents merging keep the id of the earlier anchor.
   */
  public static String idOf(ObservationId anchor) {
    return "inc-" + ObservationId.sha256Hex(anchor.hex()).substring(0, 16);
  }

  /** Checks and freezes the fields. */
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(casualties, "casualties");
    members = List.copyOf(members);
    supportingOrigins = List.copyOf(supportingOrigins);
    contradictingOrigins = List.copyOf(contradictingOrigins);
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
