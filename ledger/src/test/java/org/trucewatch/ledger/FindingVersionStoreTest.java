package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding versions on both backends: numbered, kept across reopening, never rewritten. */
class FindingVersionStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-11T22:00:00Z"), ZoneOffset.UTC);
  private static final String F1 = "f1".repeat(32);
  private static final String F2 = "f2".repeat(32);
  private static final String OBS_A = "a".repeat(64);
  private static final String OBS_B = "b".repeat(64);

  @TempDir Path dir;

  private static FindingVersion version(String finding, String change, String grade, List<String> evidence, String body) {
    return new FindingVersion(finding, 0, "energy-moratorium", "i1", OBS_A, "", 2, "c".repeat(64), change, grade, "reported",
        evidence, "why " + grade, body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void versionsAreNumberedKeptAcrossReopeningAndUnchangedOnesSkipped(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      try (Ledger ledger = store.open(new LedgerOptions(CLOCK, Optional.empty(), 1000))) {
        List<FindingVersion> first = ledger.recordFindingVersions(List.of(
            version(F1, "new", "possible", List.of(OBS_A), "{\"grade\":\"possible\"}"),
            version(F2, "new", "probable", List.of(OBS_A, OBS_B), "{\"grade\":\"probable\"}")));
        assertThat(first).extracting(FindingVersion::version).containsExactly(1, 1);
      }
      try (Ledger ledger = store.open(new LedgerOptions(CLOCK, Optional.empty(), 1000))) {
        List<FindingVersion> second = ledger.recordFindingVersions(List.of(
            version(F1, "changed", "probable", List.of(OBS_A, OBS_B), "{\"grade\":\"probable\"}"),
            version(F2, "changed", "probable", List.of(OBS_A, OBS_B), "{\"grade\":\"probable\"}")));
        assertThat(second).as("F2 said nothing new").extracting(FindingVersion::findingId).containsExactly(F1);
        assertThat(second.get(0).version()).isEqualTo(2);
        ledger.recordFindingVersions(List.of(version(F2, "withdrawn", "probable", List.of(OBS_A, OBS_B), "{\"grade\":\"probable\"}")));
      }
      try (Ledger ledger = store.open(new LedgerOptions(CLOCK, Optional.empty(), 1000))) {
        List<FindingVersion> f1 = ledger.findingVersions(F1);
        assertThat(f1).extracting(FindingVersion::grade).containsExactly("possible", "probable");
        assertThat(f1.get(1).evidence()).containsExactly(OBS_A, OBS_B);
        assertThat(f1.get(1).why()).isEqualTo("why probable");
        assertThat(f1.get(1).entryCount()).isEqualTo(2);
        assertThat(ledger.findingVersions(F2)).extracting(FindingVersion::change).containsExactly("new", "withdrawn");
        assertThat(ledger.latestFindingVersions().get(F1).version()).isEqualTo(2);
        assertThat(ledger.latestFindingVersions().get(F2).withdrawn()).isTrue();
        assertThat(ledger.findingVersions("nope")).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aFindingThatSupersedesAnotherListsItsPredecessorsVersionsFirst(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir);
        Ledger ledger = store.open(new LedgerOptions(CLOCK, Optional.empty(), 1000))) {
      ledger.recordFindingVersions(List.of(version(F1, "new", "possible", List.of(OBS_A), "{\"v\":1}")));
      ledger.recordFindingVersions(List.of(
          version(F1, "withdrawn", "possible", List.of(OBS_A), "{\"v\":1}"),
          new FindingVersion(F2, 0, "energy-moratorium", "i2", OBS_A, F1, 3, "d".repeat(64), "changed", "probable",
              "corroborated", List.of(OBS_A, OBS_B), "evidence added", "{\"v\":2}")));
      assertThat(ledger.findingVersions(F2)).extracting(v -> v.findingId() + "/" + v.version() + "/" + v.change())
          .containsExactly(F1 + "/1/new", F1 + "/2/withdrawn", F2 + "/1/changed");
      assertThat(ledger.findingVersions(F1)).hasSize(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void anEarlierVersionCannotBeRewrittenOrDeleted(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir);
        Ledger ledger = store.open(new LedgerOptions(CLOCK, Optional.empty(), 1000))) {
      ledger.recordFindingVersions(List.of(version(F1, "new", "possible", List.of(OBS_A), "{}")));
      try (java.sql.Connection c = store.tamperConnection();
          java.sql.Statement st = c.createStatement()) {
        // the tamper connection lets entries through, but finding_versions has its own triggers
        assertThatThrownBy(() -> st.execute("UPDATE finding_versions SET grade = 'confirmed'"))
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> st.execute("DELETE FROM finding_versions"))
            .hasMessageContaining("append-only");
      }
      assertThat(ledger.findingVersions(F1)).extracting(FindingVersion::grade).containsExactly("possible");
    }
  }
}
