package org.trucewatch.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The server evidence ledger on PostgreSQL 15 (with PostGIS 3 for the query store), for several
 * writers and readers: the same entries, chain and signed checkpoints as {@link SqliteLedger}.
 *
 * <p>The schema is created and migrated by Flyway from {@code org/trucewatch/ledger/postgresql/}.
 * An append holds a transaction-scoped advisory lock from before it reads the head, so writers in
 * any number of processes never fork the chain; it commits with {@code synchronous_commit = on}
 * (the WAL is flushed to disk before the commit returns), so an acknowledged input survives a
 * crash of the client or of the server. Triggers refuse UPDATE, DELETE and TRUNCATE.
 */
public final class PostgresLedger extends JdbcLedger {
  /** "TWLG": the advisory lock every writer of a ledger takes. */
  private static final long WRITER_LOCK = 0x54574C47L;

  private final String location;
  private final HikariDataSource pool;

  private PostgresLedger(String location, LedgerOptions options, HikariDataSource pool) {
    super(options);
    this.location = location;
    this.pool = pool;
  }

  /**
   * Opens (and creates or migrates) the ledger in the database {@code jdbcUrl} names, e.g. {@code
   * jdbc:postgresql://127.0.0.1:5432/trucewatch?user=tw&password=...}; a {@code currentSchema}
   * parameter puts it in that schema (which must exist).
   *
   * @throws LedgerException naming the URL (without its password) if the server cannot be
   *     reached or the schema cannot be migrated
   */
  public static PostgresLedger open(String jdbcUrl, LedgerOptions options) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(options, "options");
    String location = withoutPassword(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(4);
    config.setPoolName("trucewatch-ledger");
    config.setConnectionTimeout(10_000);
    // Durability of an acknowledged append rests on this, whatever the server's default.
    config.setConnectionInitSql("SET synchronous_commit = on");
    // Sends a JDBC batch of inserts as multi-row INSERTs: fewer round trips per appendAll.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new LedgerException(location + ": cannot connect to the ledger database (" + rootMessage(e) + ")", e);
    }
    try {
      migrate(pool);
      return new PostgresLedger(location, options, pool);
    } catch (FlywayException e) {
      pool.close();
      throw new LedgerException(location + ": could not create or migrate the ledger schema (" + rootMessage(e) + ")", e);
    }
  }

  private static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:org/trucewatch/ledger/postgresql")
        .table("schema_version")
        .loggers("slf4j")
        .load()
        .migrate();
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  <T> T inWriteTransaction(SqlWork<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
          lock.setLong(1, WRITER_LOCK);
          lock.execute();
        }
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  @Override
  <T> T inReadTransaction(SqlWork<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      // One snapshot for the whole read, e.g. checkpoints and entries of one verification.
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        c.setAutoCommit(true);
      }
    }
  }

  /** The connection pool, for the query store that shares the database. */
  DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }

  /** The URL with any {@code password=} parameter blanked, for messages and logs. */
  static String withoutPassword(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static void rollbackQuietly(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
