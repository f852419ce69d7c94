package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.scenario.score.IncidentScore;
import org.trucewatch.scenario.score.IncidentScorer;

class ScoreCommandTest {
  private static Path example() {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
  }

  @Test
  void simRunScorePrintsTheScoresOfTheRunsIncidents(@TempDir Path dir) throws Exception {
    String agreement = example().toString();
    assertThat(TrucewatchTest.run("sim", "--agreement", agreement, "--seed", "4", "--hours", "12", "--out",
        dir.resolve("s").toString()).code()).isZero();
    TrucewatchTest.Outcome r = TrucewatchTest.run("run", "--agreement", agreement, "--input",
        dir.resolve("s/inputs").toString(), "--out", dir.resolve("out").toString(), "-q");
    assertThat(r.code()).as(r.err()).isZero();
    TrucewatchTest.Outcome s = TrucewatchTest.run("score", "--truth", dir.resolve("s/truth.jsonl").toString(),
        "--incidents", dir.resolve("out/incidents.geojson").toString());
    assertThat(s.code()).as(s.err()).isZero();
    IncidentScore expected = new IncidentScorer().score(dir.resolve("s/truth.jsonl"), dir.resolve("out/incidents.geojson"));
    assertThat(s.out()).isEqualTo(expected.text());
    assertThat(s.out()).startsWith("precision ").contains("recall ").contains("F1 ");
    assertThat(expected.events()).isPositive();
    assertThat(s.err()).contains("[trucewatch] scoring");
  }

  @Test
  void aBrokenTruthLineFailsNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path truth = dir.resolve("truth.jsonl");
    Files.writeString(truth, "{\"id\":\"ev-0001\",\"observation_ids\":[\"a\"]}\n{\"kind\":\"strike\"}\n");
    Path incidents = dir.resolve("incidents.geojson");
    Files.writeString(incidents, "{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    TrucewatchTest.Outcome o = TrucewatchTest.run("score", "--truth", truth.toString(), "--incidents", incidents.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("truth.jsonl:2: id: missing or not text");
  }

  @Test
  void aBadFusionFileFailsTheRunWithOneLineNamingLineAndField(@TempDir Path dir) throws Exception {
    Path fusion = dir.resolve("fusion.yaml");
    Files.writeString(fusion, "pairs:\n  - kinds: [thermal-anomaly, strke]\n");
    TrucewatchTest.Outcome o = TrucewatchTest.run("run", "--agreement", example().toString(), "--input",
        dir.toString(), "--out", dir.resolve("out").toString(), "--fusion", fusion.toString(), "-q");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("fusion.yaml:2: pairs[0].kinds[1]: unknown kind 'strke'");
    assertThat(o.err().lines().count()).isEqualTo(1);
  }

  @Test
  void helpShowsAnExample() {
    TrucewatchTest.Outcome o = TrucewatchTest.run("score", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("Usage: trucewatch score").contains("trucewatch score --truth scenario/truth.jsonl");
  }
}
