package org.trucewatch.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One raw input as the ledger holds it. The bytes themselves are read with {@link
 * LedgerView#raw(long)}, or as a stream checked against {@code sha256} with {@link
 * LedgerView#open(long)}.
 *
 * @param seq position in the ledger, 1-based and gap-free
 * @param name the name the input came in under, e.g. its path relative to the input root
 * @param format the input's format, e.g. {@code firms-csv}
 * @param sha256 lower-case hex SHA-256 of the raw bytes
 * @param sizeBytes length of the raw bytes
 * @param previousChainHash chain hash of entry {@code seq - 1}, {@link ChainHash#GENESIS} for seq 1
 * @param chainHash this entry's chain hash, see {@link ChainHash}
 * @param receivedAt when the ledger accepted the input; metadata only, in no hash
 */
public record LedgerEntry(
    long seq,
    String name,
    String format,
    String sha256,
    long sizeBytes,
    String previousChainHash,
    String chainHash,
    Instant receivedAt) {
  /** Checks that no field is missing; content is checked by {@link SqliteLedger#verify()}. */
  public LedgerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(previousChainHash, "previousChainHash");
    Objects.requireNonNull(chainHash, "chainHash");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** The checkpoint this entry is the head of. */
  public Checkpoint checkpoint() {
    return new Checkpoint(seq, chainHash);
  }
}
