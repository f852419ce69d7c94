package org.trucewatch.core.lifecycle;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where an incident stands in review and how it got there.
 *
 * @param incidentId the incident
 * @param state its state now
 * @param history every step, oldest first
 * @param reviewedAnchors the anchors of the incident's members that analyst actions have set a
 *     state for; a new action covers them all
 */
public record IncidentLifecycle(
    String incidentId, LifecycleState state, List<LifecycleEvent> history, SortedSet<String> reviewedAnchors) {
  /** Checks and freezes the fields. */
  public IncidentLifecycle {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(state, "state");
    history = List.copyOf(history);
    reviewedAnchors = Collections.unmodifiableSortedSet(new TreeSet<>(reviewedAnchors));
  }

  /** An incident no analyst has acted on: its automatic state, no history. */
  public static IncidentLifecycle unreviewed(IncidentEvidence evidence) {
    return new IncidentLifecycle(evidence.incidentId(), evidence.automatic(), List.of(), new TreeSet<>());
  }

  /** Whether any analyst action or evidence re-assessment is in its history. */
  public boolean hasHistory() {
    return !history.isEmpty();
  }
}
