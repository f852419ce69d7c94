package org.trucewatch.core.lifecycle;

/**
 * Which analyst action is legal in which state, and where it leads.
 *
 * <pre>
 *              confirm          dispute          close         reopen          note
 * reported     confirmed        disputed         refused       refused         reported
 * corroborated confirmed        disputed         refused       refused         corroborated
 * confirmed    refused          disputed         closed        automatic       confirmed
 * disputed     confirmed        refused          closed        automatic       disputed
 * closed       refused          refused          refused       automatic       closed
 * </pre>
 *
 * "automatic" is reported or corroborated, whichever the incident's corroboration gives. A
 * verdict can be changed (confirmed to disputed and back, with a reason) but not repeated; an
 * incident is closed only after a verdict; a closed incident takes no verdict until reopened.
 */
public final class ReviewTransitions {
  private ReviewTransitions() {}

  /**
   * The state after the action.
   *
   * @param from the current state
   * @param action what the analyst does
   * @param automatic the state corroboration alone gives (reported or corroborated), used when
   *     the action sends the incident back to review
   * @throws IllegalTransitionException when the action is not allowed in {@code from}
   */
  public static LifecycleState next(LifecycleState from, ReviewAction action, LifecycleState automatic) {
    if (automatic.isVerdict()) {
      throw new IllegalArgumentException("automatic must be reported or corroborated, not " + automatic.code());
    }
    switch (action) {
      case NOTE:
        return from;
      case CONFIRM:
        if (from == LifecycleState.CONFIRMED) {
          throw refused(from, action, "it is already confirmed");
        }
        if (from == LifecycleState.CLOSED) {
          throw refused(from, action, "it is closed; reopen it first");
        }
        return LifecycleState.CONFIRMED;
      case DISPUTE:
        if (from == LifecycleState.DISPUTED) {
          throw refused(from, action, "it is already disputed");
        }
        if (from == LifecycleState.CLOSED) {
          throw refused(from, action, "it is closed; reopen it first");
        }
        return LifecycleState.DISPUTED;
      case CLOSE:
        if (from == LifecycleState.CLOSED) {
          throw refused(from, action, "it is already closed");
        }
        if (!from.isVerdict()) {
          throw refused(from, action, "it has no verdict; confirm or dispute it before closing");
        }
        return LifecycleState.CLOSED;
      case REOPEN:
        if (!from.isVerdict()) {
          throw refused(from, action, "it is already open for review");
        }
        return automatic;
      default:
        throw new IllegalStateException("unhandled action " + action);
    }
  }

  private static IllegalTransitionException refused(LifecycleState from, ReviewAction action, String why) {
    return new IllegalTransitionException(from, action,
        "cannot " + action.code() + " an incident that is " + from.code() + ": " + why);
  }
}
