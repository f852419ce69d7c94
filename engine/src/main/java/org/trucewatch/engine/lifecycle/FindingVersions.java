package org.trucewatch.engine.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleEvent;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.FindingVersion;

/**
 * The new versions of findings at a checkpoint, against the latest versions kept: a finding
 * first seen, one whose grade, lifecycle state, evidence, attribution or wording changed, and one
 * no longer found. Each says what changed and why: the evidence added (observations and their
 * sources) or the analyst action that moved its incident. Deterministic: sorted by finding id.
 */
public final class FindingVersions {
  private final FindingsJsonlWriter lines = new FindingsJsonlWriter();

  /**
   * The versions to record.
   *
   * @param latest the latest version kept of each finding, by finding id
   * @param findings the findings now
   * @param lifecycles each incident's lifecycle now, by incident id
   * @param incidents the incidents now (their anchors and members link a finding whose incident
   *     changed id to the finding it continues)
   * @param sourceOf the source id of each observation the findings may rest on
   * @param at the checkpoint the findings were assessed at
   */
  public List<FindingVersion> since(
      SortedMap<String, FindingVersion> latest,
      List<Incident> incidents,
      List<Finding> findings,
      Map<String, IncidentLifecycle> lifecycles,
      Map<ObservationId, String> sourceOf,
      Checkpoint at) {
    Map<String, Anchored> byId = new TreeMap<>();
    incidents.forEach(i -> byId.put(i.id(), new Anchored(IncidentLifecycles.anchor(i), i.members())));
    return since(latest, byId, findings, lifecycles, sourceOf, at);
  }

  /**
   * As {@link #since}, from incident summaries: a summary keeps its members whenever the incident
   * has a finding, which is all this needs of them.
   */
  public List<FindingVersion> sinceSummaries(
      SortedMap<String, FindingVersion> latest,
      List<IncidentSummary> incidents,
      List<Finding> findings,
      Map<String, IncidentLifecycle> lifecycles,
      Map<ObservationId, String> sourceOf,
      Checkpoint at) {
    Map<String, Anchored> byId = new TreeMap<>();
    for (IncidentSummary i : incidents) {
      // a finding's incident always keeps its members; the others are never looked up
      if (i.membersKept()) {
        byId.put(i.id(), new Anchored(i.anchor().hex(), i.members()));
      }
    }
    return since(latest, byId, findings, lifecycles, sourceOf, at);
  }

  /** An incident's anchor and members (sorted by event time then id), all a version needs of it. */
  private record Anchored(String anchor, List<EnrichedObservation> members) {}

