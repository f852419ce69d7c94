package org.trucewatch.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ledger's SQLite schema and its migrations. A file is recognised as a ledger by its SQLite
 * {@code application_id}; its schema version is the highest row of {@code schema_version}.
 * Later features add a {@link Migration} at the end of {@link #MIGRATIONS}; released ones never
 * change.
 */
final class LedgerSchema {
  /** "TWLG" in ASCII, stored in the SQLite header so tools (and we) can tell a ledger apart. */
  static final int APPLICATION_ID = 0x54574C47;

  /** One step of the schema, applied once, in order, in one transaction with its version row. */
  record Migration(int version, String description, List<String> statements) {}

  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "entries: append-only, hash-chained raw inputs",
              List.of(
                  "CREATE TABLE entries ("
                      + " seq INTEGER PRIMARY KEY CHECK (seq >= 1),"
                      + " name TEXT NOT NULL,"
                      + " format TEXT NOT NULL,"
                      + " sha256 TEXT NOT NULL UNIQUE,"
                      + " size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),"
                      + " previous_chain_hash TEXT NOT NULL,"
                      + " chain_hash TEXT NOT NULL,"
                      + " received_at TEXT NOT NULL,"
                      // Last, so that reading the other columns never touches the blob's pages.
                      + " raw BLOB NOT NULL)",
                  "CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries BEGIN"
                      + " SELECT RAISE(ABORT, 'trucewatch ledger is append-only: UPDATE of entries"
                      + " refused'); END",
                  "CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries BEGIN"
                      + " SELECT RAISE(ABORT, 'trucewatch ledger is append-only: DELETE of entries"
                      + " refused'); END")),
          new Migration(
              2,
              "checkpoints: signed with the deployment's Ed25519 key, append-only",
              List.of(
                  "CREATE TABLE checkpoints ("
                      + " entry_count INTEGER NOT NULL CHECK (entry_count >= 0),"
                      + " head_chain_hash TEXT NOT NULL,"
                      + " key_id TEXT NOT NULL,"
                      + " public_key TEXT NOT NULL,"
                      + " signature TEXT NOT NULL,"
                      + " PRIMARY KEY (entry_count, key_id))",
                  "CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints BEGIN"
                      + " SELECT RAISE(ABORT, 'trucewatch ledger is append-only: UPDATE of"
                      + " checkpoints refused'); END",
                  "CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints BEGIN"
                      + " SELECT RAISE(ABORT, 'trucewatch ledger is append-only: DELETE of"
                      + " checkpoints refused'); END")),
          new Migration(
              3,
              "finding_versions: every version of every finding, append-only",
              List.of(
                  "CREATE TABLE finding_versions ("
                      + " finding_id TEXT NOT NULL,"
                      + " version INTEGER NOT NULL CHECK (version >= 1),"
                      + " provision TEXT NOT NULL,"
                      + " incident_id TEXT NOT NULL,"
                      + " anchor TEXT NOT NULL,"
                      + " supersedes TEXT NOT NULL,"
                      + " entry_count INTEGER NOT NULL CHECK (entry_count >= 0),"
                      + " head_chain_hash TEXT NOT NULL,"
                      + " change TEXT NOT NULL,"
                      + " grade TEXT NOT NULL,"
                      + " lifecycle TEXT NOT NULL,"
                      + " evidence TEXT NOT NULL,"
                      + " why TEXT NOT NULL,"
                      + " body TEXT NOT NULL,"
                      + " PRIMARY KEY (finding_id, version))",
                  "CREATE TRIGGER finding_versions_no_update BEFORE UPDATE ON finding_versions BEGIN"
                      + " SELECT RAISE(ABORT, 'trucewatch ledger is append-only: UPDATE of"
                      + " finding_versions refused'); END",
                  "CREATE TRIGGER finding_versions_no_delete BEFORE DELETE ON finding_versions BEGIN"
                      + " SELECT RAISE(ABORT, 'trucewatch ledger is append-only: DELETE of"
                      + " finding_versions refused'); END")));

  /** The schema version this build writes and reads. */
  static final int LATEST_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

  private LedgerSchema() {}

  /**
   * Refuses a file that is not a ledger, or is one from a newer build, before anything is written
   * to it: a foreign database must come out of this exactly as it went in.
   */
  static void checkIsLedger(Connection connection, Path file) {
    int applicationId;
    List<String> objects;
    try (Statement st = connection.createStatement()) {
      applicationId = intOf(st, "PRAGMA application_id");
      objects = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")) {
        while (rs.next()) {
          objects.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new LedgerException(
          file + " is not a Trucewatch ledger: it cannot be read as an SQLite database ("
              + e.getMessage() + ")",
          e);
    }
    boolean empty = applicationId == 0 && objects.isEmpty();
    if (empty) {
      return;
    }
    if (applicationId != APPLICATION_ID) {
      String what =
          applicationId != 0
              ? String.format(Locale.ROOT, "application_id 0x%08X", applicationId)
              : "tables " + String.join(", ", objects);
      throw new LedgerException(
          file + " is not a Trucewatch ledger: it is an SQLite database of something else ("
              + what + ")");
    }
    if (!objects.contains("schema_version")) {
      throw new LedgerException(
          file + " is a damaged Trucewatch ledger: its schema_version table is missing");
    }
    int version = storedVersion(connection, file);
    if (version > LATEST_VERSION) {
      throw new LedgerException(
          file + " was written by a newer Trucewatch: ledger schema version " + version
              + ", this build reads up to version " + LATEST_VERSION);
    }
  }

  /** Creates the schema on an empty file, or brings an older one up to {@link #LATEST_VERSION}. */
  static void migrate(Connection connection, Path file) {
    try (Statement st = connection.createStatement()) {
      // IMMEDIATE: a second process opening the same new file waits here, then sees our work.
      st.execute("BEGIN IMMEDIATE");
      try {
        st.execute("PRAGMA application_id = " + APPLICATION_ID);
        st.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
                + " version INTEGER PRIMARY KEY, description TEXT NOT NULL)");
        int current = storedVersion(connection, file);
        for (Migration migration : MIGRATIONS) {
          if (migration.version() <= current) {
            continue;
          }
          for (String sql : migration.statements()) {
            st.execute(sql);
          }
          try (var insert =
              connection.prepareStatement(
                  "INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.executeUpdate();
          }
        }
        st.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        st.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not create or migrate the ledger schema", e);
    }
  }

  private static int storedVersion(Connection connection, Path file) {
    try (Statement st = connection.createStatement()) {
      return intOf(st, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not read the ledger schema version", e);
    }
  }

  private static int intOf(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
