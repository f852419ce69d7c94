package org.trucewatch.ledger;

import java.util.Objects;

/**
 * One thing wrong with the stored ledger, found by {@link SqliteLedger#verify()}.
 *
 * @param seq the entry at fault (for a gap, the first missing seq)
 * @param reason what is wrong, with the values that disagree
 */
public record BrokenEntry(long seq, String reason) {
  /** Checks the fields. */
  public BrokenEntry {
    Objects.requireNonNull(reason, "reason");
  }

  /** "entry 7: reason", as the verify command prints it. */
  @Override
  public String toString() {
    return "entry " + seq + ": " + reason;
  }
}
