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
 * @param signedCheckpointsChecked number of signed checkpoints whose signature and head were checked
 * @param signingKeyIds ids of the keys that signed them, sorted
 */
public record VerificationReport(
    long entriesChecked,
    Checkpoint storedHead,
    List<BrokenEntry> broken,
    long signedCheckpointsChecked,
    List<String> signingKeyIds) {
  /** Freezes the lists. */
  public VerificationReport {
    Objects.requireNonNull(storedHead, "storedHead");
    broken = List.copyOf(broken);
    signingKeyIds = List.copyOf(signingKeyIds);
  }

  /** True if every entry's bytes, hashes and links, and every signed checkpoint, check out. */
  public boolean intact() {
    return broken.isEmpty();
  }
}
