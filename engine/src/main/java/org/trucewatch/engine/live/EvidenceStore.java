package org.trucewatch.engine.live;

import java.util.List;
import org.trucewatch.ledger.AppendResult;
import java.util.SortedMap;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.ledger.LedgerEntry;

/**
 * Where the live server keeps what it is sent: an append-only, hash-chained store of raw inputs.
 * The embedded default is {@link SqliteEvidenceStore}; {@link LedgerEvidenceStore} serves either
 * ledger backend (SQLite or PostgreSQL) behind this interface without the server noticing.
 *
 * <p>Implementations are thread-safe. {@link #append} returns only once the entry is durable, so
 * an acknowledgement given after it can never be lost.
 */
public interface EvidenceStore extends AutoCloseable {
  /**
   * Stores the bytes as the next entry, or points at the entry that already holds the same bytes.
   *
   * @throws IllegalArgumentException if the name or format is not allowed
   */
  AppendResult append(String name, String format, byte[] raw);

  /** The entries with a sequence number greater than {@code seq}, in sequence order. */
  List<LedgerEntry> entriesAfter(long seq);

  /** The raw bytes of the entry {@code seq}. */
  byte[] raw(long seq);

  /** The head of the chain: how many entries and the last chain hash. */
  Checkpoint checkpoint();

  /**
   * Appends new versions of findings (see {@link org.trucewatch.ledger.Ledger#recordFindingVersions});
   * returns those stored.
   */
  List<FindingVersion> recordFindingVersions(List<FindingVersion> versions);

  /** Every version of the finding, oldest first. */
  List<FindingVersion> findingVersions(String findingId);

  /** The latest version of every finding, by finding id. */
  SortedMap<String, FindingVersion> latestFindingVersions();

  /** A short description of where the store lives, for logs and {@code /health}. */
  String describe();

  /** Closes the store; idempotent. */
  @Override
  void close();
}
