package org.trucewatch.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the SQLite and PostgreSQL ledgers share: the chain, the signing of checkpoints and the
 * verification, in SQL both understand. A subclass says how a write transaction takes the single
 * writer's lock and how it is made durable.
 */
abstract class JdbcLedger implements Ledger {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  /** Inputs looked up per statement; well under SQLite's limit of 32,766 parameters. */
  private static final int LOOKUP_CHUNK = 500;
  /** Inserts sent per JDBC batch. */
  private static final int INSERT_BATCH = 500;

  static final String ENTRY_COLUMNS =
      "seq, name, format, sha256, size_bytes, previous_chain_hash, chain_hash, received_at";

  /** Work done on a connection inside a transaction. */
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private final LedgerOptions options;

  JdbcLedger(LedgerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Runs {@code work} in a transaction that holds the ledger's single-writer lock from before it
   * reads the head, and returns only once the transaction is durably committed.
   */
  abstract <T> T inWriteTransaction(SqlWork<T> work) throws SQLException;

  /** Runs {@code work} in a read transaction that sees one consistent state of the ledger. */
  abstract <T> T inReadTransaction(SqlWork<T> work) throws SQLException;

  @Override
  public AppendResult append(String name, String format, byte[] raw) {
    return appendAll(List.of(new LedgerInput(name, format, raw))).get(0);
  }

  @Override
  public List<AppendResult> appendAll(List<LedgerInput> inputs) {
    for (LedgerInput input : inputs) {
      checkName(input.name());
      checkFormat(input.format());
    }
    String first = inputs.isEmpty() ? "nothing" : "'" + inputs.get(0).name() + "'";
    try {
      return inWriteTransaction(c -> appendInTransaction(c, inputs));
    } catch (SQLException e) {
      throw new LedgerException(
          location() + ": could not append " + first
              + (inputs.size() > 1 ? " and " + (inputs.size() - 1) + " more" : ""),
          e);
    }
  }

  private List<AppendResult> appendInTransaction(Connection c, List<LedgerInput> inputs)
      throws SQLException {
    List<String> sha256s = new ArrayList<>(inputs.size());
    for (LedgerInput input : inputs) {
      sha256s.add(ChainHash.sha256Hex(input.raw()));
    }
    // One look-up per chunk and batched inserts: a round trip per statement, not per input.
    Map<String, LedgerEntry> known = entriesWithSha256(c, sha256s);
    List<AppendResult> results = new ArrayList<>(inputs.size());
    List<SignedCheckpoint> signatures = new ArrayList<>();
    Checkpoint head = headCheckpoint(c);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO entries (" + ENTRY_COLUMNS + ", raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (int i = 0; i < inputs.size(); i++) {
        LedgerInput input = inputs.get(i);
        String sha256 = sha256s.get(i);
        LedgerEntry already = known.get(sha256);
        if (already != null) {
          results.add(new AppendResult(already, true));
          continue;
        }
        long seq = head.entryCount() + 1;
        String chainHash =
            ChainHash.of(head.headChainHash(), sha256, input.format(), input.name());
        Instant receivedAt = options.clock().instant();
        insert.setLong(1, seq);
        insert.setString(2, input.name());
        insert.setString(3, input.format());
        insert.setString(4, sha256);
        insert.setLong(5, input.raw().length);
        insert.setString(6, head.headChainHash());
        insert.setString(7, chainHash);
        insert.setString(8, receivedAt.toString());
        insert.setBytes(9, input.raw());
        insert.addBatch();
        if (++pending == INSERT_BATCH) {
          insert.executeBatch();
          pending = 0;
        }
        LedgerEntry entry =
            new LedgerEntry(
                seq,
                input.name(),
                input.format(),
                sha256,
                input.raw().length,
                head.headChainHash(),
                chainHash,
                receivedAt);
        known.put(sha256, entry);
        results.add(new AppendResult(entry, false));
        head = entry.checkpoint();
        if (options.signingKey().isPresent() && seq % options.signEveryEntries() == 0) {
          signatures.add(options.signingKey().get().sign(head));
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    for (SignedCheckpoint signed : signatures) {
      storeSignature(c, signed);
    }
    return results;
  }

  /** The stored entries holding any of these sha256s, by sha256. */
  private static Map<String, LedgerEntry> entriesWithSha256(Connection c, List<String> sha256s)
      throws SQLException {
    Map<String, LedgerEntry> found = new HashMap<>();
    for (int from = 0; from < sha256s.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = sha256s.subList(from, Math.min(sha256s.size(), from + LOOKUP_CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT " + ENTRY_COLUMNS + " FROM entries WHERE sha256 IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            LedgerEntry e = entryOf(rs);
            found.put(e.sha256(), e);
          }
        }
      }
    }
    return found;
  }

  private static final String VERSION_COLUMNS =
      "finding_id, version, provision, incident_id, anchor, supersedes, entry_count, head_chain_hash, change, grade,"
          + " lifecycle, evidence, why, body";

  @Override
  public List<FindingVersion> recordFindingVersions(List<FindingVersion> versions) {
    if (versions.isEmpty()) {
      return List.of();
    }
    try {
      return inWriteTransaction(
          c -> {
            List<FindingVersion> stored = new ArrayList<>();
            for (FindingVersion v : versions) {
              Optional<FindingVersion> latest = latestVersion(c, v.findingId());
              if (latest.isPresent() && latest.get().body().equals(v.body())
                  && latest.get().withdrawn() == v.withdrawn()) {
                continue;
              }
              FindingVersion numbered = v.numbered(latest.map(FindingVersion::version).orElse(0) + 1);
              try (PreparedStatement st = c.prepareStatement(
                  "INSERT INTO finding_versions (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, numbered.findingId());
                st.setInt(2, numbered.version());
                st.setString(3, numbered.provisionId());
                st.setString(4, numbered.incidentId());
                st.setString(5, numbered.anchor());
                st.setString(6, numbered.supersedes());
                st.setLong(7, numbered.entryCount());
                st.setString(8, numbered.headChainHash());
                st.setString(9, numbered.change());
                st.setString(10, numbered.grade());
                st.setString(11, numbered.lifecycle());
                st.setString(12, String.join(" ", numbered.evidence()));
                st.setString(13, numbered.why());
                st.setString(14, numbered.body());
                st.executeUpdate();
              }
              stored.add(numbered);
            }
            return stored;
          });
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not store finding versions: " + e.getMessage(), e);
    }
  }

  @Override
  public List<FindingVersion> findingVersions(String findingId) {
    try {
      return inReadTransaction(
          c -> {
            java.util.LinkedList<FindingVersion> out = new java.util.LinkedList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String id = findingId;
            // back through the findings this one superseded, so the whole lineage reads oldest first
            while (!id.isEmpty() && seen.add(id)) {
              List<FindingVersion> own = new ArrayList<>();
              try (PreparedStatement st = c.prepareStatement(
                  "SELECT " + VERSION_COLUMNS + " FROM finding_versions WHERE finding_id = ? ORDER BY version")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                  while (rs.next()) {
                    own.add(versionOf(rs));
                  }
                }
              }
              out.addAll(0, own);
              id = own.isEmpty() ? "" : own.get(0).supersedes();
            }
            return List.copyOf(out);
          });
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not read the versions of finding " + findingId, e);
    }
  }

  @Override
  public java.util.SortedMap<String, FindingVersion> latestFindingVersions() {
    try {
      return inReadTransaction(
          c -> {
            java.util.TreeMap<String, FindingVersion> out = new java.util.TreeMap<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT " + VERSION_COLUMNS + " FROM finding_versions v WHERE version ="
                        + " (SELECT MAX(version) FROM finding_versions w WHERE w.finding_id = v.finding_id)");
                ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                FindingVersion v = versionOf(rs);
                out.put(v.findingId(), v);
              }
            }
            return out;
          });
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not read the latest finding versions", e);
    }
  }

