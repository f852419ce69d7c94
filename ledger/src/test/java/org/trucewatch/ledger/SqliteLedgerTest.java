package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLedgerTest {
  private static final Clock MARCH_11 =
      Clock.fixed(Instant.parse("2025-03-11T22:00:00Z"), ZoneOffset.UTC);
  private static final Clock MARCH_12 =
      Clock.fixed(Instant.parse("2025-03-12T06:30:15.250Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void chainOfThreeInputsMatchesTheDocumentedFormulaRecomputedByHand() throws Exception {
    Path file = dir.resolve("ledger.db");
    List<LedgerEntry> appended = new ArrayList<>();
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      appended.add(ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV).entry());
      appended.add(
          ledger.append(Inputs.OBSERVATIONS_NAME, "observations-jsonl", Inputs.OBSERVATIONS_JSONL)
              .entry());
      appended.add(ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML).entry());

      // The formula written out independently of ChainHash, as docs/ledger.md states it.
      String previous = "0".repeat(64);
      byte[][] raws = {Inputs.FIRMS_CSV, Inputs.OBSERVATIONS_JSONL, Inputs.SOURCES_YAML};
      String[] names = {Inputs.FIRMS_NAME, Inputs.OBSERVATIONS_NAME, Inputs.SOURCES_NAME};
      String[] formats = {"firms-csv", "observations-jsonl", "sources-yaml"};
      for (int i = 0; i < 3; i++) {
        String sha256 = hex(sha256(raws[i]));
        String chain =
            hex(sha256(("trucewatch-ledger/1\n" + previous + "\n" + sha256 + "\n" + formats[i]
                    + "\n" + names[i] + "\n").getBytes(StandardCharsets.UTF_8)));
        LedgerEntry entry = appended.get(i);
        assertThat(entry.seq()).isEqualTo(i + 1);
        assertThat(entry.name()).isEqualTo(names[i]);
        assertThat(entry.format()).isEqualTo(formats[i]);
        assertThat(entry.sha256()).isEqualTo(sha256);
        assertThat(entry.sizeBytes()).isEqualTo(raws[i].length);
        assertThat(entry.previousChainHash()).isEqualTo(previous);
        assertThat(entry.chainHash()).isEqualTo(chain);
        assertThat(entry.receivedAt()).isEqualTo(MARCH_11.instant());
        assertThat(ledger.raw(i + 1)).isEqualTo(raws[i]);
        previous = chain;
      }
      assertThat(ledger.entries()).containsExactlyElementsOf(appended);
      assertThat(ledger.checkpoint()).isEqualTo(new Checkpoint(3, previous));
      VerificationReport report = ledger.verify();
      assertThat(report.broken()).isEmpty();
      assertThat(report.entriesChecked()).isEqualTo(3);
      assertThat(report.storedHead()).isEqualTo(new Checkpoint(3, previous));
    }
  }

  @Test
  void chainHashMatchesTheWorkedExampleInTheDocs() {
    // Values computed with printf and sha256sum, as docs/ledger.md shows.
    byte[] sample = Inputs.utf8("latitude,longitude,acq_date\n48.26382,37.21014,2025-08-11\n");
    assertThat(ChainHash.sha256Hex(sample))
        .isEqualTo("1f38359cb06210ac467d21c6710eac45543535f3864a470aba7146e1b6076d22");
    assertThat(
            ChainHash.of(
                ChainHash.GENESIS, ChainHash.sha256Hex(sample), "firms-csv", "firms/sample.csv"))
        .isEqualTo("cd939d61975cc272434a6c45508a713841674b72cf4aa9475a528b14a360abe1");
  }

  @Test
  void reopeningContinuesTheChain() {
    Path file = dir.resolve("nested/evidence/ledger.db");
    Checkpoint afterTwo;
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      ledger.append(Inputs.OBSERVATIONS_NAME, "observations-jsonl", Inputs.OBSERVATIONS_JSONL);
      afterTwo = ledger.checkpoint();
    }
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_12)) {
      assertThat(ledger.checkpoint()).isEqualTo(afterTwo);
      LedgerEntry third =
          ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML).entry();
      assertThat(third.seq()).isEqualTo(3);
      assertThat(third.previousChainHash()).isEqualTo(afterTwo.headChainHash());
      assertThat(third.receivedAt()).isEqualTo(MARCH_12.instant());
      assertThat(ledger.entries())
          .extracting(LedgerEntry::seq, LedgerEntry::receivedAt)
          .containsExactly(
              tuple(1L, MARCH_11.instant()),
              tuple(2L, MARCH_11.instant()),
              tuple(3L, MARCH_12.instant()));
      assertThat(ledger.raw(1)).isEqualTo(Inputs.FIRMS_CSV);
      assertThat(ledger.verify(afterTwo).broken()).isEmpty();
    }
  }

  @Test
  void sameContentTwiceIsHeldOnceEvenUnderAnotherNameAndAfterReopening() {
    Path file = dir.resolve("ledger.db");
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      AppendResult first = ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML);
      Checkpoint head = ledger.checkpoint();

      AppendResult again =
          ledger.append("downloads/copy.csv", "firms-csv", Inputs.FIRMS_CSV.clone());

      assertThat(first.alreadyHeld()).isFalse();
      assertThat(again.alreadyHeld()).isTrue();
      assertThat(again.entry()).isEqualTo(first.entry());
      assertThat(again.entry().name()).isEqualTo(Inputs.FIRMS_NAME);
      assertThat(ledger.entries()).hasSize(2);
      assertThat(ledger.checkpoint()).isEqualTo(head);
    }
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_12)) {
      AppendResult afterReopen =
          ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML);
      assertThat(afterReopen.alreadyHeld()).isTrue();
      assertThat(afterReopen.entry().seq()).isEqualTo(2);
      assertThat(ledger.entries()).hasSize(2);
    }
  }

  @Test
  void emptyInputIsStoredAndReadBack() {
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.db"), MARCH_11)) {
      LedgerEntry empty =
          ledger.append("reports/empty.jsonl", "observations-jsonl", new byte[0]).entry();
      assertThat(empty.sizeBytes()).isZero();
      assertThat(empty.sha256())
          .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      assertThat(ledger.raw(1)).isEmpty();
      assertThat(ledger.verify().intact()).isTrue();
    }
  }

  @Test
  void directSqlUpdateOrDeleteOfAnEntryIsRefusedByTheDatabase() throws SQLException {
    Path file = dir.resolve("ledger.db");
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
    }
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      assertThatThrownBy(
              () -> st.executeUpdate("UPDATE entries SET name = 'other.csv' WHERE seq = 1"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM entries"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      assertThat(ledger.entries()).singleElement().extracting(LedgerEntry::name)
          .isEqualTo(Inputs.FIRMS_NAME);
    }
  }

  @Test
  void blobTamperedAfterDroppingTheTriggerIsCaughtNamingTheEntry() throws SQLException {
    Path file = ledgerOfThree();
    byte[] forged = Inputs.utf8(new String(Inputs.OBSERVATIONS_JSONL, StandardCharsets.UTF_8)
        .replace("9 поранених", "0 поранених"));
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      st.execute("DROP TRIGGER entries_no_update");
      try (PreparedStatement update =
          sql.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 2")) {
        update.setBytes(1, forged);
        update.executeUpdate();
      }
    }
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      VerificationReport report = ledger.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.broken()).singleElement().satisfies(broken -> {
        assertThat(broken.seq()).isEqualTo(2);
        assertThat(broken.reason()).contains("stored bytes hash to " + ChainHash.sha256Hex(forged));
        assertThat(broken.toString()).startsWith("entry 2: ");
      });
    }
  }

  @Test
  void forgedEntryWithItsOwnHashesFixedUpBreaksTheLinkOfTheNextEntry() throws SQLException {
    Path file = ledgerOfThree();
    byte[] forged = Inputs.utf8("sources: []\n");
    String forgedSha = ChainHash.sha256Hex(forged);
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      st.execute("DROP TRIGGER entries_no_update");
      String previous = stringOf(st, "SELECT previous_chain_hash FROM entries WHERE seq = 2");
      try (PreparedStatement update = sql.prepareStatement(
          "UPDATE entries SET raw = ?, sha256 = ?, size_bytes = ?, chain_hash = ? WHERE seq = 2")) {
        update.setBytes(1, forged);
        update.setString(2, forgedSha);
        update.setLong(3, forged.length);
        update.setString(4, ChainHash.of(previous, forgedSha, "observations-jsonl",
            Inputs.OBSERVATIONS_NAME));
        update.executeUpdate();
      }
    }
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      assertThat(ledger.verify().broken()).singleElement().satisfies(broken -> {
        assertThat(broken.seq()).isEqualTo(3);
        assertThat(broken.reason()).contains("does not match").contains("entry 2");
      });
    }
  }

  @Test
  void consistentlyRewrittenHeadPassesVerifyButNotTheCheckpointAnOutputCited()
      throws SQLException {
    Path file = ledgerOfThree();
    Checkpoint cited;
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      cited = ledger.checkpoint();
    }
    byte[] forged = Inputs.utf8("sources: []\n");
    String forgedSha = ChainHash.sha256Hex(forged);
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      st.execute("DROP TRIGGER entries_no_update");
      String previous = stringOf(st, "SELECT previous_chain_hash FROM entries WHERE seq = 3");
      try (PreparedStatement update = sql.prepareStatement(
          "UPDATE entries SET raw = ?, sha256 = ?, size_bytes = ?, chain_hash = ? WHERE seq = 3")) {
        update.setBytes(1, forged);
        update.setString(2, forgedSha);
        update.setLong(3, forged.length);
        update.setString(4, ChainHash.of(previous, forgedSha, "sources-yaml", Inputs.SOURCES_NAME));
        update.executeUpdate();
      }
    }
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      assertThat(ledger.verify().intact()).isTrue();
      assertThat(ledger.verify(cited).broken()).singleElement().satisfies(broken -> {
        assertThat(broken.seq()).isEqualTo(3);
        assertThat(broken.reason()).contains("cited checkpoint").contains(cited.headChainHash());
      });
    }
  }

  @Test
  void deletedEntryIsReportedAsMissing() throws SQLException {
    Path file = ledgerOfThree();
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      st.execute("DROP TRIGGER entries_no_delete");
      st.executeUpdate("DELETE FROM entries WHERE seq = 2");
    }
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      VerificationReport report = ledger.verify();
      assertThat(report.entriesChecked()).isEqualTo(2);
      assertThat(report.broken()).extracting(BrokenEntry::seq).containsExactly(2L, 3L);
      assertThat(report.broken().get(0).reason())
          .contains("missing")
          .contains("entry 1 to entry 3");
    }
  }

  @Test
  void citedCheckpointBeyondTheEndIsReported() {
    try (SqliteLedger ledger = SqliteLedger.open(ledgerOfThree(), MARCH_11)) {
      Checkpoint fromElsewhere = new Checkpoint(5, "ab".repeat(32));
      assertThat(ledger.verify(fromElsewhere).broken()).singleElement()
          .extracting(BrokenEntry::seq).isEqualTo(5L);
    }
  }

  @Test
  void sqliteDatabaseOfAnotherApplicationIsRejectedNamingTheFileAndLeftUntouched()
      throws Exception {
    Path file = dir.resolve("customers.db");
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      st.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
      st.execute("INSERT INTO customers (name) VALUES ('Olena')");
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> SqliteLedger.open(file, MARCH_11))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is not a Trucewatch ledger")
        .hasMessageContaining("customers");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.exists(dir.resolve("customers.db-wal"))).isFalse();
  }

  @Test
  void textFileIsRejectedNamingTheFile() throws Exception {
    Path file = dir.resolve("fire_nrt.csv");
    Files.write(file, Inputs.FIRMS_CSV);

    assertThatThrownBy(() -> SqliteLedger.open(file, MARCH_11))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining(file + " is not a Trucewatch ledger");
    assertThat(Files.readAllBytes(file)).isEqualTo(Inputs.FIRMS_CSV);
  }

  @Test
  void ledgerFromANewerSchemaVersionIsRejectedNamingFileAndVersion() throws SQLException {
    Path file = ledgerOfThree();
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      st.execute(
          "INSERT INTO schema_version (version, description) VALUES (99, 'from the future')");
    }
    assertThatThrownBy(() -> SqliteLedger.open(file, MARCH_11))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("up to version " + LedgerSchema.LATEST_VERSION);
  }

  @Test
  void newLedgerRecordsItsSchemaVersionAndIdentity() throws SQLException {
    Path file = ledgerOfThree();
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = sql.createStatement()) {
      assertThat(stringOf(st, "SELECT MAX(version) FROM schema_version"))
          .isEqualTo(Integer.toString(LedgerSchema.LATEST_VERSION));
      assertThat(stringOf(st, "PRAGMA application_id"))
          .isEqualTo(Integer.toString(LedgerSchema.APPLICATION_ID));
      assertThat(stringOf(st, "PRAGMA journal_mode")).isEqualTo("wal");
    }
  }

  @Test
  void appendsAreCommittedWithFullSync() throws SQLException {
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.db"), MARCH_11)) {
      assertThat(ledger.synchronousLevel()).as("PRAGMA synchronous, 2 = FULL").isEqualTo(2);
    }
  }

  @Test
  void checkpointDoesNotDependOnTheClock() {
    Checkpoint first;
    Checkpoint second;
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("run-1.db"), MARCH_11)) {
      appendThree(ledger);
      first = ledger.checkpoint();
    }
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("run-2.db"), MARCH_12)) {
      appendThree(ledger);
      second = ledger.checkpoint();
      assertThat(ledger.entries().get(0).receivedAt()).isEqualTo(MARCH_12.instant());
    }
    assertThat(second).isEqualTo(first);
    assertThat(first.entryCount()).isEqualTo(3);
  }

  @Test
  void orderOfInputsIsPartOfTheChain() {
    Checkpoint forward;
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("forward.db"), MARCH_11)) {
      appendThree(ledger);
      forward = ledger.checkpoint();
    }
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("swapped.db"), MARCH_11)) {
      ledger.append(Inputs.OBSERVATIONS_NAME, "observations-jsonl", Inputs.OBSERVATIONS_JSONL);
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML);
      assertThat(ledger.checkpoint().entryCount()).isEqualTo(3);
      assertThat(ledger.checkpoint().headChainHash()).isNotEqualTo(forward.headChainHash());
    }
  }

  @Test
  void namesAndFormatsThatWouldBlurTheHashedRecordAreRefused() {
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.db"), MARCH_11)) {
      assertThatThrownBy(() -> ledger.append("a.csv\nfirms-csv", "firms-csv", Inputs.FIRMS_CSV))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("U+000A");
      assertThatThrownBy(() -> ledger.append("a.csv", "FIRMS CSV", Inputs.FIRMS_CSV))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'FIRMS CSV'");
      assertThatThrownBy(() -> ledger.append("", "firms-csv", Inputs.FIRMS_CSV))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(ledger.checkpoint()).isEqualTo(Checkpoint.EMPTY);
    }
  }

  @Test
  void rawOfAnUnknownSeqNamesTheFile() {
    Path file = dir.resolve("ledger.db");
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      assertThatThrownBy(() -> ledger.raw(1))
          .isInstanceOf(LedgerException.class)
          .hasMessageContaining(file + " holds no entry 1");
    }
  }

  @Test
  void concurrentAppendsFormOneGapFreeChain() throws Exception {
    int inputs = 64;
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.db"), MARCH_11)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<AppendResult>> results = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
          String name = String.format(Locale.ROOT, "ais/feed-%02d.nmea", i);
          byte[] raw = Inputs.utf8("!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D," + i + "*24\n");
          results.add(pool.submit(() -> ledger.append(name, "ais-nmea", raw)));
        }
        for (Future<AppendResult> result : results) {
          assertThat(result.get().alreadyHeld()).isFalse();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(ledger.entries()).extracting(LedgerEntry::seq)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, inputs).boxed().toList());
      assertThat(ledger.verify().broken()).isEmpty();
    }
  }

  @Test
  void inputOfTensOfMegabytesRoundTrips() {
    byte[] tile = new byte[24 * 1024 * 1024];
    new Random(20250311L).nextBytes(tile);
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.db"), MARCH_11)) {
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      LedgerEntry entry = ledger.append("imagery/tile-48.26-37.21.tif", "geotiff", tile).entry();
      assertThat(entry.sizeBytes()).isEqualTo(tile.length);
      assertThat(ledger.raw(entry.seq())).isEqualTo(tile);
      assertThat(ledger.verify().intact()).isTrue();
    }
  }

  @Test
  void closedLedgerRefusesUse() {
    SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.db"), MARCH_11);
    ledger.close();
    ledger.close();
    assertThatThrownBy(ledger::checkpoint)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private Path ledgerOfThree() {
    Path file = dir.resolve("ledger.db");
    try (SqliteLedger ledger = SqliteLedger.open(file, MARCH_11)) {
      appendThree(ledger);
    }
    return file;
  }

  private static void appendThree(SqliteLedger ledger) {
    ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
    ledger.append(Inputs.OBSERVATIONS_NAME, "observations-jsonl", Inputs.OBSERVATIONS_JSONL);
    ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML);
  }

  private static String stringOf(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
