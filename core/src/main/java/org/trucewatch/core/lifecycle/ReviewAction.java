package org.trucewatch.core.lifecycle;

import java.util.Locale;

/** What an analyst can do to an incident; every action carries a reason. */
public enum ReviewAction {
  /** Judge that it happened as the evidence shows. */
  CONFIRM,
  /** Judge that the evidence does not bear it out. */
  DISPUTE,
  /** Finish with a confirmed or disputed incident. */
  CLOSE,
  /** Withdraw a verdict or a closure: the incident goes back to review. */
  REOPEN,
  /** Add a remark without changing the state. */
  NOTE;

  /** The lower-case code used in the ledger, the API and the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the action can change the state (every action but a note). */
  public boolean changesState() {
    return this != NOTE;
  }

  /**
   * The action with this code.
   *
   * @throws IllegalArgumentException naming the known codes
   */
  public static ReviewAction fromCode(String code) {
    for (ReviewAction a : values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown action '" + code + "'; known are confirm, dispute, close, reopen, note");
  }
}
