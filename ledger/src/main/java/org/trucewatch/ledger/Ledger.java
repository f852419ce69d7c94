package org.trucewatch.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The evidence ledger, whatever stores it: every accepted raw input, unchanged, append-only and
 * hash-chained (see {@link ChainHash}), with checkpoints signed by the deployment's key (see
 * {@link SignedCheckpoint}). Implementations: {@link SqliteLedger} (embedded, one file) and
 * {@link PostgresLedger} (server). Both give the same chain for the same inputs.
 *
 * <p>Every append returns only once its entry is durable: an acknowledged input survives a crash.
 * Nothing is ever updated or deleted; corrections and analyst actions are new entries.
 */
public interface Ledger extends LedgerView, AutoCloseable {
  /**
   * Stores an input's raw bytes as the next entry and returns once the entry is durable. Bytes
   * the ledger already holds are not stored again: the result then points at the entry that holds
   * them (with that entry's name and format) and {@link AppendResult#alreadyHeld()} is true.
   *
   * @param name the name the input came in under, e.g. its path relative to the input root with
   *     {@code /} separators; no control characters
   * @param format the input's format, e.g. {@code firms-csv}: lower-case letters, digits, {@code
   *     . _ -}, at most 64 characters
   * @param raw the input's bytes, stored unchanged
   * @throws IllegalArgumentException if name or format is not allowed
   * @throws LedgerException naming the ledger if the entry could not be written; nothing was stored
   */
  AppendResult append(String name, String format, byte[] raw);

  /**
   * Appends several inputs in one transaction, synced once: all are durable when this returns,
   * or none was stored. Results are in input order; repeats within the batch are held once.
   */
  List<AppendResult> appendAll(List<LedgerInput> inputs);

  /**
   * Signs the current head with the deployment key and stores the signature, unless the head is
   * already signed by that key; returns the signed checkpoint.
   *
   * @throws IllegalStateException if the ledger was opened without a key (read-only use)
   */
  SignedCheckpoint signCheckpoint();

  /** The key this ledger signs with, if it was opened with one. */
  Optional<LedgerPublicKey> signingKey();

  /**
   * Appends versions of findings to {@code finding_versions}, in one transaction: each gets the
   * next version number of its finding, unless it says exactly what the finding's latest version
   * says (same body, same withdrawn or not), which is skipped. Returns the versions stored.
   * Nothing is updated or deleted.
   *
   * @throws LedgerException naming the ledger if they could not be written; none was stored
   */
  List<FindingVersion> recordFindingVersions(List<FindingVersion> versions);

  /**
   * Every version of the finding, oldest first, preceded by those of the findings it superseded
   * (see {@link FindingVersion#supersedes}); empty when the ledger has none.
   */
  List<FindingVersion> findingVersions(String findingId);

  /** The latest version of every finding the ledger has versions of, by finding id. */
  java.util.SortedMap<String, FindingVersion> latestFindingVersions();

  /** Closes the store; entries already appended are durable whether or not this runs. */
  @Override
  void close();
}