  private List<FindingVersion> since(
      SortedMap<String, FindingVersion> latest,
      Map<String, Anchored> byId,
      List<Finding> findings,
      Map<String, IncidentLifecycle> lifecycles,
      Map<ObservationId, String> sourceOf,
      Checkpoint at) {
    TreeMap<String, FindingVersion> out = new TreeMap<>();
    TreeSet<String> present = new TreeSet<>();
    for (Finding f : findings) {
      present.add(f.id());
    }
    // findings gone whose incident lives on under another id (it holds their anchor): their successors continue them
    Map<String, FindingVersion> gone = new TreeMap<>();
    for (FindingVersion was : latest.values()) {
      if (!was.withdrawn() && !present.contains(was.findingId())) {
        gone.put(was.provisionId() + " " + was.anchor(), was);
      }
    }
    TreeMap<String, String> supersededBy = new TreeMap<>();
    for (Finding f : findings) {
      IncidentLifecycle l = lifecycles.get(f.incidentId());
      LifecycleState state = l == null ? LifecycleState.REPORTED : l.state();
      String body = lines.toJson(f, state).toString();
      Anchored inc = byId.get(f.incidentId());
      String anchor = inc == null ? "" : inc.anchor();
      FindingVersion was = latest.get(f.id());
      String supersedes = "";
      if (was == null && inc != null) {
        FindingVersion predecessor = null;
        // members are in event-time order: the predecessor is the one whose anchor came first
        for (EnrichedObservation m : inc.members()) {
          predecessor = gone.remove(f.provisionId() + " " + m.observation().id().hex());
          if (predecessor != null) {
            break;
          }
        }
        if (predecessor != null) {
          was = predecessor;
          supersedes = predecessor.findingId();
          supersededBy.put(predecessor.findingId(), f.id());
        }
      }
      if (was != null && !was.withdrawn() && was.body().equals(body)) {
        continue;
      }
      List<String> evidence = f.evidence().stream().map(ObservationId::hex).toList();
      String change = was == null || was.withdrawn() ? "new" : "changed";
      String why = was == null ? first(f, evidence, sourceOf)
          : was.withdrawn() ? "found again: " + first(f, evidence, sourceOf)
          : changes(was, f, state, evidence, l, sourceOf);
      out.put(f.id(), new FindingVersion(f.id(), 0, f.provisionId(), f.incidentId(), anchor, supersedes, at.entryCount(),
          at.headChainHash(), change, f.grade().code(), state.code(), evidence, why, body));
    }
    for (FindingVersion was : latest.values()) {
      if (!was.withdrawn() && !present.contains(was.findingId())) {
        String successor = supersededBy.get(was.findingId());
        String why = successor != null
            ? "superseded by finding " + successor + ": its incident's id changed as evidence arrived"
            : "withdrawn: no longer found at this checkpoint (its incident merged into another, or the evidence no"
                + " longer supports it)";
        out.put(was.findingId(), new FindingVersion(was.findingId(), 0, was.provisionId(), was.incidentId(), was.anchor(),
            "", at.entryCount(), at.headChainHash(), "withdrawn", was.grade(), was.lifecycle(), was.evidence(), why,
            was.body()));
      }
    }
    return List.copyOf(out.values());
  }

  private static String first(Finding f, List<String> evidence, Map<ObservationId, String> sourceOf) {
    return "first assessed " + f.grade().code() + " on " + observations(evidence, f, sourceOf);
  }

  private static String changes(FindingVersion was, Finding f, LifecycleState state, List<String> evidence,
      IncidentLifecycle l, Map<ObservationId, String> sourceOf) {
    List<String> parts = new ArrayList<>();
    if (!was.grade().equals(f.grade().code())) {
      parts.add("grade " + was.grade() + " -> " + f.grade().code());
    }
    if (!was.lifecycle().equals(state.code())) {
      String because = "";
      if (l != null && !l.history().isEmpty()) {
        LifecycleEvent last = l.history().get(l.history().size() - 1);
        because = " (" + last.explanation() + ")";
      }
      parts.add("lifecycle " + was.lifecycle() + " -> " + state.code() + because);
    }
    TreeSet<String> added = new TreeSet<>(evidence);
    added.removeAll(was.evidence());
    TreeSet<String> removed = new TreeSet<>(was.evidence());
    removed.removeAll(evidence);
    if (!added.isEmpty()) {
      parts.add("evidence added: " + observations(List.copyOf(added), f, sourceOf));
    }
    if (!removed.isEmpty()) {
      parts.add("evidence removed: " + removed.size() + (removed.size() == 1 ? " observation" : " observations"));
    }
    if (parts.isEmpty()) {
      parts.add("attribution, places or explanation revised");
    }
    return String.join("; ", parts);
  }

  /** "2 observations from firms-viirs-snpp, ua-kharkiv-ova (3f2a9c01b7de, 77aa01c2d3e4)". */
  private static String observations(List<String> ids, Finding f, Map<ObservationId, String> sourceOf) {
    TreeSet<String> sources = new TreeSet<>();
    List<String> shortIds = new ArrayList<>();
    for (String id : ids) {
      String s = sourceOf.get(new ObservationId(id));
      if (s != null) {
        sources.add(s);
      }
      shortIds.add(id.substring(0, 12));
    }
    return ids.size() + (ids.size() == 1 ? " observation" : " observations")
        + (sources.isEmpty() ? "" : " from " + String.join(", ", sources)) + " (" + String.join(", ", shortIds) + ")";
  }
}
