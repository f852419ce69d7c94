package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's day at sea: the warship, the dark periods, the loitering tanker and the ships straying
 * into the closed area are findings, each matching its line of the scenario's truth.
 */
class DemoSeaFindingsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDemoFindsTheWarshipTheDarkPeriodsAndTheLoiteringInTheCorridorWithTheirEvidence() throws Exception {
    Path dir = SharedDemo.get().dir();
    TrucewatchTest.Outcome o = SharedDemo.get().outcome();
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

    // every planted sea event in the scenario's truth is a finding of its provision, of its kind,
    // within 10 minutes of when it happened (the pipeline keeps one fix per ship per 5 minutes)
    List<JsonNode> findings = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("findings.jsonl"))) {
      findings.add(JSON.readTree(line));
    }
    List<JsonNode> sea = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("scenario/truth.jsonl"))) {
      JsonNode e = JSON.readTree(line);
      if (e.get("id").asText().startsWith("sea-")) {
        sea.add(e);
      }
    }
    assertThat(sea).extracting(e -> e.get("kind").asText()).containsExactlyInAnyOrder(
        "ais-gap", "ais-gap", "ais-gap", "loitering", "military-vessel", "closed-area-entry", "closed-area-entry");
    List<JsonNode> matched = new ArrayList<>();
    for (JsonNode e : sea) {
      Instant at = Instant.parse(e.get("time").asText());
      JsonNode hit = findings.stream()
          .filter(f -> f.get("provision").asText().equals(e.get("provision").asText()))
          .filter(f -> f.get("explanation").asText().contains(e.get("kind").asText()))
          .filter(f -> Duration.between(at, Instant.parse(f.get("time").asText())).abs().toMinutes() <= 10)
          .filter(f -> !matched.contains(f))
          .findFirst().orElse(null);
      assertThat(hit).as("a finding for %s", e).isNotNull();
      matched.add(hit);
    }
    // the closed area's findings are the two strays' and no other ship's
    assertThat(findings).filteredOn(f -> f.get("provision").asText().equals("zmiinyi-closed-area")).hasSize(2);
  }
}