  private static Optional<FindingVersion> latestVersion(Connection c, String findingId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT " + VERSION_COLUMNS + " FROM finding_versions WHERE finding_id = ? ORDER BY version DESC LIMIT 1")) {
      st.setString(1, findingId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(versionOf(rs)) : Optional.empty();
      }
    }
  }

  private static FindingVersion versionOf(ResultSet rs) throws SQLException {
    String evidence = rs.getString(12);
    return new FindingVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
        evidence.isEmpty() ? List.of() : List.of(evidence.split(" ")), rs.getString(13), rs.getString(14));
  }

  @Override
  public List<LedgerEntry> entries() {
    try {
      return inReadTransaction(
          c -> {
            List<LedgerEntry> entries = new ArrayList<>();
            try (PreparedStatement st =
                    c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM entries ORDER BY seq");
                ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                entries.add(entryOf(rs));
              }
            }
            return entries;
          });
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not read the entries", e);
    }
  }

  @Override
  public byte[] raw(long seq) {
    Optional<byte[]> raw;
    try {
      raw =
          inReadTransaction(
              c -> {
                try (PreparedStatement select =
                    c.prepareStatement("SELECT raw FROM entries WHERE seq = ?")) {
                  select.setLong(1, seq);
                  try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(bytesOf(rs, 1)) : Optional.<byte[]>empty();
                  }
                }
              });
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not read entry " + seq, e);
    }
    return raw.orElseThrow(() -> new LedgerException(location() + " holds no entry " + seq));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Neither driver streams a blob: sqlite-jdbc copies a whole {@code BLOB} into one array (it
   * has no incremental blob I/O), and pgjdbc receives a whole {@code bytea} value before handing it
   * over. So the entry is read in chunks, {@code substr(raw, from, length)}, each in a read
   * transaction of its own (entries never change, and the hash check at the end catches a store
   * that did). What that costs: SQLite assembles the whole blob in its own (native) memory for every
   * {@code substr}, and PostgreSQL decompresses a compressed {@code bytea} from its start up to the
   * chunk; hence at most {@value #MAX_CHUNKS} chunks of at least {@value #MIN_CHUNK_BYTES} bytes:
   * reading an entry costs at most {@value #MAX_CHUNKS} reads of it whole, and the Java heap holds
   * one chunk, 1/{@value #MAX_CHUNKS} of the entry, instead of all of it.
   */
  @Override
  public java.io.InputStream open(long seq) {
    Optional<LedgerEntry> found;
    try {
      found =
          inReadTransaction(
              c -> {
                try (PreparedStatement select =
                    c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM entries WHERE seq = ?")) {
                  select.setLong(1, seq);
                  try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(entryOf(rs)) : Optional.<LedgerEntry>empty();
                  }
                }
              });
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not read entry " + seq, e);
    }
    LedgerEntry entry = found.orElseThrow(() -> new LedgerException(location() + " holds no entry " + seq));
    ChunkedBlobStream chunks =
        new ChunkedBlobStream((offset, length) -> chunk(seq, offset, length), entry.sizeBytes(),
            chunkSize(entry.sizeBytes()));
    return new CheckedEntryStream(chunks, location(), seq, entry.name(), entry.sha256(), entry.sizeBytes());
  }

  /** Chunks an entry is read in at most, see {@link #open}. */
  static final int MAX_CHUNKS = 16;
  /** The smallest chunk, see {@link #open}: an entry up to this size is read in one. */
  static final int MIN_CHUNK_BYTES = 4 << 20;

  static int chunkSize(long size) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_CHUNK_BYTES, (size + MAX_CHUNKS - 1) / MAX_CHUNKS));
  }

  /** Bytes {@code [offset, offset + length)} of entry {@code seq}'s blob, fewer at its end. */
  private byte[] chunk(long seq, long offset, int length) {
    try {
      return inReadTransaction(c -> chunk(c, seq, offset, length));
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not read entry " + seq + " at byte " + offset, e);
    }
  }

  private static byte[] chunk(Connection c, long seq, long offset, int length) throws SQLException {
    // SQLite and PostgreSQL both have substr(blob, 1-based start, count)
    try (PreparedStatement select = c.prepareStatement("SELECT substr(raw, ?, ?) FROM entries WHERE seq = ?")) {
      // a blob is at most 2 GB in SQLite, 1 GB in PostgreSQL: an int start
      select.setInt(1, Math.toIntExact(offset + 1));
      select.setInt(2, length);
      select.setLong(3, seq);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? bytesOf(rs, 1) : new byte[0];
      }
    }
  }

  private static java.security.MessageDigest sha256Digest() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public Checkpoint checkpoint() {
    try {
      return inReadTransaction(JdbcLedger::headCheckpoint);
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not read the head of the chain", e);
    }
  }

  @Override
  public SignedCheckpoint signCheckpoint() {
    DeploymentKey key =
        options
            .signingKey()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "ledger " + location() + " was opened without a signing key"));
    try {
      return inWriteTransaction(
          c -> {
            SignedCheckpoint signed = key.sign(headCheckpoint(c));
            storeSignature(c, signed);
            return signed;
          });
    } catch (SQLException e) {
      throw new LedgerException(location() + ": could not store a signed checkpoint", e);
    }
  }

  @Override
  public Optional<LedgerPublicKey> signingKey() {
    return options.signingKey().map(DeploymentKey::publicKey);
  }

  @Override
  public List<SignedCheckpoint> signedCheckpoints() {
    try {
      return inReadTransaction(JdbcLedger::readSignedCheckpoints);
    } catch (SQLException e) {
      throw new LedgerException(
          location() + ": could not read the signed checkpoints: " + e.getMessage(), e);
    }
  }

  @Override
  public VerificationReport verify(Checkpoint cited, LedgerPublicKey trusted) {
    try {
      return inReadTransaction(
          c -> {
            List<SignedCheckpoint> signed = readSignedCheckpoints(c);
            ChainVerifier verifier = new ChainVerifier(cited, signed);
            // An entry larger than a chunk comes as its length only, and is hashed a chunk at a
            // time (see open): a month of AIS in one file is never held whole. octet_length reads
            // neither SQLite's overflow pages nor PostgreSQL's TOAST.
            try (PreparedStatement st =
                c.prepareStatement(
                    "SELECT seq, name, format, sha256, size_bytes, previous_chain_hash,"
                        + " chain_hash, octet_length(raw), CASE WHEN octet_length(raw) <= ? THEN raw END"
                        + " FROM entries ORDER BY seq")) {
              st.setInt(1, MIN_CHUNK_BYTES);
              // Streams on PostgreSQL (inside a transaction) instead of loading every blob.
              st.setFetchSize(64);
              try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                  long seq = rs.getLong(1);
                  String name = textOf(rs, 2);
                  String format = textOf(rs, 3);
                  String sha256 = textOf(rs, 4);
                  long sizeBytes = rs.getLong(5);
                  String previous = textOf(rs, 6);
                  String chainHash = textOf(rs, 7);
                  long length = rs.getLong(8);
                  if (length <= MIN_CHUNK_BYTES) {
                    verifier.accept(seq, name, format, sha256, sizeBytes, previous, chainHash, bytesOf(rs, 9));
                    continue;
                  }
                  java.security.MessageDigest digest = sha256Digest();
                  long read = 0;
                  int size = chunkSize(length);
                  while (read < length) {
                    byte[] chunk = chunk(c, seq, read, (int) Math.min(size, length - read));
                    if (chunk.length == 0) {
                      break;
                    }
                    digest.update(chunk);
                    read += chunk.length;
                  }
                  verifier.accept(seq, name, format, sha256, sizeBytes, previous, chainHash,
                      java.util.HexFormat.of().formatHex(digest.digest()), read);
                }
              }
            }
            return verifier.finish(signed, trusted);
          });
    } catch (SQLException e) {
      throw new LedgerException(
          location() + ": could not read the ledger to verify it: " + e.getMessage(), e);
    }
  }

  private static List<SignedCheckpoint> readSignedCheckpoints(Connection c) throws SQLException {
    List<SignedCheckpoint> out = new ArrayList<>();
    try (PreparedStatement st =
            c.prepareStatement(
                "SELECT entry_count, head_chain_hash, public_key, signature FROM checkpoints"
                    + " ORDER BY entry_count, key_id");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        long count = rs.getLong(1);
        String head = textOf(rs, 2);
        // A stored head that is not even a hash is kept as the genesis with a signature that
        // cannot verify, so the report names this checkpoint instead of failing the whole run.
        Checkpoint checkpoint =
            ChainHash.isHash(head) && count >= 0
                ? new Checkpoint(count, head)
                : new Checkpoint(Math.max(count, 0), ChainHash.GENESIS);
        String signature = ChainHash.isHash(head) ? textOf(rs, 4) : "";
        LedgerPublicKey key;
        try {
          key = LedgerPublicKey.fromBase64(textOf(rs, 3));
        } catch (IllegalArgumentException e) {
          throw new SQLException(
              "the signed checkpoint at entry " + count + " has a public_key that is not an"
                  + " Ed25519 key", e);
        }
        out.add(new SignedCheckpoint(checkpoint, key, signature));
      }
    }
    return out;
  }

  private static void storeSignature(Connection c, SignedCheckpoint signed) throws SQLException {
    try (PreparedStatement exists =
        c.prepareStatement("SELECT 1 FROM checkpoints WHERE entry_count = ? AND key_id = ?")) {
      exists.setLong(1, signed.checkpoint().entryCount());
      exists.setString(2, signed.publicKey().id());
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO checkpoints (entry_count, head_chain_hash, key_id, public_key, signature)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, signed.checkpoint().entryCount());
      insert.setString(2, signed.checkpoint().headChainHash());
      insert.setString(3, signed.publicKey().id());
      insert.setString(4, signed.publicKey().base64());
      insert.setString(5, signed.signatureBase64());
      insert.executeUpdate();
    }
  }

  static Checkpoint headCheckpoint(Connection c) throws SQLException {
    try (PreparedStatement st =
            c.prepareStatement("SELECT seq, chain_hash FROM entries ORDER BY seq DESC LIMIT 1");
        ResultSet rs = st.executeQuery()) {
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
    // sqlite-jdbc returns null for a zero-length blob; an empty input is a valid input.
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
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "name must not contain control characters: U+%04X at index %d in '%s'",
                (int) c,
                i,
                name.replaceAll("\\p{Cntrl}", "?")));
      }
    }
  }

  private static void checkFormat(String format) {
    Objects.requireNonNull(format, "format");
    if (!FORMAT.matcher(format).matches()) {
      throw new IllegalArgumentException(
          "format must be lower-case letters, digits, '.', '_' or '-', at most 64 characters,"
              + " starting with a letter or digit; was '" + format + "'");
    }
  }
}
