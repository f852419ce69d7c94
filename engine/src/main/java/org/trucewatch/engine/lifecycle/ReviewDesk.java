package org.trucewatch.engine.lifecycle;

import java.time.Instant;
import java.util.TreeSet;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.IncidentEvidence;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.core.lifecycle.ReviewTransitions;
import org.trucewatch.engine.ingest.ActionRecord;

/**
 * Checks an analyst's action against an incident's current lifecycle and makes the record to
 * append to the ledger: the one place the server and the command line both go through.
 */
public final class ReviewDesk {
  private ReviewDesk() {}

  /**
   * The record of this action on this incident.
   *
   * @param current the incident's lifecycle now
   * @throws IllegalArgumentException when the analyst or reason is blank (message names the field)
   * @throws IllegalTransitionException when the current state does not allow the action
   */
  public static ActionRecord record(
      Incident incident,
      IncidentLifecycle current,
      ReviewAction action,
      String analyst,
      String role,
      String reason,
      Instant at) {
    IncidentEvidence ev = IncidentLifecycles.evidence(incident);
    String anchor = IncidentLifecycles.anchor(incident);
    TreeSet<String> covers = new TreeSet<>(current.reviewedAnchors());
    covers.add(anchor);
    Review r = new Review(action, analyst, reason == null ? "" : reason.strip(), at, incident.id(), anchor, covers,
        ev.supporting(), ev.contradicting());
    ReviewTransitions.next(current.state(), action, ev.automatic());
    return ActionRecord.of(r, role);
  }
}
