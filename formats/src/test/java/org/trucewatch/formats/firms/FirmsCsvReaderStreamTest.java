package org.trucewatch.formats.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.firms.FirmsRows.BAD_ROWS_BETWEEN_GOOD;
import static org.trucewatch.formats.firms.FirmsRows.GOOD_ROW;
import static org.trucewatch.formats.firms.FirmsRows.VIIRS_HEADER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.Reject;

/**
 * Reading a FIRMS file from a stream ({@link FirmsCsvReader#read(String, String, InputStream,
 * java.util.function.Consumer)}) gives exactly what reading its bytes gives: the same observations
 * (ids, attributes, provenance lines) in the same order and the same rejects, whatever pieces the
 * stream hands its bytes over in.
 */
class FirmsCsvReaderStreamTest {
  private static final String SHA = "ab".repeat(32);
  private static final int[] PIECES = {1, 7, 4096};

  private final FirmsCsvReader reader = new FirmsCsvReader();

  /** What the reader gives for an input: observations and rejects. */
  private record Read(List<Observation> observations, List<Reject> rejects) {}

  private Read fromBytes(String name, byte[] raw) {
    List<Observation> out = new ArrayList<>();
    List<Reject> rejects = reader.read(name, SHA, raw, out::add);
    return new Read(out, rejects);
  }

  private Read fromStream(String name, byte[] raw, int piece) throws IOException {
    List<Observation> out = new ArrayList<>();
    List<Reject> rejects = reader.read(name, SHA, new Pieces(raw, piece), out::add);
    return new Read(out, rejects);
  }

  /** Asserts the stream read in every piece size equals the bytes read; returns the bytes read. */
  private Read assertSame(String name, byte[] raw) throws IOException {
    Read expected = fromBytes(name, raw);
    for (int piece : PIECES) {
      Read actual = fromStream(name, raw, piece);
      assertThat(actual.rejects()).as("rejects, pieces of %d", piece).isEqualTo(expected.rejects());
      assertThat(actual.observations()).as("observations, pieces of %d", piece).hasSameSizeAs(expected.observations());
      for (int i = 0; i < expected.observations().size(); i++) {
        Observation a = actual.observations().get(i);
        Observation e = expected.observations().get(i);
        assertThat(a.id()).isEqualTo(e.id());
        assertThat(a.provenance()).isEqualTo(e.provenance());
        assertThat(a).isEqualTo(e);
      }
    }
    return expected;
  }

