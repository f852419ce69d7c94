package org.trucewatch.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentSummaryColumns;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;

/**
 * The report input in canonical order (incidents by start then id, findings by time then id),
 * with the lookups the sections share. Only sorted maps, so no output depends on hash order.
 */
final class ReportIndex {
  private final ReportInput input;
  private final List<IncidentSummary> incidents;
  private final List<Finding> findings;
  private final Map<String, IncidentSummary> incidentById = new TreeMap<>();
  private final Map<String, List<Finding>> findingsByIncident = new TreeMap<>();
  private final Map<String, ProvisionElement> elementById = new TreeMap<>();
  private final SortedSet<String> listedSources = new TreeSet<>();

  ReportIndex(ReportInput input) {
    this.input = input;
    this.incidents = IncidentSummaryColumns.inReportOrder(input.incidents());
    List<Finding> fs = new ArrayList<>(input.findings());
    fs.sort(Comparator.comparing(Finding::time).thenComparing(Finding::id));
    this.findings = Collections.unmodifiableList(fs);
    for (Finding f : findings) {
      findingsByIncident.computeIfAbsent(f.incidentId(), k -> new ArrayList<>()).add(f);
    }
    // only findings look incidents up by id: the quiet ones stay unmade
    for (IncidentSummary i : incidents) {
      if (findingsByIncident.containsKey(i.id())) {
        incidentById.put(i.id(), i);
      }
    }
    input.sources().all().forEach(src -> listedSources.add(src.id()));
    for (Provision p : input.agreement().provisions()) {
      for (ProvisionElement e : p.elements()) {
        elementById.put(e.id(), e);
      }
    }
  }

  ReportInput input() {
    return input;
  }

  /** Incidents by start time, then id. */
  List<IncidentSummary> incidents() {
    return incidents;
  }

  /** Findings by time, then id. */
  List<Finding> findings() {
    return findings;
  }

  /** The incident with this id when it has a finding (what looks incidents up); else empty. */
  Optional<IncidentSummary> incident(String id) {
    return Optional.ofNullable(incidentById.get(id));
  }

  /** The incident's findings by time then id; empty when it has none. */
  List<Finding> findingsOf(String incidentId) {
    return findingsByIncident.getOrDefault(incidentId, List.of());
  }

  /** The strongest grade among the incident's findings, if it has any. */
  Optional<FindingGrade> bestGrade(String incidentId) {
    // the enum is declared strongest first
    return findingsOf(incidentId).stream().map(Finding::grade).min(Comparator.naturalOrder());
  }

  Optional<ProvisionElement> element(String elementId) {
    return Optional.ofNullable(elementById.get(elementId));
  }

  Optional<Provision> provision(String provisionId) {
    return input.agreement().provision(provisionId);
  }

  /**
   * The finding's evidence observations from its incident's members, by time then id. An id not
   * found among them maps to empty, so that a gap in the data shows instead of vanishing.
   */
  Map<ObservationId, Optional<Observation>> evidenceOf(Finding f) {
    TreeMap<ObservationId, Observation> members = new TreeMap<>();
    incident(f.incidentId()).ifPresent(i -> {
      for (EnrichedObservation m : i.keptMembers()) {
        members.put(m.observation().id(), m.observation());
      }
    });
    List<ObservationId> ids = new ArrayList<>(f.evidence());
    ids.sort(
        Comparator.comparing(
                (ObservationId id) -> members.containsKey(id) ? members.get(id).eventTime() : null,
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder()));
    Map<ObservationId, Optional<Observation>> out = new LinkedHashMap<>();
    for (ObservationId id : ids) {
      out.put(id, Optional.ofNullable(members.get(id)));
    }
    return out;
  }

  /** The source ids of the finding's evidence that the data holds, sorted. */
  SortedSet<String> evidenceSources(Finding f) {
    TreeSet<String> out = new TreeSet<>();
    for (Optional<Observation> o : evidenceOf(f).values()) {
      o.ifPresent(obs -> out.add(obs.sourceId()));
    }
    return out;
  }

  /** Accepted observations over all inputs. */
  long observationCount() {
    return input.inputs().stream().mapToLong(InputSummary::observations).sum();
  }

  /** Ids of the sources any incident draws on, sorted. */
  SortedSet<String> incidentSources() {
    TreeSet<String> out = new TreeSet<>();
    incidents.forEach(i -> out.addAll(i.sourceIds()));
    return out;
  }

  /** Whether the source directory lists the source, rather than grading it F by default. */
  boolean listed(String sourceId) {
    return listedSources.contains(sourceId);
  }

  /** How many incident members each source contributed, by source id. */
  SortedMap<String, Long> membersBySource() {
    return IncidentSummary.membersBySource(incidents);
  }
}
