package org.trucewatch.core.lifecycle;

/** An analyst action that the incident's current state does not allow, with the reason. */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final LifecycleState from;
  private final ReviewAction action;

  /** The action refused in this state, with a message a user can act on. */
  public IllegalTransitionException(LifecycleState from, ReviewAction action, String message) {
    super(message);
    this.from = from;
    this.action = action;
  }

  /** The state the incident was in. */
  public LifecycleState from() {
    return from;
  }

  /** The action refused. */
  public ReviewAction action() {
    return action;
  }
}
