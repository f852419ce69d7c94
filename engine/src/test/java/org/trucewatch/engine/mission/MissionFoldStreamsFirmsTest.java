package org.trucewatch.engine.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.engine.Progress;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.LedgerException;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.SqliteLedger;

/**
 * The fold that spills observations reads {@code firms-csv} entries through the ledger's stream
 * ({@link MissionFold#read(LedgerEntry, org.trucewatch.ledger.LedgerView)}): the same mission as
 * from the entries' bytes, and an entry whose stored bytes changed fails the fold, named, even
 * when its header is what changed and the reader stops there.
 */
class MissionFoldStreamsFirmsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC);
  private static final String HEADER = "latitude,longitude,acq_date\r\n";
  private static final String SMALL = "firms/small.csv";

  @TempDir Path dir;

  /** A ledger of the 2023 download file, a reduced extract with CRLF, a BOM and a bad row, and the API excerpt. */
  private Path ledger() throws Exception {
    Path firms = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data", "firms");
    Path year = firms.resolve("fire_nrt_SV-C2_400448.csv");
    Path excerpt = firms.resolve("economist_J1_VIIRS_2025223_excerpt.csv");
    assumeTrue(Files.isRegularFile(year) && Files.isRegularFile(excerpt), "shared data not found; skipping");
    String small = "\uFEFF" + HEADER + "47.62075,35.71787,2023-02-24\r\n47.1,east,2023-02-24\r\n48.5,35.1,2023-02-25";
    Path file = dir.resolve("ledger.sqlite");
    try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK))) {
      l.append("firms/fire_nrt_SV-C2_400448.csv", "firms-csv", Files.readAllBytes(year));
      l.append(SMALL, "firms-csv", small.getBytes(StandardCharsets.UTF_8));
      l.append("firms/excerpt.csv", "firms-csv", Files.readAllBytes(excerpt));
    }
    return file;
  }

  @Test
  void firmsEntriesReadThroughTheStreamMakeTheMissionTheirBytesMake() throws Exception {
    Path file = ledger();
    try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK));
        Mission streamed = MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT, true, true);
        MissionFold fromBytes = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, true, true)) {
      for (LedgerEntry e : l.entries()) {
        fromBytes.read(e, l.raw(e.seq()));
      }
      try (Mission bytes = fromBytes.mission()) {
        assertThat(streamed.observations()).hasSize(bytes.observations().size()).hasSizeGreaterThan(42_000);
        assertThat(streamed.observations()).isEqualTo(bytes.observations());
        assertThat(streamed.rejects()).isEqualTo(bytes.rejects()).extracting(Object::toString)
            .containsExactly(SMALL + ":3: longitude: must be a decimal number, not 'east'");
        assertThat(streamed.entries()).isEqualTo(bytes.entries()).hasSize(3);
        assertThat(streamed.checkpoint()).isEqualTo(bytes.checkpoint()).isEqualTo(l.checkpoint());
        assertThat(streamed.repeats()).isEqualTo(bytes.repeats());
        assertThat(streamed.alsoReadFrom()).isEqualTo(bytes.alsoReadFrom());
      }
    }
  }

  @Test
  void aFirmsEntryWhoseStoredBytesChangedFailsTheFoldNamingIt() throws Exception {
    Path file = ledger();
    byte[] raw;
    try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK))) {
      raw = l.raw(2);
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    // a changed value still reads; a changed header is rejected at line 1, before the stream's end
    for (String tampered : new String[] {text.replace("48.5,", "48.6,"), text.replace("acq_date", "acq_dat")}) {
      assertThat(tampered).isNotEqualTo(text);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement st = c.createStatement()) {
        st.execute("DROP TRIGGER IF EXISTS entries_no_update"); // what someone with the file could do
        try (PreparedStatement up = c.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 2")) {
          up.setBytes(1, tampered.getBytes(StandardCharsets.UTF_8));
          assertThat(up.executeUpdate()).isEqualTo(1);
        }
      }
      try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK))) {
        assertThatThrownBy(() -> MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT, true, true))
            .isInstanceOf(LedgerException.class)
            .hasMessageContaining("entry 2 (" + SMALL + ") is damaged");
        try (Mission before = MissionFold.of(l, 1, Progress.SILENT, true, true)) {
          assertThat(before.entries()).hasSize(1);
        }
      }
    }
  }
}
