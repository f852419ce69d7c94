package org.trucewatch.ledger;

import java.util.List;

/**
 * A ledger as a reader sees it, wherever it is held: a live store ({@link Ledger}) or an exported
 * bundle ({@link LedgerBundle}). Everything the pipeline's replay and {@code trucewatch verify}
 * need, and nothing that writes.
 */
public interface LedgerView {
  /** Where the ledger lives, for messages: a file path or a JDBC URL without credentials. */
  String location();

  /** Every entry, in seq order, without the raw bytes. */
  List<LedgerEntry> entries();

  /**
   * The raw bytes of entry {@code seq}, exactly as appended.
   *
   * @throws LedgerException naming the ledger if there is no such entry
   */
  byte[] raw(long seq);

  /**
   * The bytes of entry {@code seq}, exactly as appended, as a stream: a large entry is not held
   * whole. As they are read they are hashed, and at the end of the stream they must have the
   * SHA-256 and length the entry records, or the read fails with a {@link LedgerException} naming
   * the ledger, the entry's seq and its name (a damaged or tampered store). A caller that stops
   * before the end gets no such check. The caller closes the stream.
   *
   * @throws LedgerException naming the ledger if there is no such entry
   */
  java.io.InputStream open(long seq);

  /** The current head: how many entries there are and the last one's chain hash. */
  Checkpoint checkpoint();

  /** Every stored signed checkpoint, by entry count then key id. */
  List<SignedCheckpoint> signedCheckpoints();

  /**
   * Re-checks the whole stored ledger: seqs are gap-free from 1, every entry's bytes hash to its
   * recorded sha256 and size, every entry links to the previous entry's chain hash, every chain
   * hash matches the one recomputed from its fields, and every stored signed checkpoint's
   * signature is valid and its head is on the chain. Also checks a cited checkpoint and a trusted
   * key when given. Reports problems, never throws on them.
   *
   * @param cited a checkpoint an output cited, or null
   * @param trusted the only key checkpoints may be signed with, or null to accept the stored keys
   *     (the report lists their ids, to compare with the one the deployment publishes)
   */
  VerificationReport verify(Checkpoint cited, LedgerPublicKey trusted);

  /** {@link #verify(Checkpoint, LedgerPublicKey)} with no cited checkpoint and no trusted key. */
  default VerificationReport verify() {
    return verify(null, null);
  }

  /**
   * Also checks that the stored chain passes through {@code cited}: an attacker who rewrites
   * entries and all later chain hashes consistently still changes the chain hash at a checkpoint
   * an earlier output cited.
   */
  default VerificationReport verify(Checkpoint cited) {
    return verify(java.util.Objects.requireNonNull(cited, "cited"), null);
  }
}
