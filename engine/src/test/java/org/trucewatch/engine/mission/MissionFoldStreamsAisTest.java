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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.ais.AisNmeaWriter;
import org.trucewatch.formats.ais.ShipDimensions;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.LedgerException;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.SqliteLedger;

/**
 * The fold that holds vessels compactly reads {@code ais-nmea} entries through the ledger's stream
 * ({@link MissionFold#read(LedgerEntry, org.trucewatch.ledger.LedgerView)}): the same mission as
 * from the entries' bytes, and an entry whose stored bytes changed fails the fold, named.
 */
class MissionFoldStreamsAisTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC);
  private static final long T0 = 1742469300L; // 2025-03-20T11:15:00Z
  private static final String DANISH = "ais/stream_example.txt";
  private static final String SEA = "ais/black-sea.nmea";

  @TempDir Path dir;

  /** A ledger of the Danish AIS log, a FIRMS excerpt and a Black Sea log with a warship whose static data comes last. */
  private Path ledger() throws Exception {
    Path shared = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data");
    Path danish = shared.resolve("ais/aislib/stream_example.txt");
    Path firms = shared.resolve("firms/economist_J1_VIIRS_2025223_excerpt.csv");
    assumeTrue(Files.isRegularFile(danish) && Files.isRegularFile(firms), "shared data not found; skipping");
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder sea = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      sea.append(w.classAPosition("st-1", T0 + 30L * i, 'A', 272100001, 0, 46.0 + i * 0.001, 30.9, 12.0, 90.0, 90, i % 60));
      sea.append(w.classAPosition("st-2", T0 + 30L * i, 'B', 273400002, 0, 45.5, 31.5 + i * 0.001, 15.0, 90.0, 90, 5));
    }
    sea.append("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"); // no time: a reject
    sea.append(w.staticVoyage("st-2", T0, 'B', 273400002, 0, "RXXX", "NAVAL ONE", 35, new ShipDimensions(80, 40, 8, 8), "", 5.0));
    Path file = dir.resolve("ledger.sqlite");
    try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK))) {
      l.append(DANISH, "ais-nmea", Files.readAllBytes(danish));
      l.append("firms/excerpt.csv", "firms-csv", Files.readAllBytes(firms));
      l.append(SEA, "ais-nmea", sea.toString().getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }

  private static List<Observation> vessels(Mission m) {
    List<Observation> out = new ArrayList<>();
    for (int mmsi : m.vesselFixes().store().mmsis()) {
      out.addAll(m.vesselFixes().observations(mmsi));
    }
    return out;
  }

  @Test
  void aisEntriesReadThroughTheStreamMakeTheMissionTheirBytesMake() throws Exception {
    Path file = ledger();
    try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK))) {
      Mission streamed = MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT, true);
      MissionFold fromBytes = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, true);
      for (LedgerEntry e : l.entries()) {
        fromBytes.read(e, l.raw(e.seq()));
      }
      Mission bytes = fromBytes.mission();

      assertThat(streamed.vesselFixes().store().size()).isEqualTo(bytes.vesselFixes().store().size()).isGreaterThan(300);
      assertThat(vessels(streamed)).isEqualTo(vessels(bytes));
      assertThat(streamed.vesselFixes().militaryObservations())
          .isEqualTo(bytes.vesselFixes().militaryObservations())
          .filteredOn(o -> o.attributes().get("mmsi").equals("273400002")).hasSize(12); // thinned to 5 min
      assertThat(streamed.rejects()).isEqualTo(bytes.rejects()).anyMatch(r -> r.file().equals(SEA));
      assertThat(streamed.entries()).isEqualTo(bytes.entries()).hasSize(3);
      assertThat(streamed.observations()).isEqualTo(bytes.observations()).isNotEmpty(); // the FIRMS rows
      assertThat(streamed.checkpoint()).isEqualTo(bytes.checkpoint()).isEqualTo(l.checkpoint());
      assertThat(streamed.repeats()).isEqualTo(bytes.repeats());
      assertThat(streamed.alsoReadFrom()).isEqualTo(bytes.alsoReadFrom());
    }
  }

  @Test
  void anAisEntryWhoseStoredBytesChangedFailsTheFoldNamingIt() throws Exception {
    Path file = ledger();
    byte[] changed;
    try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK))) {
      changed = l.raw(3);
    }
    // one checksum changed: the entry still reads (one reject more), so only the hash can tell
    String text = new String(changed, StandardCharsets.US_ASCII);
    String tampered = text.replace(",0*4A\n", ",0*4B\n");
    assertThat(tampered).isNotEqualTo(text);
    changed = tampered.getBytes(StandardCharsets.US_ASCII);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER entries_no_update"); // what someone with the file could do
      try (PreparedStatement up = c.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 3")) {
        up.setBytes(1, changed);
        assertThat(up.executeUpdate()).isEqualTo(1);
      }
    }
    try (Ledger l = SqliteLedger.open(file, LedgerOptions.readOnly(CLOCK))) {
      assertThatThrownBy(() -> MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT, true))
          .isInstanceOf(LedgerException.class)
          .hasMessageContaining("entry 3 (" + SEA + ") is damaged");
      // the fold of the entries before it is untouched
      assertThat(MissionFold.of(l, 2, Progress.SILENT, true).entries()).hasSize(2);
    }
  }
}