  private Read assertSame(String text) throws IOException {
    return assertSame("test.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsThe2023DownloadFileAsItsBytes() throws IOException {
    Read r = assertSame("fire_nrt_SV-C2_400448.csv", SharedData.firms("fire_nrt_SV-C2_400448.csv"));
    assertThat(r.observations()).hasSize(42_415);
    assertThat(r.observations().get(42_414).provenance().line()).isEqualTo(42_416);
  }

  @Test
  void readsThe2022ArchiveAsItsBytes() throws IOException {
    Read r = assertSame("ukr_fire_data_2022.csv", SharedData.firms("archive/ukr_fire_data_2022.csv"));
    assertThat(r.observations()).hasSize(133_979);
  }

  @Test
  void readsTheApiExcerptAsItsBytes() throws IOException {
    assertThat(assertSame("excerpt.csv", SharedData.firms("economist_J1_VIIRS_2025223_excerpt.csv")).observations())
        .hasSize(10);
  }

  @Test
  void rejectsBadRowsByLineAndFieldAsFromItsBytes() throws IOException {
    String text = BAD_ROWS_BETWEEN_GOOD;

    Read r = assertSame(text);
    assertThat(r.observations()).extracting(o -> o.provenance().line()).containsExactly(2L, 13L);
    assertThat(r.rejects()).hasSize(10);
    assertThat(r.rejects().get(0).toString()).isEqualTo("test.csv:3: latitude: missing value");
    // the same with Windows line ends, a byte-order mark and no final newline
    Read windows = assertSame("\uFEFF" + text.replace("\n", "\r\n"));
    assertThat(windows.rejects()).isEqualTo(r.rejects());
    assertThat(windows.observations()).extracting(Observation::id)
        .isEqualTo(r.observations().stream().map(Observation::id).toList());
  }

  @Test
  void readsReducedExtractsAndBadHeadersAsFromTheirBytes() throws IOException {
    assertSame("LATITUDE,LONGITUDE,ACQ_DATE\n"
        + "47.8781,35.158,2012-01-02\n"
        + "91.2,35.158,2012-01-02\n"
        + "47.8568,east,2012-01-02\n"
        + "47.8568,33.4482,2012-13-02\n"
        + "47.8568,33.4482\n"
        + "47.8568,33.4482,2012-01-03\n");
    assertThat(assertSame("LATITUDE,ACQ_TIME\n47.8781,1200\n").rejects()).hasSize(1);
    assertThat(assertSame("latitude,longitude,acq_date,scan\n47.8781,35.158,2012-01-02,0.4\n").rejects()).hasSize(1);
    assertThat(assertSame("\"latitude,longitude\n1,2\n").rejects()).hasSize(1);
    assertThat(assertSame("\n\n").rejects()).extracting(Reject::toString)
        .containsExactly("test.csv: no header line: the input is empty");
    assertThat(assertSame("").rejects()).hasSize(1);
    assertThat(assertSame("\uFEFF").rejects()).hasSize(1);
  }

  @Test
  void readsNonAsciiAndMalformedBytesAsFromTheirBytes() throws IOException {
    String text = VIIRS_HEADER + "\r\n"
        + GOOD_ROW.replace(",n,", ",né,") + "\r\n"
        + GOOD_ROW.replace("N,VIIRS", "Ñ,VIIRS") + "\r\n"
        + "\r\n"
        + GOOD_ROW + "\r\n"
        + GOOD_ROW.replace("1106", "11€6");
    Read r = assertSame(text);
    assertThat(r.observations()).extracting(o -> o.provenance().line()).containsExactly(3L, 5L);
    assertThat(r.rejects()).extracting(Reject::toString).containsExactly(
        "test.csv:2: confidence: must be l/n/h, low/nominal/high (VIIRS) or a percentage 0-100 (MODIS), not 'né'",
        "test.csv:6: acq_time: must be a UTC time HHMM, HH:MM or HH:MM:SS, not '11€6'");

    // invalid UTF-8: a lone continuation byte, a truncated sequence before the line end and at the file's end
    byte[] header = (VIIRS_HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] row = GOOD_ROW.getBytes(StandardCharsets.US_ASCII);
    java.io.ByteArrayOutputStream bad = new java.io.ByteArrayOutputStream();
    bad.write(header);
    bad.write(row, 0, 40);
    bad.write(0x80);
    bad.write(row, 40, row.length - 40);
    bad.write('\n');
    bad.write(row);
    bad.write(new byte[] {(byte) 0xE2, (byte) 0x82, '\r', '\n', (byte) 0xE2, (byte) 0x82, '\n'});
    bad.write(row);
    bad.write(new byte[] {',', (byte) 0xF0, (byte) 0x9F});
    Read malformed = assertSame("test.csv", bad.toByteArray());
    assertThat(malformed.rejects()).extracting(Reject::line).containsExactly(2L, 4L, 5L);
    // line 3's truncated sequence before its CR LF is the last field's replacement character
    assertThat(malformed.observations()).singleElement()
        .satisfies(o -> assertThat(o.attributes()).containsEntry("daynight", "D\uFFFD"));
  }

  @Test
  void readsALineLongerThanTheBufferAsFromItsBytes() throws IOException {
    String longRow = GOOD_ROW.replace("2.0NRT", "x".repeat(200_000));
    Read r = assertSame(VIIRS_HEADER + "\n" + longRow + "\n" + GOOD_ROW);
    assertThat(r.observations()).extracting(o -> o.provenance().line()).containsExactly(2L, 3L);
  }

  /** A stream handing its bytes over at most {@code piece} at a time, as a network or a chunked store may. */
  private static final class Pieces extends InputStream {
    private final ByteArrayInputStream in;
    private final int piece;

    Pieces(byte[] raw, int piece) {
      this.in = new ByteArrayInputStream(raw);
      this.piece = piece;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, piece));
    }
  }
}
