package org.trucewatch.core.fuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
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
 * @param membersBySource how many members each source gave, sorted by source id
 * @param places see {@link Incident#places}, as a sorted list
 * @param members every member, sorted by event time then id, when {@code membersKept}; else none
 * @param membersKept whether {@code members} holds every member
 */
public record IncidentSummary(
    String id,
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
    List<SourceCount> membersBySource,
    List<String> places,
    List<EnrichedObservation> members,
    boolean membersKept) {

  /** Checks and freezes the fields. */
  public IncidentSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(casualties, "casualties");
    supportingOrigins = List.copyOf(supportingOrigins);
    contradictingOrigins = List.copyOf(contradictingOrigins);
    membersBySource = List.copyOf(membersBySource);
    places = List.copyOf(places);
    members = List.copyOf(members);
    if (membersKept ? members.size() != memberCount : !members.isEmpty()) {
      throw new IllegalArgumentException("an incident summary keeps every member or none");
    }
  }

  /**
   * How many members one source gave.
   *
   * @param sourceId the source
   * @param members how many of the incident's members it gave
   */
  public record SourceCount(String sourceId, int members) {
    /** Checks the fields. */
    public SourceCount {
      Objects.requireNonNull(sourceId, "sourceId");
    }
  }

  /**
   * The summary of an incident, keeping its members whole when {@code keepMembers} or when it
   * reports casualties (the report lists who reported them).
   */
  public static IncidentSummary of(Incident incident, boolean keepMembers) {
    return of(incident, keepMembers, UnaryOperator.identity());
  }

  /**
   * As {@link #of(Incident, boolean)}, with the origin and source ids passed through {@code
   * shared} (e.g. to one instance per distinct value), since a mission's incidents repeat a few of
   * them many times.
   */
  public static IncidentSummary of(Incident incident, boolean keepMembers, UnaryOperator<String> shared) {
    TreeMap<String, Integer> bySource = new TreeMap<>();
    for (EnrichedObservation m : incident.members()) {
      bySource.merge(m.observation().sourceId(), 1, Integer::sum);
    }
    List<SourceCount> counts = new ArrayList<>(bySource.size());
    bySource.forEach((source, n) -> counts.add(new SourceCount(shared.apply(source), n)));
    boolean keep = keepMembers || incident.casualties().any();
    // most incidents report no casualties: one shared value rather than a copy each
    Casualties casualties = incident.casualties().equals(Casualties.NONE) ? Casualties.NONE : incident.casualties();
    return new IncidentSummary(
        incident.id(),
        incident.kind(),
        incident.start(),
        incident.end(),
        incident.centre(),
        incident.radiusMetres(),
        incident.independentSources(),
        incident.status(),
        incident.supportingOrigins().stream().map(shared).toList(),
        incident.contradictingOrigins().stream().map(shared).toList(),
        casualties,
        incident.members().size(),
        counts,
        List.copyOf(incident.places()),
        keep ? incident.members() : List.of(),
        keep);
  }

  /**
   * The anchor ({@link Incident#anchor}): the earliest member by event time, then id.
   *
   * @throws IllegalStateException when the summary did not keep the members
   */
  public ObservationId anchor() {
    return keptMembers().get(0).observation().id();
  }

  /** Ids of the sources of the members, sorted: as {@link Incident#sourceIds}. */
  public SortedSet<String> sourceIds() {
    TreeSet<String> ids = new TreeSet<>();
    membersBySource.forEach(c -> ids.add(c.sourceId()));
    return ids;
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
      for (SourceCount c : i.membersBySource()) {
        out.merge(c.sourceId(), (long) c.members(), Long::sum);
      }
    }
    return out;
  }
}
