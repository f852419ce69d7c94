package org.trucewatch.engine.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleEvent;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.lifecycle.IncidentLifecycles;
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
 * @param lifecycles each incident's review lifecycle, by incident id
 * @param tracks the vessel tracks in the observations, ascending MMSI (as {@code run} writes them
 *     to {@code tracks.geojson})
 */
public record LiveSnapshot(
    Checkpoint checkpoint,
    List<Incident> incidents,
    List<Finding> findings,
    List<ActionRecord> actions,
    SourceDirectory sources,
    List<Reject> rejects,
    List<org.trucewatch.core.observation.Observation> observations,
    SortedMap<String, IncidentLifecycle> lifecycles,
    List<VesselTrack> tracks) {
  /** The snapshot of an empty ledger. */
  public static LiveSnapshot empty(SourceDirectory sources) {
    return new LiveSnapshot(Checkpoint.EMPTY, List.of(), List.of(), List.of(), sources, List.of(), List.of(), new TreeMap<>(), List.of());
  }

  /** Freezes the lists. */
  public LiveSnapshot {
    incidents = List.copyOf(incidents);
    findings = List.copyOf(findings);
    actions = List.copyOf(actions);
    rejects = List.copyOf(rejects);
    observations = List.copyOf(observations);
    lifecycles = Collections.unmodifiableSortedMap(new TreeMap<>(lifecycles));
    tracks = List.copyOf(tracks);
  }

  /**
   * The incident's lifecycle; for an id the snapshot does not hold, empty.
   */
  public Optional<IncidentLifecycle> lifecycle(String incidentId) {
    return Optional.ofNullable(lifecycles.get(incidentId));
  }

  /** Each incident's lifecycle state, by incident id. */
  public SortedMap<String, LifecycleState> lifecycleStates() {
    return IncidentLifecycles.states(lifecycles);
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

  /**
   * The analysts' actions that concern this incident (through its anchor, or any incident merged
   * into it), in ledger order.
   */
  public List<Review> reviewsOf(String incidentId) {
    List<Review> out = new ArrayList<>();
    lifecycle(incidentId).ifPresent(l -> {
      for (LifecycleEvent e : l.history()) {
        e.review().ifPresent(out::add);
      }
    });
    return out;
  }

  /**
   * The analysts' verdict on an incident: its lifecycle state when an analyst set it (confirmed,
   * disputed, closed), else {@code unreviewed}.
   */
  public String review(String incidentId) {
    return lifecycle(incidentId).map(IncidentLifecycle::state).filter(LifecycleState::isVerdict)
        .map(LifecycleState::code).orElse("unreviewed");
  }
}
