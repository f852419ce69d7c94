package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trucewatch.engine.publish.CoverageDayGeoJsonWriter;
import org.trucewatch.engine.publish.CoverageGeoJsonReader;

/**
 * The streamed outputs against the files the in-memory writers wrote before them (commit bd7264e,
 * {@code trucewatch sim --seed 11} on the example agreement, then {@code trucewatch run}): the same
 * bytes where the format stayed, and the old per-day coverage layer recovered from the new file.
 */
class StreamedOutputsTest {
  /** SHA-256 of each output of the old writers on the simulated day of seed 11. */
  private static final Map<String, String> BEFORE = Map.of(
      "findings.jsonl", "29344db518c5a5d9cc2bdc7cb773709ec751595a2cfd875070a353f904092f2b",
      "incidents.geojson", "9dfdcdb613eebb0407434165547d4bad247f412411c838f00ee30d527fa4a07e",
      "rejects.jsonl", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      // bd7264e's report with one more row in its sources table, the reduced-extract source that
      // cf214de (firms: accept reduced extracts) declares; nothing else differs (diff of the two files)
      "report.html", "8d891421c782a311d04278c641254279e2d600b85825082d3e8d735e54bd35d2",
      "site-coverage.csv", "1db4960e162b43d54e8d3392ba21437eb5c51e44b70d693da4cee2e414f9c2ce",
      "tracks.geojson", "e4e83be8a3bb59757521bbde8ce97455c5959852c851afa3d035f964b23a0eb4",
      "tracks.kml", "01f3d973ad58c881d9002fba059d204af5e8a7ea2c97aaa15b59b27d22381805");
  /** SHA-256 of the old per-day {@code coverage.geojson} (every zone cell on every day) of that run. */
  private static final String COVERAGE_PER_DAY_BEFORE = "5a9ef2466c913b7ccc23f523c7caaeac358ec71afd8f1506bf276ea5feb31da4";

  static Path out;

  @BeforeAll
  static void runTheSimulatedDay() {
    out = SimulatedDay.of(11).out();
  }

  @Test
  void everyOutputWhoseFormatStayedIsByteIdenticalToTheOldWritersOnes() throws Exception {
    for (var e : BEFORE.entrySet()) {
      assertThat(sha256(Files.readAllBytes(out.resolve(e.getKey())))).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(out.resolve("manifest.json.tmp")).doesNotExist();
    assertThat(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8))
        .contains("\"sha256\" : \"" + BEFORE.get("report.html") + "\"");
  }

  @Test
  void theOldPerDayCoverageLayerFollowsByteForByteFromTheNewFile() throws Exception {
    CoverageGeoJsonReader.Layer layer;
    try (InputStream in = Files.newInputStream(out.resolve("coverage.geojson"))) {
      layer = new CoverageGeoJsonReader().read(in);
    }
    String perDay = new CoverageDayGeoJsonWriter().render(layer.zones(), layer.periodStart(), layer.periodEnd());
    assertThat(sha256(perDay.getBytes(StandardCharsets.UTF_8))).isEqualTo(COVERAGE_PER_DAY_BEFORE);
    // each zone cell once, however many days the run spans (the per-day layer: once a day)
    int cells = layer.zones().stream().mapToInt(z -> z.cells().size()).sum();
    assertThat(Files.readString(out.resolve("coverage.geojson")).lines().filter(l -> l.startsWith("{\"type\":\"Feature\"")).count())
        .isEqualTo(cells);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
