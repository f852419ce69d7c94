package org.trucewatch.engine.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;
import org.trucewatch.ledger.SqliteLedger;

/**
 * The evidence store on any {@link Ledger}: the embedded SQLite ledger or the PostgreSQL server
 * ledger, as {@link LedgerStores} opens them. Appends are the ledger's, so they return only once
 * the entry is durable (SQLite synced, PostgreSQL's WAL flushed at commit).
 */
public class LedgerEvidenceStore implements EvidenceStore {
  private final Ledger ledger;

  /** Serves the given ledger, which this store closes. */
  public LedgerEvidenceStore(Ledger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  /**
   * Opens (creating or migrating) the ledger a store URL names: a SQLite file path, {@code
   * jdbc:sqlite:PATH}, or {@code jdbc:postgresql://...} ({@code postgresql://...} too); the clock
   * stamps entries' receipt time only.
   *
   * @throws IllegalArgumentException for a store URL of an unsupported database
   * @throws org.trucewatch.ledger.LedgerException naming the store if it cannot be opened
   */
  public static LedgerEvidenceStore open(String store, Clock clock) {
    return new LedgerEvidenceStore(LedgerStores.open(store, LedgerOptions.readOnly(clock)));
  }

  @Override
  public AppendResult append(String name, String format, byte[] raw) {
    return ledger.append(name, format, raw);
  }

  @Override
  public List<LedgerEntry> entriesAfter(long seq) {
    // The ledger lists every entry; the live server reads only the tail, so filter here.
    List<LedgerEntry> out = new ArrayList<>();
    for (LedgerEntry e : ledger.entries()) {
      if (e.seq() > seq) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public byte[] raw(long seq) {
    return ledger.raw(seq);
  }

  @Override
  public Checkpoint checkpoint() {
    return ledger.checkpoint();
  }

  @Override
  public List<FindingVersion> recordFindingVersions(List<FindingVersion> versions) {
    return ledger.recordFindingVersions(versions);
  }

  @Override
  public List<FindingVersion> findingVersions(String findingId) {
    return ledger.findingVersions(findingId);
  }

  @Override
  public java.util.SortedMap<String, FindingVersion> latestFindingVersions() {
    return ledger.latestFindingVersions();
  }

  @Override
  public String describe() {
    // A PostgreSQL location is already a jdbc:postgresql: URL (without its password).
    return ledger instanceof SqliteLedger ? "sqlite:" + ledger.location() : ledger.location();
  }

  @Override
  public void close() {
    ledger.close();
  }
}
