package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LedgerView#open}: an entry's bytes as a stream, exactly as appended, read in chunks from
 * the database and checked against the entry's SHA-256 at the end, on every backend.
 */
class LedgerEntryStreamTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-11T22:00:00Z"), ZoneOffset.UTC);
  private static final DeploymentKey KEY = DeploymentKey.generate();
  private static final String YEARS_NAME = "firms/ukr_fire_data_2019_2022_2023.csv";

  @TempDir Path dir;

  private static LedgerOptions signing() {
    return new LedgerOptions(CLOCK, Optional.of(KEY), 1000);
  }

  /** Three real years of VIIRS fires over Ukraine in one file: 10.6 MB, three chunks of the reader. */
  private static byte[] threeYears() throws IOException {
    Path archive = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data", "firms", "archive");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String year : new String[] {"2019", "2022", "2023"}) {
      Path f = archive.resolve("ukr_fire_data_" + year + ".csv");
      assumeTrue(Files.isRegularFile(f), "shared data " + f + " not found; skipping");
      all.write(Files.readAllBytes(f));
    }
    return all.toByteArray();
  }

  private static byte[] readAll(LedgerView view, long seq) throws IOException {
    try (InputStream in = view.open(seq)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8191]; // not a divisor of the chunk size: reads straddle chunk ends
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void givesTheBytesAsAppendedWhateverTheirSize(String backend) throws Exception {
    byte[] years = threeYears();
    assertThat(years.length).isGreaterThan(2 * JdbcLedger.MIN_CHUNK_BYTES);
    try (LedgerBackend store = LedgerBackend.named(backend, dir);
        Ledger ledger = store.open(signing())) {
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      ledger.append(YEARS_NAME, "firms-csv", years);
      ledger.append("reports/empty.jsonl", "observations-jsonl", new byte[0]);
      ledger.append(Inputs.OBSERVATIONS_NAME, "observations-jsonl", Inputs.OBSERVATIONS_JSONL);

      assertThat(readAll(ledger, 1)).isEqualTo(Inputs.FIRMS_CSV);
      assertThat(readAll(ledger, 2)).isEqualTo(years);
      assertThat(readAll(ledger, 3)).isEmpty();
      assertThat(readAll(ledger, 4)).isEqualTo(Inputs.OBSERVATIONS_JSONL).isEqualTo(ledger.raw(4));
      try (InputStream in = ledger.open(1)) {
        // byte by byte too
        assertThat(in.read()).isEqualTo(Inputs.FIRMS_CSV[0] & 0xFF);
      }
      assertThatThrownBy(() -> ledger.open(5)).isInstanceOf(LedgerException.class)
          .hasMessageContaining("holds no entry 5");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aChangedByteInAChunkAfterTheFirstFailsTheReadAtItsEndNamingTheEntry(String backend) throws Exception {
    byte[] years = threeYears();
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      try (Ledger ledger = store.open(signing())) {
        ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
        ledger.append(YEARS_NAME, "firms-csv", years);
      }
      byte[] changed = years.clone();
      int at = JdbcLedger.MIN_CHUNK_BYTES + 1000; // in the second chunk
      changed[at] = (byte) (changed[at] == '1' ? '2' : '1');
      try (Connection c = store.tamperConnection();
          PreparedStatement st = c.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 2")) {
        st.setBytes(1, changed);
        assertThat(st.executeUpdate()).isEqualTo(1);
      }
      try (Ledger ledger = store.open(signing())) {
        assertThat(readAll(ledger, 1)).isEqualTo(Inputs.FIRMS_CSV);
        try (InputStream in = ledger.open(2)) {
          // what came before the end is the stored bytes; the end is refused
          byte[] head = in.readNBytes(at + 1);
          assertThat(head[at]).isEqualTo(changed[at]);
          assertThatThrownBy(in::readAllBytes).isInstanceOf(LedgerException.class)
              .hasMessageContaining("entry 2 (" + YEARS_NAME + ") is damaged")
              .hasMessageContaining("records sha256 " + ChainHash.sha256Hex(years))
              .hasMessageContaining(ledger.location());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void verifyHashesALargeEntryChunkByChunkAndFindsAChangedByteOrLength(String backend) throws Exception {
    byte[] years = threeYears();
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      try (Ledger ledger = store.open(signing())) {
        ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
        ledger.append(YEARS_NAME, "firms-csv", years);
        ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML);
        ledger.signCheckpoint();
        VerificationReport intact = ledger.verify(null, KEY.publicKey());
        assertThat(intact.broken()).isEmpty();
        assertThat(intact.entriesChecked()).isEqualTo(3);
      }
      byte[] changed = years.clone();
      int at = 2 * JdbcLedger.MIN_CHUNK_BYTES + 77; // in the third chunk
      changed[at] = (byte) (changed[at] == '1' ? '2' : '1');
      byte[] longer = java.util.Arrays.copyOf(years, years.length + 1);
      longer[years.length] = '\n';
      for (byte[] stored : new byte[][] {changed, longer}) {
        try (Connection c = store.tamperConnection();
            PreparedStatement st = c.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 2")) {
          st.setBytes(1, stored);
          assertThat(st.executeUpdate()).isEqualTo(1);
        }
        try (Ledger ledger = store.open(signing())) {
          VerificationReport report = ledger.verify();
          assertThat(report.broken()).extracting(BrokenEntry::seq).containsOnly(2L);
          assertThat(report.broken()).anySatisfy(b ->
              assertThat(b.reason()).isEqualTo("stored bytes hash to " + ChainHash.sha256Hex(stored)
                  + " but the entry records sha256 " + ChainHash.sha256Hex(years)));
          if (stored == longer) {
            assertThat(report.broken()).anySatisfy(b -> assertThat(b.reason())
                .isEqualTo("stored bytes are " + longer.length + " bytes long but the entry records " + years.length));
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void storedBytesShorterThanRecordedFailTheRead(String backend) throws Exception {
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      try (Ledger ledger = store.open(signing())) {
        ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      }
      try (Connection c = store.tamperConnection();
          PreparedStatement st = c.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 1")) {
        st.setBytes(1, java.util.Arrays.copyOf(Inputs.FIRMS_CSV, Inputs.FIRMS_CSV.length - 40));
        st.executeUpdate();
      }
      try (Ledger ledger = store.open(signing())) {
        assertThatThrownBy(() -> readAll(ledger, 1)).isInstanceOf(LedgerException.class)
            .hasMessageContaining("entry 1 (" + Inputs.FIRMS_NAME + ") is damaged")
            .hasMessageContaining("(" + (Inputs.FIRMS_CSV.length - 40) + " bytes)");
      }
    }
  }

  @Test
  void aBundleGivesItsEntriesCheckedToo() throws Exception {
    Path zip = dir.resolve("bundle.zip");
    try (Ledger ledger = SqliteLedger.open(dir.resolve("ledger.sqlite"), signing())) {
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
      ledger.append(Inputs.SOURCES_NAME, "sources-yaml", Inputs.SOURCES_YAML);
      ledger.signCheckpoint();
      LedgerBundle.write(ledger, KEY.publicKey(), Map.of(), zip);
    }
    LedgerBundle bundle = LedgerBundle.read(zip);
    assertThat(readAll(bundle, 1)).isEqualTo(Inputs.FIRMS_CSV);
    assertThat(readAll(bundle, 2)).isEqualTo(Inputs.SOURCES_YAML);
    assertThatThrownBy(() -> bundle.open(3)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("holds no entry 3");

    // the same bundle with one byte of entry 2 changed
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    files.get("ledger/raw/0000000002")[5] ^= 0x20;
    Path tampered = dir.resolve("tampered.zip");
    try (OutputStream file = Files.newOutputStream(tampered);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue());
        out.closeEntry();
      }
    }
    LedgerBundle bad = LedgerBundle.read(tampered);
    assertThat(readAll(bad, 1)).isEqualTo(Inputs.FIRMS_CSV);
    assertThatThrownBy(() -> readAll(bad, 2)).isInstanceOf(LedgerException.class)
        .hasMessageContaining(tampered + ": entry 2 (" + Inputs.SOURCES_NAME + ") is damaged");
  }
}
