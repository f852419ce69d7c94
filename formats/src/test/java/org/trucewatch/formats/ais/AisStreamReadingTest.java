package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.maritime.VesselFixStore;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

/**
 * {@link AisObservationReader#readFixes(String, String, InputStream, AisFixes)}: an entry read line
 * by line from a stream, in one pass, gives the same fixes and the same rejects (lines, messages)
 * as reading its bytes whole, however the stream cuts the bytes.
 */
class AisStreamReadingTest {
  private static final long T0 = 1742469300L; // 2025-03-20T11:15:00Z
  private static final String SHA = "ab".repeat(32);

  /** A stream that hands over at most {@code most} bytes per read, as a network or a chunked store may. */
  private static InputStream trickle(byte[] raw, int most) {
    return new FilterInputStream(new ByteArrayInputStream(raw)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  /** Every fix of the store, field by field, ship by ship. */
  private static List<String> fixesOf(AisFixes fixes) {
    List<String> out = new ArrayList<>();
    for (int mmsi : fixes.store().mmsis()) {
      VesselFixStore.ShipFixes f = fixes.store().ship(mmsi);
      for (int i = 0; i < f.size(); i++) {
        out.add(mmsi + " " + f.epochMillis(i) + " " + f.lat(i) + " " + f.lon(i) + " " + f.speedKnots(i) + " "
            + f.courseDegrees(i) + " " + f.detail(i) + " " + f.line(i) + " " + f.context(i));
      }
    }
    return out;
  }

  /**
   * Reads {@code raw} from the bytes and from streams cut every way, and checks each gives the
   * fixes, remade observations and rejects of the bytes; returns the rejects.
   */
  private static List<Reject> assertStreamsReadAsTheBytes(AisObservationReader reader, String name, byte[] raw)
      throws IOException {
    AisFixes fromBytes = new AisFixes(reader);
    List<Reject> expected = reader.readFixes(name, SHA, raw, fromBytes);
    ReadResult read = reader.read(name, SHA, raw);
    assertThat(expected).isEqualTo(read.rejects());
    assertThat(fromBytes.store().size()).isEqualTo(read.observations().size());
    for (int most : new int[] {1, 2, 3, 7, 81, 4096, 65_537, Integer.MAX_VALUE}) {
      AisFixes fromStream = new AisFixes(reader);
      List<Reject> rejects = reader.readFixes(name, SHA, trickle(raw, most), fromStream);
      assertThat(rejects).as("rejects, reads of at most %d bytes", most).isEqualTo(expected);
      assertThat(fixesOf(fromStream)).as("fixes, reads of at most %d bytes", most).isEqualTo(fixesOf(fromBytes));
      for (int mmsi : fromBytes.store().mmsis()) {
        assertThat(fromStream.observations(mmsi)).isEqualTo(fromBytes.observations(mmsi));
      }
      assertThat(fromStream.militaryObservations()).isEqualTo(fromBytes.militaryObservations());
    }
    return expected;
  }

  @Test
  void realLogsReadFromAStreamAsFromTheirBytes() throws Exception {
    AisObservationReader reader = new AisObservationReader();
    // the Danish stream with Gatehouse headers, gpsd's sample, ORBCOMM tag blocks with multipart
    // messages, pyais's mixed lines and comments
    for (String file : new String[] {"aislib/stream_example.txt", "gpsd/sample.aivdm", "libais/tagblock.nmea",
        "pyais/gatehouse.nmea", "pyais/mixed.txt", "pyais/nmea_data_sample.txt", "aislib/ais250.txt"}) {
      byte[] raw = Files.readAllBytes(AisSharedData.file(file));
      assertStreamsReadAsTheBytes(reader, file, raw);
    }
    AisFixes danish = new AisFixes(reader);
    byte[] raw = Files.readAllBytes(AisSharedData.file("aislib/stream_example.txt"));
    reader.readFixes("stream_example.txt", SHA, new ByteArrayInputStream(raw), danish);
    assertThat(danish.store().size()).isGreaterThan(100);
  }

  @Test
  void multipartStaticDataAfterItsReportsAByteOrderMarkCrLfAndNoLastNewlineReadAsFromTheBytes() throws Exception {
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append(w.classAPosition("st-1", T0 + 10L * i, 'A', 272100001, i % 16, 46.0 + i * 0.001, 30.9,
          12.3, 90.0, 90, i % 60));
      sb.append(w.classBPosition("", T0 + 45L * i, 'B', 272555555, 45.6, 31.6 + i * 0.001, 6.0, 359.9, -1, 6));
    }
    // static data (type 5: two sentences each) after the reports it applies to; one ship military
    sb.append(w.staticVoyage("st-1", T0 + 721, 'A', 272100001, 9000001, "UTAA1", "DNIPRO STAR", 80,
        new ShipDimensions(100, 20, 10, 10), "ODESA", 8.0));
    sb.append(w.staticVoyage("st-1", T0, 'B', 273400002, 0, "RXXX", "NAVAL ONE", 35,
        new ShipDimensions(80, 40, 8, 8), "", 5.0));
    sb.append(w.classAPosition("st-1", T0 + 5, 'B', 273400002, 0, 45.5, 31.5, 15.0, 90.0, 90, 5));
    sb.append("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"); // no time: a reject
    sb.append("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\n"); // bad checksum: a reject
    sb.append("x".repeat(200_000)).append('\n'); // a line longer than the reading buffer
    sb.append(w.classAPosition("st-2", T0 + 900, 'A', 272100001, 0, 46.2, 30.9, 12.0, 90.0, 90, 0));
    String text = sb.toString();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    byte[] plain = text.getBytes(StandardCharsets.US_ASCII);
    List<Reject> rejects = assertStreamsReadAsTheBytes(new AisObservationReader(60, Set.of()), "plain.nmea", plain);
    assertThat(rejects).extracting(Reject::reason).anyMatch(m -> m.startsWith("no report time"));
    assertThat(rejects).hasSizeGreaterThanOrEqualTo(3);

    ByteArrayOutputStream withBom = new ByteArrayOutputStream();
    withBom.write(bom);
    // CR LF line ends, and no line end after the last line
    String crlf = text.replace("\n", "\r\n");
    withBom.write(crlf.substring(0, crlf.length() - 2).getBytes(StandardCharsets.US_ASCII));
    List<Reject> bomRejects = assertStreamsReadAsTheBytes(new AisObservationReader(60, Set.of(272555555)),
        "bom.nmea", withBom.toByteArray());
    assertThat(bomRejects).extracting(Reject::line).isEqualTo(rejects.stream().map(Reject::line).toList());

    // edge cases of the start and the end
    AisObservationReader reader = new AisObservationReader();
    assertThat(assertStreamsReadAsTheBytes(reader, "empty.nmea", new byte[0])).isEmpty();
    assertThat(assertStreamsReadAsTheBytes(reader, "bom-only.nmea", bom)).isEmpty();
    assertThat(assertStreamsReadAsTheBytes(reader, "two.nmea", "!A".getBytes(StandardCharsets.US_ASCII))).hasSize(1);
    assertThat(assertStreamsReadAsTheBytes(reader, "newlines.nmea", "\n\n\n".getBytes(StandardCharsets.US_ASCII)))
        .isEmpty();
  }
}
