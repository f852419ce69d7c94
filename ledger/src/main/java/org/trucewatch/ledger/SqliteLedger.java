package org.trucewatch.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The embedded evidence ledger: one SQLite file holding every accepted raw input unchanged,
 * append-only and hash-chained (see {@link ChainHash}).
 *
 * <p>{@link #append} returns only after the entry is committed with {@code synchronous=FULL}, so
 * an acknowledged input survives a crash. Entries cannot be updated or deleted through SQL
 * (triggers refuse it); someone who drops the triggers is caught by {@link #verify()} or, if they
 * rewrite the chain consistently, by {@link #verify(Checkpoint)} against a checkpoint an output
 * cited. One instance is one writer; its methods are synchronized.
 */
public final class SqliteLedger implements AutoCloseable {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final String ENTRY_COLUMNS =
      "seq, name, format, sha256, size_bytes, previous_chain_hash, chain_hash, received_at";

  private final Path file;
  private final Clock clock;
  private final Connection connection;
  private boolean closed;

  private SqliteLedger(Path file, Clock clock, Connection connection) {
    this.file = file;
    this.clock = clock;
    this.connection = connection;
  }

  /**
   * Opens the ledger in {@code file}, creating the file and its schema if it does not exist (or
   * is empty) and applying pending migrations. An existing ledger's chain continues.
   *
   * @param clock source of {@link LedgerEntry#receivedAt()} only; it never enters a hash
   * @throws LedgerException naming the file if it is not a Trucewatch ledger, was written by a
   *     newer schema version, or cannot be opened
   */
  public static SqliteLedger open(Path file, Clock clock) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(clock, "clock");
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
      return new SqliteLedger(file, clock, connection);
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
   * @throws LedgerException naming the file if the entry could not be written; nothing was stored
   */
  public synchronized AppendResult append(String name, String format, byte[] raw) {
    checkOpen();
    checkName(name);
    checkFormat(format);
    Objects.requireNonNull(raw, "raw");
    String sha256 = ChainHash.sha256Hex(raw);
    try (Statement st = connection.createStatement()) {
      // IMMEDIATE takes the write lock before reading the head, so even a second process
      // writing the same file cannot fork the chain.
      st.execute("BEGIN IMMEDIATE");
      try {
        Optional<LedgerEntry> held = entryWithSha256(sha256);
        if (held.isPresent()) {
          st.execute("ROLLBACK");
          return new AppendResult(held.get(), true);
        }
        Checkpoint head = headCheckpoint();
        long seq = head.entryCount() + 1;
        String chainHash = ChainHash.of(head.headChainHash(), sha256, format, name);
        Instant receivedAt = clock.instant();
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO entries (" + ENTRY_COLUMNS + ", raw)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setLong(1, seq);
          insert.setString(2, name);
          insert.setString(3, format);
          insert.setString(4, sha256);
          insert.setLong(5, raw.length);
          insert.setString(6, head.headChainHash());
          insert.setString(7, chainHash);
          insert.setString(8, receivedAt.toString());
          insert.setBytes(9, raw);
          insert.executeUpdate();
        }
        st.execute("COMMIT");
        LedgerEntry entry =
            new LedgerEntry(
                seq, name, format, sha256, raw.length, head.headChainHash(), chainHash, receivedAt);
        return new AppendResult(entry, false);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(st, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not append '" + name + "'", e);
    }
  }

  /** Every entry, in seq order, without the raw bytes. */
  public synchronized List<LedgerEntry> entries() {
    checkOpen();
    List<LedgerEntry> entries = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + ENTRY_COLUMNS + " FROM entries ORDER BY seq")) {
      while (rs.next()) {
        entries.add(entryOf(rs));
      }
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not read the entries", e);
    }
    return entries;
  }

  /**
   * The raw bytes of entry {@code seq}, exactly as appended.
   *
   * @throws LedgerException naming the file if there is no such entry
   */
  public synchronized byte[] raw(long seq) {
    checkOpen();
    try (PreparedStatement select =
        connection.prepareStatement("SELECT raw FROM entries WHERE seq = ?")) {
      select.setLong(1, seq);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new LedgerException(file + " holds no entry " + seq);
        }
        return bytesOf(rs, 1);
      }
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not read entry " + seq, e);
    }
  }

  /** The current head: how many entries there are and the last one's chain hash. */
  public synchronized Checkpoint checkpoint() {
    checkOpen();
    try {
      return headCheckpoint();
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not read the head of the chain", e);
    }
  }

  /**
   * Re-checks the whole stored ledger: seqs are gap-free from 1, every entry's bytes hash to its
   * recorded sha256 and size, every entry links to the previous entry's chain hash, and every
   * chain hash matches the one recomputed from its fields. Reports problems, never throws on them.
   */
  public VerificationReport verify() {
    return verifyChain(null);
  }

  /**
   * {@link #verify()}, and also checks that the stored chain passes through {@code cited}: an
   * attacker who rewrites entries and all later chain hashes consistently still changes the
   * chain hash at a checkpoint an earlier output cited.
   */
  public VerificationReport verify(Checkpoint cited) {
    return verifyChain(Objects.requireNonNull(cited, "cited"));
  }

  private synchronized VerificationReport verifyChain(Checkpoint cited) {
    checkOpen();
    List<BrokenEntry> broken = new ArrayList<>();
    long expectedSeq = 1;
    long checked = 0;
    String previousChainHash = ChainHash.GENESIS;
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT seq, name, format, sha256, size_bytes, previous_chain_hash, chain_hash, raw"
                    + " FROM entries ORDER BY seq")) {
      while (rs.next()) {
        long seq = rs.getLong(1);
        String chainHash = textOf(rs, 7);
        checked++;
        if (seq != expectedSeq) {
          broken.add(
              new BrokenEntry(
                  expectedSeq,
                  seq > expectedSeq
                      ? "missing: the ledger goes from entry " + (expectedSeq - 1)
                          + " to entry " + seq
                      : "out of sequence: found seq " + seq + " where " + expectedSeq
                          + " was expected"));
        }
        checkStoredEntry(rs, seq, previousChainHash, broken);
        boolean atCited = cited != null && seq == cited.entryCount();
        if (atCited && !chainHash.equals(cited.headChainHash())) {
          broken.add(
              new BrokenEntry(
                  seq,
                  "chain hash " + chainHash + " differs from " + cited.headChainHash()
                      + " in the cited checkpoint"));
        }
        previousChainHash = chainHash;
        expectedSeq = seq + 1;
      }
    } catch (SQLException e) {
      throw new LedgerException(file + ": could not read the entries to verify them", e);
    }
    if (cited != null) {
      checkCitedIsHeld(cited, expectedSeq - 1, broken);
    }
    broken.sort(Comparator.comparingLong(BrokenEntry::seq));
    // A head that is not even a hash has been reported above; the stored head then says nothing.
    Checkpoint storedHead =
        checked == 0 || !ChainHash.isHash(previousChainHash)
            ? Checkpoint.EMPTY
            : new Checkpoint(expectedSeq - 1, previousChainHash);
    return new VerificationReport(checked, storedHead, broken);
  }

  /** Checks one stored entry's bytes, size, link and chain hash; adds what is wrong. */
  private static void checkStoredEntry(
      ResultSet rs, long seq, String previousChainHash, List<BrokenEntry> broken)
      throws SQLException {
    String name = textOf(rs, 2);
    String format = textOf(rs, 3);
    String sha256 = textOf(rs, 4);
    long sizeBytes = rs.getLong(5);
    String previous = textOf(rs, 6);
    String chainHash = textOf(rs, 7);
    byte[] raw = bytesOf(rs, 8);
    String actualSha256 = ChainHash.sha256Hex(raw);
    if (!actualSha256.equals(sha256)) {
      broken.add(
          new BrokenEntry(
              seq,
              "stored bytes hash to " + actualSha256 + " but the entry records sha256 " + sha256));
    }
    if (raw.length != sizeBytes) {
      broken.add(
          new BrokenEntry(
              seq,
              "stored bytes are " + raw.length + " bytes long but the entry records "
                  + sizeBytes));
    }
    if (!previous.equals(previousChainHash)) {
      broken.add(
          new BrokenEntry(
              seq,
              "previous chain hash " + previous + " does not match " + previousChainHash
                  + ", the chain hash of "
                  + (seq == 1 ? "the genesis" : "entry " + (seq - 1))));
    }
    String recomputed = ChainHash.of(previous, sha256, format, name);
    if (!recomputed.equals(chainHash)) {
      broken.add(
          new BrokenEntry(
              seq,
              "chain hash " + chainHash + " does not match " + recomputed
                  + " recomputed from the entry's fields"));
    }
  }

  private static void checkCitedIsHeld(Checkpoint cited, long lastSeq, List<BrokenEntry> broken) {
    if (cited.entryCount() == 0 && !cited.headChainHash().equals(ChainHash.GENESIS)) {
      broken.add(
          new BrokenEntry(
              0,
              "the cited checkpoint of 0 entries has head " + cited.headChainHash()
                  + " instead of the genesis " + ChainHash.GENESIS));
    } else if (cited.entryCount() > lastSeq) {
      broken.add(
          new BrokenEntry(
              cited.entryCount(),
              "the cited checkpoint covers " + cited.entryCount()
                  + " entries but the ledger ends at entry " + lastSeq));
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

  private Optional<LedgerEntry> entryWithSha256(String sha256) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM entries WHERE sha256 = ?")) {
      select.setString(1, sha256);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(entryOf(rs)) : Optional.empty();
      }
    }
  }

  private Checkpoint headCheckpoint() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT seq, chain_hash FROM entries ORDER BY seq DESC LIMIT 1")) {
      return rs.next() ? new Checkpoint(rs.getLong(1), rs.getString(2)) : Checkpoint.EMPTY;
    }
  }

  private static LedgerEntry entryOf(ResultSet rs) throws SQLException {
    return new LedgerEntry(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        Instant.parse(rs.getString(8)));
  }

  private static String textOf(ResultSet rs, int column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? "" : text;
  }

  private static byte[] bytesOf(ResultSet rs, int column) throws SQLException {
    // The driver returns null for a zero-length blob; an empty input is a valid input.
    byte[] bytes = rs.getBytes(column);
    return bytes == null ? new byte[0] : bytes;
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        // A newline would make the hashed record ambiguous; other controls cannot be typed back.
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "name must not contain control characters: U+%04X at index %d in '%s'",
            (int) c, i, name.replaceAll("\\p{Cntrl}", "?")));
      }
    }
  }

  private static void checkFormat(String format) {
    Objects.requireNonNull(format, "format");
    if (!FORMAT.matcher(format).matches()) {
      throw new IllegalArgumentException("format must be lower-case letters, digits, '.', '_' or"
          + " '-', at most 64 characters, starting with a letter or digit; was '" + format + "'");
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
