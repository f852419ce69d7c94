package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's day at sea: the warship, the dark periods and the loitering tanker are findings. */
class DemoSeaFindingsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDemoFindsTheWarshipTheDarkPeriodsAndTheLoiteringInTheCorridorWithTheirEvidence(@TempDir Path dir)
      throws Exception {
    TrucewatchTest.Outcome o = TrucewatchTest.run("demo", "--no-serve", "--out", dir.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).contains("sea: ").contains("vessel tracks");
    List<JsonNode> corridor = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("findings.jsonl"))) {
      JsonNode f = JSON.readTree(line);
      if (f.get("provision").asText().equals("black-sea-corridor")) {
        corridor.add(f);
        assertThat(f.get("evidence")).isNotEmpty();
      }
    }
    assertThat(corridor).anySatisfy(f -> assertThat(f.get("explanation").asText()).contains("military-vessel"));
    assertThat(corridor.stream().filter(f -> f.get("explanation").asText().contains("ais-gap")).count())
        .as("the three dark periods").isEqualTo(3);
    assertThat(corridor).anySatisfy(f -> assertThat(f.get("explanation").asText()).contains("loitering"));
    String report = Files.readString(dir.resolve("report.html"));
    assertThat(report).contains("Track points:").contains("vessels_heard_nearby");
    JsonNode tracks = JSON.readTree(dir.resolve("tracks.geojson").toFile());
    assertThat(tracks.get("features").size()).isGreaterThanOrEqualTo(300);
    assertThat(dir.resolve("scenario/inputs/ais-traffic.nmea")).isNotEmptyFile();
  }
}
