package org.trucewatch.engine.lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.TreeSet;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.IncidentEvidence;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.core.lifecycle.ReviewTransitions;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.ledger.AppendResult;

/**
 * The review of incidents: checks an analyst's action against an incident's current lifecycle and
 * appends its record to the ledger. The one service the server's review route and {@code
 * trucewatch review} (through {@link LedgerReviews}) both go through.
 */
public final class ReviewDesk {
  private final Appender ledger;

  /** Where the records go: a ledger's or an evidence store's {@code append}. */
  @FunctionalInterface
  public interface Appender {
    /** Stores the bytes as the next entry (see {@link org.trucewatch.ledger.Ledger#append}). */
    AppendResult append(String name, String format, byte[] raw);
  }

  /**
   * An action as recorded.
   *
   * @param action the record appended
   * @param entry the ledger entry that holds it
   */
  public record Recorded(ActionRecord action, AppendResult entry) {}

  /** A desk appending to {@code ledger}. */
  public ReviewDesk(Appender ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  /**
   * Checks the action against the incident's lifecycle and appends its record.
   *
   * @param current the incident's lifecycle now
   * @param role the role the analyst acts in
   * @throws IllegalArgumentException when the analyst or reason is blank (message names the field)
   * @throws IllegalTransitionException when the current state does not allow the action; nothing
   *     is appended
   */
  public Recorded act(
      Incident incident,
      IncidentLifecycle current,
      ReviewAction action,
      String analyst,
      String role,
      String reason,
      Instant at) {
    ActionRecord a = record(incident, current, action, analyst, role, reason, at);
    return new Recorded(a, ledger.append(a.entryName(), ActionRecord.FORMAT, a.toBytes()));
  }

  private static ActionRecord record(
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
