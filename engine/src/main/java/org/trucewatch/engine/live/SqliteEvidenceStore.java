package org.trucewatch.engine.live;

import java.nio.file.Path;
import java.time.Clock;
import org.trucewatch.ledger.SqliteLedger;

/** The embedded evidence store: the SQLite ledger in one file. */
public final class SqliteEvidenceStore extends LedgerEvidenceStore {
  private SqliteEvidenceStore(SqliteLedger ledger) {
    super(ledger);
  }

  /** Opens (creating when absent) the ledger file; the clock stamps entries' receipt time. */
  public static SqliteEvidenceStore open(Path file, Clock clock) {
    return new SqliteEvidenceStore(SqliteLedger.open(file, clock));
  }
}
