package org.trucewatch.core.fuse;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;

/**
 * An incident as the published outputs need it once it is assessed: its own fields, how many
 * members it has from each source, the places they name, and its members whole only when the
 * report shows them (an incident with a finding or with casualties). A mission's incidents are
 * held in this form so that memory holds a small record per incident, not every detection.
 *
 * @param id see {@link Incident#id}
 * @param anchor see {@link Incident#anchor}
 * @param kind see {@link Incident#kind}
 * @param start see {@link Incident#start}
 * @param end see {@link Incident#end}
 * @param centre see {@link Incident#centre}
 * @param radiusMetres see {@link Incident#radiusMetres}
 * @param independentSources see {@link Incident#independentSources}
 * @param status see {@link Incident#status}
 * @param supportingOrigins see {@link Incident#supportingOrigins}
 * @param contradictingOrigins see {@link Incident#contradictingOrigins}
 * @param casualties see {@link Incident#casualties}
 * @param memberCount how many members it has
 * @param membersBySource how many members each source gave, by source id
 * @param places see {@link Incident#places}, as a sorted list
 * @param members every member, sorted by event time then id, when {@code membersKept}; else none
 * @param membersKept whether {@code members} holds every member
 */
public record IncidentSummary(
    String id,
    ObservationId anchor,
    ObservationKind kind,
    Instant start,
    Instant end,
    Coordinate centre,
    double radiusMetres,
    int independentSources,
    IncidentStatus status,
    List<String> supportingOrigins,
    List<String> contradictingOrigins,
    Casualties casualties,
    int memberCount,
    SortedMap<String, Integer> membersBySource,
    List<String> places,
    List<EnrichedObservation> members,
    boolean membersKept) {

  /** Checks and freezes the fields. */
  public IncidentSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(casualties, "casualties");
    supportingOrigins = List.copyOf(supportingOrigins);
    contradictingOrigins = List.copyOf(contradictingOrigins);
    membersBySource = Collections.unmodifiableSortedMap(new TreeMap<>(membersBySource));
    places = List.copyOf(places);
    members = List.copyOf(members);
    if (membersKept ? members.size() != memberCount : !members.isEmpty()) {
      throw new IllegalArgumentException("an incident summary keeps every member or none");
    }
  }

  /**
   * The summary of an incident, keeping its members whole when {@code keepMembers} or when it
   * reports casualties (the report lists who reported them).
   */
  public static IncidentSummary of(Incident incident, boolean keepMembers) {
    TreeMap<String, Integer> bySource = new TreeMap<>();
    for (EnrichedObservation m : incident.members()) {
      bySource.merge(m.observation().sourceId(), 1, Integer::sum);
    }
    boolean keep = keepMembers || incident.casualties().any();
    return new IncidentSummary(
        incident.id(),
        incident.anchor(),
        incident.kind(),
        incident.start(),
        incident.end(),
        incident.centre(),
        incident.radiusMetres(),
        incident.independentSources(),
        incident.status(),
        incident.supportingOrigins(),
        incident.contradictingOrigins(),
        incident.casualties(),
        incident.members().size(),
        bySource,
        List.copyOf(incident.places()),
        keep ? incident.members() : List.of(),
        keep);
  }

  /** Ids of the sources of the members, sorted: as {@link Incident#sourceIds}. */
  public SortedSet<String> sourceIds() {
    return new TreeSet<>(membersBySource.keySet());
  }

  /**
   * Every member, sorted by event time then id.
   *
   * @throws IllegalStateException when the summary did not keep them
   */
  public List<EnrichedObservation> keptMembers() {
    if (!membersKept) {
      throw new IllegalStateException("incident " + id + ": its members were not kept");
    }
    return members;
  }

  /** As {@link #membersBySource}, summed over incidents. */
  public static SortedMap<String, Long> membersBySource(Iterable<IncidentSummary> incidents) {
    TreeMap<String, Long> out = new TreeMap<>();
    for (IncidentSummary i : incidents) {
      for (Map.Entry<String, Integer> e : i.membersBySource().entrySet()) {
        out.merge(e.getKey(), (long) e.getValue(), Long::sum);
      }
    }
    return out;
  }
}
