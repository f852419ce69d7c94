package org.trucewatch.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;

/**
 * The embedded evidence ledger: one SQLite file holding every accepted raw input unchanged,
 * append-only and hash-chained (see {@link ChainHash}), with its signed checkpoints.
 *
 * <p>An append returns only after the entry is committed with {@code synchronous=FULL} in WAL
 * mode, so an acknowledged input survives a crash. Entries and checkpoints cannot be updated or
 * deleted through SQL (triggers refuse it); someone who drops the triggers is caught by {@link
 * #verify()} or, if they rewrite the chain consistently, by a signed checkpoint or by {@link
 * #verify(Checkpoint)} against a checkpoint an output cited. One instance is one writer; its
 * methods are synchronized, and {@code BEGIN IMMEDIATE} keeps a second process from forking the
 * chain.
 */
public final class SqliteLedger extends JdbcLedger {
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private final Path file;
  private final Connection connection;
  private boolean closed;

  private SqliteLedger(Path file, LedgerOptions options, Connection connection) {
    super(options);
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the ledger in {@code file} without a signing key (reading, verifying, tests).
   *
   * @see #open(Path, LedgerOptions)
   */
  public static SqliteLedger open(Path file, Clock clock) {
    return open(file, LedgerOptions.readOnly(clock));
  }

  /**
   * Opens the ledger in {@code file}, creating the file and its schema if it does not exist (or
   * is empty) and applying pending migrations. An existing ledger's chain continues.
   *
   * @throws LedgerException naming the file if it is not a Trucewatch ledger, was written by a
   *     newer schema version, or cannot be opened
   */
  public static SqliteLedger open(Path file, LedgerOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new LedgerException(file + ": cannot create the ledger's directory", e);
    }
    if (Files.isDirectory(absolute)) {
      throw new LedgerException(file + " is not a Trucewatch ledger: it is a directory");
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
    } catch (SQLException e) {
      throw new LedgerException(file + ": cannot open the ledger", e);
    }
    try {
      try (Statement st = connection.createStatement()) {
        st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
      }
      LedgerSchema.checkIsLedger(connection, file);
      try (Statement st = connection.createStatement()) {
        // WAL keeps readers and the writer apart; FULL syncs the WAL at every commit, which is
        // what makes a returned append durable.
        st.execute("PRAGMA journal_mode = WAL");
        st.execute("PRAGMA synchronous = FULL");
      }
      LedgerSchema.migrate(connection, file);
      return new SqliteLedger(file, options, connection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof LedgerException) {
        throw (LedgerException) e;
      }
      throw new LedgerException(file + ": cannot open the ledger", e);
    }
  }

  /** The file this ledger lives in, as it was given to {@link #open}. */
  public Path file() {
    return file;
  }

  @Override
  public String location() {
    return file.toString();
  }

  @Override
  synchronized <T> T inWriteTransaction(SqlWork<T> work) throws SQLException {
    // IMMEDIATE takes the write lock before reading the head, so even a second process
    // writing the same file cannot fork the chain.
    return inTransaction("BEGIN IMMEDIATE", work);
  }

  @Override
  synchronized <T> T inReadTransaction(SqlWork<T> work) throws SQLException {
    return inTransaction("BEGIN", work);
  }

  private <T> T inTransaction(String begin, SqlWork<T> work) throws SQLException {
    checkOpen();
    try (Statement st = connection.createStatement()) {
      st.execute(begin);
      try {
        T result = work.run(connection);
        st.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(st, e);
        throw e;
      }
    }
  }

  /** Closes the database; entries already appended are durable whether or not this runs. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not close the ledger", e);
    }
  }

  /** The connection's {@code PRAGMA synchronous} level (2 = FULL), for the durability test. */
  synchronized int synchronousLevel() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA synchronous")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("ledger " + file + " is closed");
    }
  }

  private static void rollbackQuietly(Statement st, Exception failure) {
    try {
      st.execute("ROLLBACK");
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static void closeQuietly(Connection connection, Exception failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
