package org.trucewatch.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fresh, empty ledger store of one backend for one test, with a way round its append-only
 * triggers so that tamper tests can change what an attacker with database access could.
 */
abstract class LedgerBackend implements AutoCloseable {
  /** The test database unless {@code -Dtrucewatch.test.postgres} or the environment says else. */
  static final String DEFAULT_POSTGRES_URL =
      "jdbc:postgresql://127.0.0.1:5432/trucewatch_test?user=trucewatch&password=trucewatch";

  private static final AtomicLong SCHEMAS = new AtomicLong();

  /** The store URL, as {@code trucewatch run --store} takes it. */
  abstract String store();

  /** Opens the ledger (again). */
  Ledger open(LedgerOptions options) {
    return LedgerStores.open(store(), options);
  }

  /** A connection on which UPDATE and DELETE of entries and checkpoints are let through. */
  abstract Connection tamperConnection() throws SQLException;

  /** Runs SQL statements with the triggers out of the way. */
  void tamper(String... sql) throws SQLException {
    try (Connection c = tamperConnection();
        Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  @Override
  public abstract void close() throws SQLException;

  static LedgerBackend sqlite(Path dir) {
    return new Sqlite(dir.resolve("ledger.sqlite"));
  }

  /** The PostgreSQL test server, in a schema of its own; skips the test when it is unreachable. */
  static LedgerBackend postgres() {
    String url = postgresUrl();
    try (Connection c = DriverManager.getConnection(url)) {
      String schema =
          String.format(Locale.ROOT, "t_%d_%d", ProcessHandle.current().pid(), SCHEMAS.incrementAndGet());
      try (Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        st.execute("CREATE SCHEMA " + schema);
      }
      return new Postgres(url, schema);
    } catch (SQLException e) {
      String why =
          "no PostgreSQL test server at " + PostgresLedger.withoutPassword(url) + " ("
              + e.getMessage() + "); run .ci/postgres-ledger.sh or set -Dtrucewatch.test.postgres";
      // PostgreSQL is a real component of these tests (.ci/run installs and starts it): missing is a failure
      throw new IllegalStateException(why, e);
    }
  }

  static String postgresUrl() {
    String url = System.getProperty("trucewatch.test.postgres");
    if (url == null || url.isBlank()) {
      url = System.getenv("TRUCEWATCH_TEST_POSTGRES");
    }
    return url == null || url.isBlank() ? DEFAULT_POSTGRES_URL : url;
  }

  /** The backend named "sqlite" or "postgresql", for parameterised tests. */
  static LedgerBackend named(String name, Path dir) {
    return name.equals("sqlite") ? sqlite(dir) : postgres();
  }

  private static final class Sqlite extends LedgerBackend {
    private final Path file;

    Sqlite(Path file) {
      this.file = file;
    }

    @Override
    String store() {
      return file.toString();
    }

    @Override
    Connection tamperConnection() throws SQLException {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement st = c.createStatement()) {
        for (String t :
            new String[] {
              "entries_no_update", "entries_no_delete", "checkpoints_no_update",
              "checkpoints_no_delete"
            }) {
          st.execute("DROP TRIGGER IF EXISTS " + t);
        }
      }
      return c;
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
      return "sqlite";
    }
  }

  private static final class Postgres extends LedgerBackend {
    private final String url;
    private final String schema;

    Postgres(String url, String schema) {
      this.url = url;
      this.schema = schema;
    }

    @Override
    String store() {
      return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    @Override
    Connection tamperConnection() throws SQLException {
      Connection c = DriverManager.getConnection(store());
      try (Statement st = c.createStatement()) {
        // The table owner may switch its own triggers off: what a rogue administrator could do.
        st.execute("ALTER TABLE entries DISABLE TRIGGER USER");
        st.execute("ALTER TABLE checkpoints DISABLE TRIGGER USER");
      }
      return c;
    }

    @Override
    public void close() throws SQLException {
      try (Connection c = DriverManager.getConnection(url);
          Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }

    @Override
    public String toString() {
      return "postgresql";
    }
  }
}
