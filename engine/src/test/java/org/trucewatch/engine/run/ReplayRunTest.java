package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.agreement.AgreementFileException;

/** End to end over the simulated scenario and the shipped example agreement. */
class ReplayRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DETERMINISTIC =
      List.of("findings.jsonl", "incidents.geojson", "rejects.jsonl", "report.html", "coverage.geojson", "manifest.json",
          "tracks.geojson", "tracks.kml", "site-coverage.csv");

  static Path agreementFile;
  static Path scenario;
  /** The scenario's day, run once; the tests that only read a run's outputs share it. */
  static SimulatedDay day;

  @BeforeAll
  static void simulateAndRun() {
    day = SimulatedDay.of(11);
    agreementFile = day.agreementFile();
    scenario = day.scenario();
  }

  private static RunSummary run(Path out, Clock clock, Path... inputs) throws Exception {
    return new ReplayRun(clock).execute(
        new RunRequest(agreementFile, List.of(inputs), out, Optional.empty(), Optional.of(day.key())),
        Progress.SILENT);
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(from.relativize(f).toString()));
      }
    }
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  @Test
  void everyExpectedBreachInTheScenarioGivesAFindingAtItsElementAndNoNearMissDoes() throws Exception {
    Path out = day.out();
    RunSummary s = day.summary();
    assertThat(s.rejects()).isEmpty();
    List<JsonNode> findings = lines(out.resolve("findings.jsonl"));
    List<JsonNode> truth = lines(scenario.resolve("truth.jsonl"));
    java.util.Map<String, Coordinate> centres = new java.util.HashMap<>();
    java.util.Map<String, Double> radii = new java.util.HashMap<>();
    for (JsonNode feature : JSON.readTree(out.resolve("incidents.geojson").toFile()).get("features")) {
      JsonNode c = feature.get("geometry").get("coordinates");
      centres.put(feature.get("id").asText(), new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
      radii.put(feature.get("id").asText(), feature.get("properties").get("radius_m").asDouble());
    }
    // each finding is matched to the nearest truth event at the same element within 3 hours, so a
    // near-miss and a real strike at one site on one night are told apart
    Set<String> matched = new HashSet<>();
    for (JsonNode f : findings) {
      Instant ft = Instant.parse(f.get("time").asText());
      Coordinate centre = centres.get(f.get("incident").asText());
      for (JsonNode p : f.get("places")) {
        JsonNode best = null;
        double bestMetres = Double.POSITIVE_INFINITY;
        for (JsonNode event : truth) {
          Instant t = Instant.parse(event.get("time").asText());
          if (!event.get("element").asText().equals(p.get("element").asText())
              || Math.abs(ft.getEpochSecond() - t.getEpochSecond()) > 3 * 3600) {
            continue;
          }
          double d = Geodesy.distanceMetres(centre, new Coordinate(event.get("lon").asDouble(), event.get("lat").asDouble()));
          if (d < bestMetres) {
            bestMetres = d;
            best = event;
          }
        }
        // a ship's track is one incident as long as its voyage: its first fix (the sea events' truth
        // position) lies anywhere within the incident's radius, not near its centre
        double within = best != null && best.get("id").asText().startsWith("sea-")
            ? Math.max(5_000, radii.get(f.get("incident").asText())) : 5_000;
        if (best != null && bestMetres <= within) {
          matched.add(best.get("id").asText());
        }
      }
    }
    int expected = 0;
    for (JsonNode event : truth) {
      boolean found = matched.contains(event.get("id").asText());
      if (event.get("expected_finding").asBoolean()) {
        expected++;
        assertThat(found).as("finding for %s", event).isTrue();
      } else {
        assertThat(found).as("no finding for near-miss %s", event).isFalse();
      }
    }
    assertThat(expected).isGreaterThanOrEqualTo(8);
    for (JsonNode f : findings) {
      assertThat(f.get("evidence")).isNotEmpty();
      assertThat(f.get("explanation").asText()).isNotBlank();
      assertThat(f.get("attribution").get("status").asText()).isIn("unattributed", "claimed", "contested");
    }
  }

  @Test
  void twoRunsInDifferentFoldersAndClocksAreByteIdentical(@TempDir Path b) throws Exception {
    Path a = day.out();
    // the shared run's clock is fixed in 2025; this one is the system's
    run(b, Clock.systemUTC(), scenario.resolve("inputs"));
    for (String name : DETERMINISTIC) {
      assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
  }

  @Test
  void manifestListsTheHashOfEveryOutputAndTheLedgerHead() throws Exception {
    Path out = day.out();
    RunSummary s = day.summary();
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    Set<String> listed = new HashSet<>();
    for (JsonNode o : manifest.get("outputs")) {
      String name = o.get("name").asText();
      listed.add(name);
      byte[] bytes = Files.readAllBytes(out.resolve(name));
      assertThat(o.get("sha256").asText()).isEqualTo(ReplayRun.sha256(bytes));
      assertThat(o.get("bytes").asLong()).isEqualTo(bytes.length);
    }
    // the scenario has AIS traffic, so the vessel tracks are outputs too
    assertThat(listed).containsExactlyInAnyOrder(
        "findings.jsonl", "incidents.geojson", "rejects.jsonl", "report.html", "coverage.geojson", "tracks.geojson",
        "tracks.kml", "site-coverage.csv");
    assertThat(manifest.get("ledger").get("head").asText()).isEqualTo(s.checkpoint().headChainHash());
    // the agreement, then the scenario's input files
    long inputFiles;
    try (var files = Files.list(scenario.resolve("inputs"))) {
      inputFiles = files.count();
    }
    assertThat(manifest.get("ledger").get("entries").asLong()).isEqualTo(inputFiles + 1);
    assertThat(manifest.get("agreement").get("sha256").asText()).isEqualTo(ReplayRun.sha256(Files.readAllBytes(agreementFile)));
  }

  @Test
  void runningAgainIntoTheSameFolderStoresNothingTwiceAndGivesTheSameOutputs(@TempDir Path work) throws Exception {
    // a copy of the shared run's folder (outputs and ledger), so that running again leaves the shared run as it was
    Path out = work.resolve("out");
    copyFolder(day.out(), out);
    byte[] first = Files.readAllBytes(out.resolve("manifest.json"));
    RunSummary again = run(out, Clock.systemUTC(), scenario.resolve("inputs"));
    assertThat(again.ingested()).allMatch(o -> o.alreadyHeld());
    assertThat(Files.readAllBytes(out.resolve("manifest.json"))).isEqualTo(first);
  }

  @Test
  void badRowsAreRejectedWithFileLineAndFieldAndTheRestIsProcessed(@TempDir Path work, @TempDir Path out) throws Exception {
    Path inputs = work.resolve("inputs");
    Files.createDirectories(inputs);
    List<String> csv = new ArrayList<>(Files.readAllLines(scenario.resolve("inputs/firms_viirs_snpp.csv")));
    int goodRows = csv.size() - 1;
    csv.add(3, "47.5,34.6,340.1,0.4,0.4,2025-03-19,1106,N,VIIRS,n,2.0NRT,290.1,abc,D");
    csv.add(5, "95.0,34.6,340.1,0.4,0.4,2025-03-19,1106,N,VIIRS,n,2.0NRT,290.1,3.2,D");
    Files.write(inputs.resolve("firms.csv"), csv);
    Files.writeString(
        inputs.resolve("reports.jsonl"),
        "{\"source\":\"ua-mod\",\"kind\":\"strike\",\"time\":\"2025-03-19T10:00:00Z\",\"lat\":47.5119,\"lon\":34.5863}\n"
            + "{\"source\":\"ua-mod\",\"kind\":\"strikes\",\"time\":\"2025-03-19T10:00:00Z\",\"lat\":47.5,\"lon\":34.5}\n");
    Files.writeString(inputs.resolve("notes.txt"), "the patrol saw nothing of note today\n");

    RunSummary s = run(out, Clock.systemUTC(), inputs);

    assertThat(s.rejects()).extracting(r -> r.file() + ":" + r.line() + ":" + r.field())
        .containsExactly("inputs/firms.csv:4:frp", "inputs/firms.csv:6:latitude", "inputs/notes.txt:0:", "inputs/reports.jsonl:2:kind");
    assertThat(s.observations()).isEqualTo(goodRows + 1);
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("counts").get("rejects").asLong()).isEqualTo(4);
    assertThat(lines(out.resolve("rejects.jsonl"))).hasSize(4);
    // the good strike report at Zaporizhzhia NPP still becomes a finding
    assertThat(Files.readString(out.resolve("findings.jsonl"))).contains("energy-moratorium/zaporizhzhia-npp");
  }

  @Test
  void theSamePixelsInTheNrtAndStandardProductsCountOnce(@TempDir Path work, @TempDir Path out) throws Exception {
    Path inputs = work.resolve("inputs");
    Files.createDirectories(inputs);
    List<String> nrt = Files.readAllLines(scenario.resolve("inputs/firms_viirs_snpp.csv"));
    Files.write(inputs.resolve("nrt.csv"), nrt);
    // the standard product of the same passes: version 2.0, FRP revised, the rows in another order
    List<String> standard = new ArrayList<>();
    standard.add(nrt.get(0));
    for (int i = nrt.size() - 1; i >= 1; i--) {
      String[] f = nrt.get(i).split(",", -1);
      f[10] = "2.0";
      f[12] = f[12].isEmpty() ? "" : new java.math.BigDecimal(f[12]).add(java.math.BigDecimal.ONE).toPlainString();
      standard.add(String.join(",", f));
    }
    Files.write(inputs.resolve("standard.csv"), standard);

    RunSummary both = run(out, Clock.systemUTC(), inputs);

    int rows = nrt.size() - 1;
    assertThat(both.observations()).isEqualTo(rows);
    JsonNode counts = JSON.readTree(out.resolve("manifest.json").toFile()).get("counts");
    assertThat(counts.get("duplicate_detections").asLong()).isEqualTo(rows);
    assertThat(counts.get("repeated_observations").asLong()).isZero();
  }

  @Test
  void aBadAgreementNamesFileLineAndFieldAndWritesNothing(@TempDir Path work) throws Exception {
    Path bad = work.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(agreementFile).replaceFirst("radius_m: 5000", "radius_m: -5"));
    Path out = work.resolve("out");
    assertThatThrownBy(() -> new ReplayRun(Clock.systemUTC())
            .execute(new RunRequest(bad, List.of(scenario.resolve("inputs")), out, Optional.empty()), Progress.SILENT))
        .isInstanceOf(AgreementFileException.class)
        .hasMessageMatching("(?s).*bad\\.yaml:\\d+:\\d+: provisions\\[0\\]\\.sites\\[0\\]\\.radius_m: .*");
    assertThat(out).doesNotExist();
  }
}
