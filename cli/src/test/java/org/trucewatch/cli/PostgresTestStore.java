package org.trucewatch.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fresh schema on the PostgreSQL test server (see {@code .ci/postgres-ledger.sh}); skips the test
 * when no server is reachable, except under CI, which always starts one.
 */
final class PostgresTestStore {
  static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/trucewatch_test?user=trucewatch&password=trucewatch";
  private static final AtomicLong SCHEMAS = new AtomicLong();

  private PostgresTestStore() {}

  static String freshSchemaUrl() {
    String url = System.getProperty("trucewatch.test.postgres");
    if (url == null || url.isBlank()) {
      url = System.getenv("TRUCEWATCH_TEST_POSTGRES");
    }
    if (url == null || url.isBlank()) {
      url = DEFAULT_URL;
    }
    String schema = String.format(Locale.ROOT, "cli_%d_%d", ProcessHandle.current().pid(), SCHEMAS.incrementAndGet());
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String why = "no PostgreSQL test server at " + url.replaceAll("password=[^&]*", "password=***") + " (" + e.getMessage()
          + "); run .ci/postgres-ledger.sh or set -Dtrucewatch.test.postgres";
      // PostgreSQL is a real component of these tests (.ci/run installs and starts it): missing is a failure
      throw new IllegalStateException(why, e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
  }
}
