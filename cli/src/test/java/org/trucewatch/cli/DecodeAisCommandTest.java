package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeAisCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path gpsdFile(String name) {
    String root = System.getProperty("trucewatch.shared");
    Path p = root == null ? null : Path.of(root, "data", "ais", "gpsd", name);
    assumeTrue(p != null && Files.isRegularFile(p), "shared data ais/gpsd/" + name + " not found; skipping");
    return p;
  }

  @Test
  void gpsdFormatOnGpsdsSampleGivesTheFieldsGpsdGives() throws Exception {
    TrucewatchTest.Outcome o = TrucewatchTest.run("decode", "ais", "--format", "gpsd", gpsdFile("sample.aivdm").toString());
    assertThat(o.code()).as(o.err()).isZero();
    Set<Integer> ours = Set.of(1, 2, 3, 4, 5, 9, 11, 18, 19, 21, 24, 27);
    List<String> expected = new ArrayList<>();
    for (String line : Files.readAllLines(gpsdFile("sample.aivdm.js.chk"))) {
      if (ours.contains(JSON.readTree(line).get("type").asInt())) {
        expected.add(line);
      }
    }
    List<String> got = o.out().lines().toList();
    assertThat(got).hasSameSizeAs(expected);
    for (int i = 0; i < got.size(); i++) {
      JsonNode g = JSON.readTree(got.get(i));
      JsonNode e = JSON.readTree(expected.get(i));
      e.fieldNames().forEachRemaining(k -> {
        JsonNode a = g.get(k);
        JsonNode b = e.get(k);
        assertThat(a).as(k).isNotNull();
        if (a.isNumber()) {
          assertThat(a.decimalValue()).as(k).isEqualByComparingTo(b.decimalValue());
        } else {
          assertThat(a).as(k).isEqualTo(b);
        }
      });
    }
    assertThat(o.err()).contains("sample.aivdm:").contains("sentences").contains("not printed");
  }

  @Test
  void jsonLeavesNotAvailableOutAndCsvHasAHeaderAndEmptyCells(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.nmea");
    Files.writeString(f, String.join("\n",
        "\\s:station-7,c:1742469300*" + tagChecksum("s:station-7,c:1742469300") + "\\!AIVDM,1,1,,A,16SteH0P00Jt63hHaa6SagvJ087r,0*42",
        "!AIVDM,1,1,,A,16SteH0P00Jt63hHaa6SagvJ087r,0*43",
        "!AIVDM,1,1,,A,402Fha0000Htt<tSF0l4Q@000d20,0*65",
        ""));
    TrucewatchTest.Outcome o = TrucewatchTest.run("decode", "ais", f.toString());
    assertThat(o.code()).as(o.err()).isZero();
    List<String> lines = o.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("time").asText()).isEqualTo("2025-03-20T11:15:00Z");
    assertThat(first.get("source").asText()).isEqualTo("station-7");
    assertThat(first.get("mmsi").asInt()).isEqualTo(440348000);
    assertThat(first.has("heading_deg")).isFalse(); // 511: not available
    assertThat(first.get("course_deg").asDouble()).isEqualTo(93.4);
    JsonNode base = JSON.readTree(lines.get(1));
    assertThat(base.has("lat")).isFalse();
    assertThat(base.has("lon")).isFalse();
    assertThat(o.err()).contains("t.nmea:2: checksum mismatch").contains("1 bad sentences");

    TrucewatchTest.Outcome csv = TrucewatchTest.run("decode", "ais", "--format", "csv", f.toString());
    List<String> rows = csv.out().lines().toList();
    assertThat(rows.get(0)).startsWith("line,time,source,channel,type,mmsi,lat,lon");
    assertThat(rows.get(1)).startsWith("1,2025-03-20T11:15:00Z,station-7,A,1,440348000,43.08015,-70.7582,0,93.4,,0,");
    assertThat(rows.get(2)).startsWith("3,,,A,4,2470052,,,,,,");
  }

  @Test
  void twoThreadsWriteTheSameBytesAsOneOnThePublicLogs(@TempDir Path dir) throws Exception {
    String root = System.getProperty("trucewatch.shared");
    Path ais = root == null ? null : Path.of(root, "data", "ais");
    assumeTrue(ais != null && Files.isDirectory(ais), "shared data ais/ not found; skipping");
    Path all = dir.resolve("all.nmea");
    StringBuilder text = new StringBuilder();
    for (String f : List.of("aislib/ais250.txt", "aislib/decode_encode_messages.txt", "aislib/stream_example.txt",
        "gpsd/sample.aivdm", "libais/tagblock.nmea", "libais/typeexamples.nmea", "pyais/mixed.txt",
        "pyais/nmea_data_sample.txt", "pyais/timestamped.ais")) {
      text.append(Files.readString(ais.resolve(f), StandardCharsets.ISO_8859_1)).append('\n');
    }
    Files.writeString(all, text, StandardCharsets.ISO_8859_1);
    for (String format : List.of("gpsd", "json", "csv")) {
      TrucewatchTest.Outcome one = TrucewatchTest.run("decode", "ais", "--threads", "1", "--format", format, all.toString());
      TrucewatchTest.Outcome two = TrucewatchTest.run("decode", "ais", "--threads", "2", "--format", format, all.toString());
      assertThat(one.code()).as(one.err()).isZero();
      assertThat(one.out().lines().count()).as(format).isGreaterThan(5_000);
      assertThat(two.out()).as(format).isEqualTo(one.out());
      assertThat(two.err()).as(format).isEqualTo(one.err()).contains("bad sentences");
    }
    TrucewatchTest.Outcome three = TrucewatchTest.run("decode", "ais", "--threads", "3", all.toString());
    assertThat(three.code()).isEqualTo(2);
    assertThat(three.err()).contains("--threads must be 1 or 2");
  }

  @Test
  void readsStandardInputWithADash() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(
          "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n".getBytes(StandardCharsets.US_ASCII)));
      TrucewatchTest.Outcome o = TrucewatchTest.run("decode", "ais", "-");
      assertThat(o.code()).as(o.err()).isZero();
      assertThat(JSON.readTree(o.out()).get("mmsi").asInt()).isEqualTo(371798000);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aMissingFileOrUnknownFormatFailsWithOneLine(@TempDir Path dir) {
    TrucewatchTest.Outcome missing = TrucewatchTest.run("decode", "ais", dir.resolve("nope.nmea").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().trim()).contains("no such file").doesNotContain("\n");
    TrucewatchTest.Outcome bad = TrucewatchTest.run("decode", "ais", "--format", "xml", "-");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--format must be json, gpsd or csv");
  }

  @Test
  void helpShowsExamples() {
    TrucewatchTest.Outcome o = TrucewatchTest.run("decode", "ais", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("Examples:").contains("--format gpsd");
  }

  static String tagChecksum(String body) {
    int c = 0;
    for (int i = 0; i < body.length(); i++) {
      c ^= body.charAt(i);
    }
    return String.format("%02X", c);
  }
}
