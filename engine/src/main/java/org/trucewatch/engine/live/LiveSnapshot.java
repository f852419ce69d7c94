package org.trucewatch.engine.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.formats.Reject;
import org.trucewatch.ledger.Checkpoint;

/**
 * What the live monitor knows after reading the ledger up to a checkpoint: immutable, so request
 * handlers read it without locks while the next one is computed.
 *
 * @param checkpoint the ledger head it rests on
 * @param incidents incidents, sorted by start then id
 * @param findings findings, sorted by time then id
 * @param actions every action record, in ledger order
 * @param sources the source registry in force
 * @param rejects what could not be read, in ledger order
 * @param observations every distinct observation, sorted by event time then id
 */
public record LiveSnapshot(
    Checkpoint checkpoint,
    List<Incident> incidents,
    List<Finding> findings,
    List<ActionRecord> actions,
    SourceDirectory sources,
    List<Reject> rejects,
    List<org.trucewatch.core.observation.Observation> observations) {
  /** The snapshot of an empty ledger. */
  public static LiveSnapshot empty(SourceDirectory sources) {
    return new LiveSnapshot(Checkpoint.EMPTY, List.of(), List.of(), List.of(), sources, List.of(), List.of());
  }

  /** Freezes the lists. */
  public LiveSnapshot {
    incidents = List.copyOf(incidents);
    findings = List.copyOf(findings);
    actions = List.copyOf(actions);
    rejects = List.copyOf(rejects);
    observations = List.copyOf(observations);
  }

  /** The incident with this id. O(n). */
  public Optional<Incident> incident(String id) {
    for (Incident i : incidents) {
      if (i.id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Findings grouped by incident id, each group in snapshot order; keys sorted. */
  public Map<String, List<Finding>> findingsByIncident() {
    TreeMap<String, List<Finding>> m = new TreeMap<>();
    for (Finding f : findings) {
      m.computeIfAbsent(f.incidentId(), k -> new ArrayList<>()).add(f);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The analysts' triage actions on this incident, in ledger order. */
  public List<ActionRecord> triageOf(String incidentId) {
    List<ActionRecord> out = new ArrayList<>();
    for (ActionRecord a : actions) {
      if (a.isTriage() && a.subject().equals(incidentId)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The analysts' verdict on an incident: the last confirm or dispute, or {@code unreviewed}.
   * Notes do not change it.
   */
  public String review(String incidentId) {
    String verdict = "unreviewed";
    for (ActionRecord a : triageOf(incidentId)) {
      if (a.action().equals("confirm")) {
        verdict = "confirmed";
      } else if (a.action().equals("dispute")) {
        verdict = "disputed";
      }
    }
    return verdict;
  }
}
