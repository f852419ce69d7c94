package org.trucewatch.engine.live;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.SqliteLedger;

/** The embedded evidence store: the SQLite ledger in one file. */
public final class SqliteEvidenceStore implements EvidenceStore {
  private final SqliteLedger ledger;

  private SqliteEvidenceStore(SqliteLedger ledger) {
    this.ledger = ledger;
  }

  /** Opens (creating when absent) the ledger file; the clock stamps entries' receipt time. */
  public static SqliteEvidenceStore open(Path file, Clock clock) {
    return new SqliteEvidenceStore(SqliteLedger.open(file, clock));
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
  public String describe() {
    return "sqlite:" + ledger.file();
  }

  @Override
  public void close() {
    ledger.close();
  }
}
