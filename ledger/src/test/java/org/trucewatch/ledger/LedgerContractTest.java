package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviour every ledger backend must share, run against SQLite and PostgreSQL. */
class LedgerContractTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-11T22:00:00Z"), ZoneOffset.UTC);
  private static final DeploymentKey KEY = DeploymentKey.generate();

  @TempDir Path dir;

  private static LedgerOptions signingEvery(int n) {
    return new LedgerOptions(CLOCK, Optional.of(KEY), n);
  }

  private static List<LedgerInput> reports(int from, int count) {
    List<LedgerInput> inputs = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      inputs.add(
          new LedgerInput(
              "reports/r-" + i + ".jsonl",
              "observations-jsonl",
              Inputs.utf8(
                  "{\"source\":\"kharkiv-ova\",\"kind\":\"drone\",\"time\":\"2025-03-11T21:"
                      + String.format("%02d", i % 60) + ":00Z\",\"lat\":49.99,\"lon\":36.23,\"n\":"
                      + i + "}\n")));
    }
    return inputs;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void chainMatchesTheDocumentedFormulaAndContinuesAfterReopening(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      Checkpoint afterTwo;
      try (Ledger ledger = store.open(signingEvery(1000))) {
        ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
        ledger.append(Inputs.OBSERVATIONS_NAME, "observations-jsonl", Inputs.OBSERVATIONS_JSONL);
        afterTwo = ledger.checkpoint();
      }
      try (Ledger ledger = store.open(signingEvery(1000))) {
        assertThat(ledger.checkpoint()).isEqualTo(afterTwo);
        ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML);
        String h1 = ChainHash.of(ChainHash.GENESIS, ChainHash.sha256Hex(Inputs.FIRMS_CSV), "firms-csv", Inputs.FIRMS_NAME);
        String h2 = ChainHash.of(h1, ChainHash.sha256Hex(Inputs.OBSERVATIONS_JSONL), "observations-jsonl", Inputs.OBSERVATIONS_NAME);
        String h3 = ChainHash.of(h2, ChainHash.sha256Hex(Inputs.SOURCES_YAML), "sources-yaml", Inputs.SOURCES_NAME);
        assertThat(afterTwo).isEqualTo(new Checkpoint(2, h2));
        assertThat(ledger.checkpoint()).isEqualTo(new Checkpoint(3, h3));
        assertThat(ledger.entries()).extracting(LedgerEntry::name)
            .containsExactly(Inputs.FIRMS_NAME, Inputs.OBSERVATIONS_NAME, Inputs.SOURCES_NAME);
        assertThat(ledger.entries().get(0).receivedAt()).isEqualTo(CLOCK.instant());
        assertThat(ledger.raw(2)).isEqualTo(Inputs.OBSERVATIONS_JSONL);
        assertThat(ledger.verify(afterTwo).intact()).isTrue();
        assertThatThrownBy(() -> ledger.raw(4)).isInstanceOf(LedgerException.class)
            .hasMessageContaining("holds no entry 4");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void repeatedBytesAreHeldOnceAcrossAppendsAndWithinABatch(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir);
        Ledger ledger = store.open(signingEvery(1000))) {
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      List<AppendResult> batch =
          ledger.appendAll(
              List.of(
                  new LedgerInput("copy/of-firms.csv", "firms-csv", Inputs.FIRMS_CSV.clone()),
                  new LedgerInput(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML),
                  new LedgerInput("sources-again.yaml", "sources-yaml", Inputs.SOURCES_YAML.clone())));
      assertThat(batch).extracting(AppendResult::alreadyHeld).containsExactly(true, false, true);
      assertThat(batch).extracting(r -> r.entry().seq()).containsExactly(1L, 2L, 2L);
      assertThat(batch.get(0).entry().name()).isEqualTo(Inputs.FIRMS_NAME);
      assertThat(ledger.entries()).hasSize(2);
      assertThat(ledger.verify().intact()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void checkpointsAreSignedEveryNEntriesAndOnRequestAndVerifyUnderTheKey(String backend)
      throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir);
        Ledger ledger = store.open(signingEvery(3))) {
      ledger.appendAll(reports(0, 5));
      for (LedgerInput input : reports(5, 2)) {
        ledger.append(input.name(), input.format(), input.raw());
      }
      SignedCheckpoint atSeven = ledger.signCheckpoint();
      SignedCheckpoint again = ledger.signCheckpoint();

      assertThat(again).isEqualTo(atSeven);
      assertThat(ledger.signedCheckpoints())
          .extracting(s -> s.checkpoint().entryCount())
          .containsExactly(3L, 6L, 7L);
      assertThat(ledger.signedCheckpoints()).allSatisfy(s -> {
        assertThat(s.signatureValid()).isTrue();
        assertThat(s.publicKey()).isEqualTo(KEY.publicKey());
      });
      assertThat(atSeven.checkpoint()).isEqualTo(ledger.checkpoint());
      VerificationReport report = ledger.verify(null, KEY.publicKey());
      assertThat(report.broken()).isEmpty();
      assertThat(report.signedCheckpointsChecked()).isEqualTo(3);
      assertThat(report.signingKeyIds()).containsExactly(KEY.publicKey().id());
      VerificationReport otherKey = ledger.verify(null, DeploymentKey.generate().publicKey());
      assertThat(otherKey.broken()).hasSize(3).allSatisfy(b ->
          assertThat(b.reason()).contains("not by the trusted key"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void updateAndDeleteAreRefusedByTheDatabaseItself(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      try (Ledger ledger = store.open(signingEvery(1))) {
        ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      }
      try (Connection c = java.sql.DriverManager.getConnection(jdbcOf(store));
          java.sql.Statement st = c.createStatement()) {
        assertThatThrownBy(() -> st.executeUpdate("UPDATE entries SET name = 'x' WHERE seq = 1"))
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> st.executeUpdate("DELETE FROM entries"))
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> st.executeUpdate("DELETE FROM checkpoints"))
            .hasMessageContaining("append-only");
      }
      try (Ledger ledger = store.open(signingEvery(1))) {
        assertThat(ledger.entries()).singleElement().extracting(LedgerEntry::name)
            .isEqualTo(Inputs.FIRMS_NAME);
        assertThat(ledger.signedCheckpoints()).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void oneChangedByteOfOneRecordIsDetectedAndLocated(String backend) throws Exception {
    try (LedgerBackend store = ledgerOfSix(backend)) {
      byte[] changed;
      try (Ledger ledger = store.open(signingEvery(3))) {
        changed = ledger.raw(4);
      }
      changed[17] ^= 0x01;
      try (Connection c = store.tamperConnection();
          PreparedStatement st = c.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 4")) {
        st.setBytes(1, changed);
        assertThat(st.executeUpdate()).isEqualTo(1);
      }
      try (Ledger ledger = store.open(signingEvery(3))) {
        assertThat(ledger.verify().broken()).singleElement().satisfies(b -> {
          assertThat(b.seq()).isEqualTo(4);
          assertThat(b.reason()).contains("stored bytes hash to");
        });
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void droppedRecordIsDetectedAndLocatedEvenWhenItIsTheLast(String backend) throws Exception {
    try (LedgerBackend store = ledgerOfSix(backend)) {
      store.tamper("DELETE FROM entries WHERE seq = 2");
      try (Ledger ledger = store.open(signingEvery(3))) {
        assertThat(ledger.verify().broken()).extracting(BrokenEntry::seq).contains(2L);
        assertThat(ledger.verify().broken().get(0).reason()).contains("missing");
      }
      store.tamper("DELETE FROM entries WHERE seq = 6");
      try (Ledger ledger = store.open(signingEvery(3))) {
        // Without the signed checkpoint at 6 a dropped last entry would leave a shorter valid chain.
        assertThat(ledger.verify().broken())
            .anySatisfy(b -> {
              assertThat(b.seq()).isEqualTo(6);
              assertThat(b.reason()).contains("signed checkpoint covers 6 entries but the ledger ends at entry 5");
            });
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void twoReorderedRecordsAreDetectedAndLocated(String backend) throws Exception {
    try (LedgerBackend store = ledgerOfSix(backend)) {
      try (Connection c = store.tamperConnection()) {
        swapSeqs(c, 4, 5);
      }
      try (Ledger ledger = store.open(signingEvery(3))) {
        assertThat(ledger.entries()).extracting(LedgerEntry::name).containsSubsequence("reports/r-4.jsonl", "reports/r-3.jsonl");
        List<BrokenEntry> broken = ledger.verify().broken();
        assertThat(broken).isNotEmpty();
        assertThat(broken.get(0).seq()).isEqualTo(4);
        assertThat(broken.get(0).reason()).contains("previous chain hash");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void replacedCheckpointIsDetectedAndLocated(String backend) throws Exception {
    try (LedgerBackend store = ledgerOfSix(backend)) {
      String forgedHead = ChainHash.sha256Hex(Inputs.utf8("another history"));
      // An edited head under the original signature.
      try (Connection c = store.tamperConnection();
          PreparedStatement st = c.prepareStatement("UPDATE checkpoints SET head_chain_hash = ? WHERE entry_count = 3")) {
        st.setString(1, forgedHead);
        st.executeUpdate();
      }
      try (Ledger ledger = store.open(signingEvery(3))) {
        List<BrokenEntry> broken = ledger.verify().broken();
        assertThat(broken).extracting(BrokenEntry::seq).containsOnly(3L);
        assertThat(broken).extracting(BrokenEntry::reason)
            .anySatisfy(r -> assertThat(r).contains("signature that does not verify"))
            .anySatisfy(r -> assertThat(r).contains("differs from " + forgedHead));
      }
      // A whole checkpoint replaced by one the forger signed with a key of their own.
      DeploymentKey forger = DeploymentKey.generate();
      SignedCheckpoint forged;
      try (Ledger ledger = store.open(signingEvery(3))) {
        forged = forger.sign(ledger.entries().get(5).checkpoint());
      }
      try (Connection c = store.tamperConnection();
          PreparedStatement st = c.prepareStatement("UPDATE checkpoints SET key_id = ?, public_key = ?, signature = ? WHERE entry_count = 6")) {
        st.setString(1, forged.publicKey().id());
        st.setString(2, forged.publicKey().base64());
        st.setString(3, forged.signatureBase64());
        st.executeUpdate();
      }
      try (Ledger ledger = store.open(signingEvery(3))) {
        VerificationReport report = ledger.verify(null, KEY.publicKey());
        assertThat(report.broken()).extracting(BrokenEntry::seq).containsOnly(3L, 6L);
        assertThat(report.broken()).filteredOn(b -> b.seq() == 6).singleElement()
            .satisfies(b -> assertThat(b.reason()).contains("signed by key " + forger.publicKey().id()));
        assertThat(ledger.verify().signingKeyIds())
            .containsExactlyInAnyOrder(KEY.publicKey().id(), forger.publicKey().id());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void consistentlyRewrittenChainFailsAgainstTheCheckpointAnOutputCited(String backend)
      throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      Checkpoint cited;
      try (Ledger ledger = store.open(LedgerOptions.readOnly(CLOCK))) {
        ledger.appendAll(reports(0, 3));
        cited = ledger.checkpoint();
      }
      byte[] forged = Inputs.utf8("{\"source\":\"kharkiv-ova\",\"kind\":\"drone\",\"n\":\"forged\"}\n");
      String sha = ChainHash.sha256Hex(forged);
      String chain = ChainHash.of(previousOf(store, 3), sha, "observations-jsonl", "reports/r-2.jsonl");
      try (Connection c = store.tamperConnection();
          PreparedStatement st = c.prepareStatement("UPDATE entries SET raw = ?, sha256 = ?, size_bytes = ?, chain_hash = ? WHERE seq = 3")) {
        st.setBytes(1, forged);
        st.setString(2, sha);
        st.setLong(3, forged.length);
        st.setString(4, chain);
        st.executeUpdate();
      }
      try (Ledger ledger = store.open(LedgerOptions.readOnly(CLOCK))) {
        assertThat(ledger.verify().intact()).isTrue();
        assertThat(ledger.verify(cited).broken()).singleElement().satisfies(b -> {
          assertThat(b.seq()).isEqualTo(3);
          assertThat(b.reason()).contains("in the cited checkpoint");
        });
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void twoWritersAppendingAtOnceNeverForkTheChain(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir);
        Ledger first = store.open(signingEvery(10));
        Ledger second = store.open(signingEvery(10))) {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(() -> {
          for (LedgerInput in : reports(0, 120)) {
            first.append(in.name(), in.format(), in.raw());
          }
          return null;
        });
        var b = pool.submit(() -> {
          for (int i = 120; i < 240; i += 6) {
            second.appendAll(reports(i, 6));
          }
          return null;
        });
        a.get();
        b.get();
      } finally {
        pool.shutdown();
      }
      List<LedgerEntry> entries = first.entries();
      assertThat(entries).hasSize(240);
      assertThat(entries).extracting(LedgerEntry::seq).containsExactlyElementsOf(
          java.util.stream.LongStream.rangeClosed(1, 240).boxed().toList());
      VerificationReport report = second.verify();
      assertThat(report.broken()).isEmpty();
      assertThat(report.signedCheckpointsChecked()).isEqualTo(24);
    }
  }

  private LedgerBackend ledgerOfSix(String backend) {
    LedgerBackend store = LedgerBackend.named(backend, dir);
    try (Ledger ledger = store.open(signingEvery(3))) {
      ledger.appendAll(reports(0, 6));
      assertThat(ledger.verify().intact()).isTrue();
      assertThat(ledger.signedCheckpoints()).hasSize(2);
    }
    return store;
  }

  private static String previousOf(LedgerBackend store, long seq) throws Exception {
    try (Connection c = store.tamperConnection();
        PreparedStatement st = c.prepareStatement("SELECT previous_chain_hash FROM entries WHERE seq = ?")) {
      st.setLong(1, seq);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** Moves the rows of two seqs into each other's place, as a reordering attacker would. */
  private static void swapSeqs(Connection c, long a, long b) throws Exception {
    String cols = JdbcLedger.ENTRY_COLUMNS + ", raw";
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT " + cols + " FROM entries WHERE seq IN (?, ?) ORDER BY seq")) {
      st.setLong(1, a);
      st.setLong(2, b);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[9];
          for (int i = 0; i < 9; i++) {
            row[i] = i == 8 ? rs.getBytes(9) : rs.getObject(i + 1);
          }
          rows.add(row);
        }
      }
    }
    try (PreparedStatement del = c.prepareStatement("DELETE FROM entries WHERE seq IN (?, ?)")) {
      del.setLong(1, a);
      del.setLong(2, b);
      del.executeUpdate();
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO entries (" + cols + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int r = 0; r < 2; r++) {
        Object[] row = rows.get(r);
        ins.setLong(1, r == 0 ? b : a);
        ins.setString(2, (String) row[1]);
        ins.setString(3, (String) row[2]);
        ins.setString(4, (String) row[3]);
        ins.setLong(5, ((Number) row[4]).longValue());
        ins.setString(6, (String) row[5]);
        ins.setString(7, (String) row[6]);
        ins.setString(8, (String) row[7]);
        ins.setBytes(9, (byte[]) row[8]);
        ins.executeUpdate();
      }
    }
  }

  private static String jdbcOf(LedgerBackend store) {
    String s = store.store();
    return s.startsWith("jdbc:") ? s : "jdbc:sqlite:" + s;
  }
}
