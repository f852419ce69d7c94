package org.trucewatch.core.lifecycle;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an incident's review history.
 *
 * @param kind what happened
 * @param from the state before
 * @param to the state after (equal to {@code from} for a note or an action not applied)
 * @param review the analyst action, for {@link Kind#ACTION} and {@link Kind#NOT_APPLIED}
 * @param at when: the action's time, or for evidence and merges the time of the action at which
 *     it was noticed; empty when noticed only against the current evidence
 * @param explanation one sentence saying what and why
 */
public record LifecycleEvent(
    Kind kind, LifecycleState from, LifecycleState to, Optional<Review> review, Optional<Instant> at, String explanation) {
  /** What happened. */
  public enum Kind {
    /** An analyst action that was applied. */
    ACTION,
    /** An analyst action the state at its turn did not allow (only in a merged history). */
    NOT_APPLIED,
    /** New evidence sent a reviewed incident back to review. */
    NEW_EVIDENCE,
    /** Incidents reviewed apart, with different verdicts, now form one: back to review. */
    MERGE_CONFLICT;

    /** Lower-case code with dashes, as written in outputs. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Checks the fields. */
  public LifecycleEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(explanation, "explanation");
  }
}
