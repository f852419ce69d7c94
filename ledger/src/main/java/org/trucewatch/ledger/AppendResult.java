package org.trucewatch.ledger;

import java.util.Objects;

/**
 * What {@link SqliteLedger#append} did with an input.
 *
 * @param entry the entry holding the input's bytes: the new one, or the one that already held them
 * @param alreadyHeld true if the same bytes were already in the ledger and nothing was written
 */
public record AppendResult(LedgerEntry entry, boolean alreadyHeld) {
  /** Checks the fields. */
  public AppendResult {
    Objects.requireNonNull(entry, "entry");
  }
}
