package org.trucewatch.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of re-checking a ledger: how much was checked, the head it stores, and every
 * problem found, in seq order.
 *
 * @param entriesChecked number of stored entries read
 * @param storedHead the checkpoint of the last stored entry, as stored
 * @param broken problems found, empty if the ledger is intact
 */
public record VerificationReport(
    long entriesChecked, Checkpoint storedHead, List<BrokenEntry> broken) {
  /** Freezes the list. */
  public VerificationReport {
    Objects.requireNonNull(storedHead, "storedHead");
    broken = List.copyOf(broken);
  }

  /** True if every entry's bytes, hashes and links check out. */
  public boolean intact() {
    return broken.isEmpty();
  }
}
