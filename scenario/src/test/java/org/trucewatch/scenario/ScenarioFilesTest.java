package org.trucewatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Reliability;

/** The written files, read back the way a reader of each format would. */
class ScenarioFilesTest {
  private static final List<String> OBSERVATION_KEYS = List.of(
      "source", "kind", "time", "lat", "lon", "uncertainty_m", "credibility", "attributed_to", "casualties",
      "attributes");
  private static final List<String> TRUTH_KEYS = List.of(
      "id", "kind", "time", "lat", "lon", "provision", "element", "by", "expected_finding", "observations");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path out;

  @BeforeAll
  static void simulate() throws IOException {
    new ScenarioSimulator(TestAgreements.blackSeaEnergy(), 20250319).simulate(out);
  }

  @Test
  void firmsFileHasTheDownloadHeaderAndWellFormedRows() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("inputs/firms_viirs_snpp.csv"));
    assertThat(lines.get(0)).isEqualTo(
        "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,"
            + "bright_t31,frp,daynight");
    assertThat(lines).hasSizeGreaterThan(100);
    for (String row : lines.subList(1, lines.size())) {
      String[] f = row.split(",", -1);
      assertThat(f).as(row).hasSize(14);
      assertThat(f[0]).as(row).matches("\\d{2}(\\.\\d{1,5})?");
      assertThat(f[1]).as(row).matches("\\d{2}(\\.\\d{1,5})?");
      assertThat(Double.parseDouble(f[2])).as(row).isBetween(300.0, 367.0);
      assertThat(Double.parseDouble(f[3])).as(row).isBetween(0.32, 0.8);
      assertThat(Double.parseDouble(f[4])).as(row).isBetween(0.36, 0.78);
      assertThat(f[5]).as(row).isEqualTo("2025-03-19");
      assertThat(f[6]).as(row).matches("\\d{4}");
      assertThat(f[7] + f[8] + f[10]).as(row).isEqualTo("NVIIRS2.0NRT");
      assertThat(f[9]).as(row).isIn("l", "n", "h");
      assertThat(Double.parseDouble(f[12])).as(row).isBetween(0.4, 300.0);
      assertThat(f[13]).as(row).isIn("D", "N");
      // S-NPP crosses at about 10:30-11:45 by day and 22:30-00:30 by night
      LocalTime t = LocalTime.of(Integer.parseInt(f[6].substring(0, 2)), Integer.parseInt(f[6].substring(2)));
      if (f[13].equals("D")) {
        assertThat(t).as(row).isBetween(LocalTime.of(10, 30), LocalTime.of(11, 45));
      } else {
        assertThat(t.isAfter(LocalTime.of(22, 29)) || t.isBefore(LocalTime.of(0, 31))).as(row).isTrue();
      }
    }
  }

  @Test
  void firmsRowsComeInOneOrTwoPassesPerHalfDay() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("inputs/firms_viirs_snpp.csv"));
    TreeMap<String, Set<String>> timesByHalfDay = new TreeMap<>();
    for (String row : lines.subList(1, lines.size())) {
      String[] f = row.split(",");
      // a night pass after midnight belongs to the previous evening's half-day
      boolean afterMidnight = f[13].equals("N") && f[6].compareTo("1200") < 0;
      String date = afterMidnight ? LocalDate.parse(f[5]).minusDays(1).toString() : f[5];
      timesByHalfDay.computeIfAbsent(date + f[13], k -> new TreeSet<>()).add(f[5] + " " + f[6]);
    }
    assertThat(timesByHalfDay.keySet()).contains("2025-03-19D", "2025-03-19N");
    assertThat(timesByHalfDay.values()).allSatisfy(times -> assertThat(times).hasSizeBetween(1, 2));
  }

  @Test
  void droneAndReportLinesAreJsonWithKeysInTheAgreedOrder() throws IOException {
    for (String file : List.of("inputs/drones.jsonl", "inputs/reports.jsonl")) {
      List<String> lines = Files.readAllLines(out.resolve(file));
      assertThat(lines).as(file).isNotEmpty();
      for (String line : lines) {
        JsonNode n = JSON.readTree(line);
        List<String> keys = keys(n);
        assertThat(keys).as(line).containsSubsequence("source", "kind", "time", "lat", "lon", "uncertainty_m",
            "credibility");
        assertThat(OBSERVATION_KEYS).as(line).containsSubsequence(keys);
        ObservationKind.parse(n.get("kind").asText());
        Instant.parse(n.get("time").asText());
        assertThat(n.get("lat").isNumber() && n.get("lon").isNumber()).as(line).isTrue();
        assertThat(n.get("credibility").asInt()).as(line).isBetween(1, 6);
        if (n.has("attributes")) {
          assertThat(keys(n.get("attributes"))).as(line).isSorted();
          n.get("attributes").forEach(v -> assertThat(v.isTextual()).as(line).isTrue());
        }
      }
    }
  }

  @Test
  void droneLinesComeFromMissionUavsAndReportsFromParties() throws IOException {
    Set<String> droneKinds = Set.of("heavy-weapon", "military-vehicle", "troops", "drone", "other");
    for (String line : Files.readAllLines(out.resolve("inputs/drones.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      assertThat(n.get("source").asText()).startsWith("mission-uav-");
      assertThat(n.get("kind").asText()).isIn(droneKinds);
      assertThat(n.get("attributes").has("place")).as(line).isTrue();
    }
    Set<String> reportKinds = Set.of("strike", "explosion", "shelling", "drone", "attack-on-vessel");
    for (String line : Files.readAllLines(out.resolve("inputs/reports.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      assertThat(n.get("kind").asText()).as(line).isIn(reportKinds);
      assertThat(n.get("uncertainty_m").asInt()).as(line).isBetween(500, 3000);
      assertThat(n.get("attributes").has("place")).as(line).isTrue();
      if (n.has("attributed_to")) {
        assertThat(n.get("attributed_to").asText()).isIn("UA", "RU");
      }
    }
  }

  @Test
  void casualtiesReadAsCountsWithMinimaAndOptionalMaxima() throws IOException {
    List<JsonNode> withCasualties = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      Path dir = out.resolve("casualties-" + seed);
      new ScenarioSimulator(TestAgreements.blackSeaEnergy(), seed).simulate(dir);
      for (String line : Files.readAllLines(dir.resolve("inputs/reports.jsonl"))) {
        JsonNode n = JSON.readTree(line);
        if (n.has("casualties")) {
          withCasualties.add(n.get("casualties"));
        }
      }
    }
    assertThat(withCasualties).isNotEmpty();
    for (JsonNode c : withCasualties) {
      assertThat(keys(c)).containsSubsequence("killed", "injured");
      assertThat(c.get("killed").isInt()).isTrue();
      JsonNode injured = c.get("injured");
      assertThat(injured.get("min").asInt()).isPositive();
      if (injured.has("max")) {
        assertThat(injured.get("max").asInt()).isGreaterThanOrEqualTo(injured.get("min").asInt());
      }
      if (c.has("minors")) {
        assertThat(c.get("minors").get("min").asInt()).isPositive();
      }
    }
  }

  @Test
  void sourcesYamlGradesEverySourceThatSpeaks() throws IOException {
    JsonNode yaml = new YAMLMapper().readTree(out.resolve("inputs/sources.yaml").toFile());
    Map<String, JsonNode> byId = new TreeMap<>();
    for (JsonNode s : yaml.get("sources")) {
      assertThat(keys(s)).containsSubsequence("id", "name", "reliability");
      Reliability.parse(s.get("reliability").asText());
      byId.put(s.get("id").asText(), s);
    }
    Set<String> speaking = new TreeSet<>();
    for (String file : List.of("inputs/drones.jsonl", "inputs/reports.jsonl")) {
      for (String line : Files.readAllLines(out.resolve(file))) {
        speaking.add(JSON.readTree(line).get("source").asText());
      }
    }
    assertThat(byId.keySet()).isEqualTo(speaking);
    assertThat(byId.get("mission-uav-1").get("reliability").asText()).isEqualTo("B");
    assertThat(byId.get("mission-uav-1").has("affiliation")).isFalse();
    for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
      String id = e.getKey();
      JsonNode s = e.getValue();
      if (id.endsWith("-ova")) {
        assertThat(s.get("reliability").asText() + s.get("affiliation").asText()).isEqualTo("CUA");
      } else if (id.endsWith("-governor")) {
        assertThat(s.get("reliability").asText() + s.get("affiliation").asText()).isEqualTo("CRU");
      } else if (id.endsWith("-mod")) {
        assertThat(s.get("reliability").asText()).isEqualTo("D");
        assertThat(s.get("affiliation").asText()).isIn("UA", "RU");
      } else if (id.equals("ua-ukrenergo")) {
        assertThat(s.get("reliability").asText() + s.get("affiliation").asText()).isEqualTo("BUA");
      } else if (id.equals("news-wire")) {
        assertThat(s.get("reliability").asText()).isEqualTo("C");
      }
    }
  }

  @Test
  void truthIsSortedByTimeWithKeysInOrderAndCountsThatAddUp() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("truth.jsonl"));
    assertThat(lines).isNotEmpty();
    Instant previous = Instant.MIN;
    int n = 0;
    int air = 0;
    int sea = 0;
    long counted = 0;
    for (String line : lines) {
      JsonNode e = JSON.readTree(line);
      // every event lists the ids of its observations: all of them for ground and air events; at
      // sea those of the ship's reports the pipeline keeps (one per 5 minutes)
      List<String> expectedKeys = new java.util.ArrayList<>(TRUTH_KEYS);
      expectedKeys.add("observation_ids");
      int ids = e.get("observation_ids").size();
      if (e.get("id").asText().startsWith("sea-")) {
        assertThat(ids).as(line).isPositive().isLessThanOrEqualTo(e.get("observations").asInt());
      } else {
        assertThat(ids).as(line).isEqualTo(e.get("observations").asInt());
      }
      assertThat(keys(e)).isEqualTo(expectedKeys);
      // the air layer numbers its planted objects apart: air-0001, ...
      if (e.get("id").asText().startsWith("air-")) {
        assertThat(e.get("id").asText()).isEqualTo(String.format(Locale.ROOT, "air-%04d", ++air));
      } else if (e.get("id").asText().startsWith("sea-")) {
        // the sea layer's planted events count AIS position reports, not the observations below
        assertThat(e.get("id").asText()).isEqualTo(String.format(Locale.ROOT, "sea-%04d", ++sea));
        assertThat(e.get("observations").asInt()).isPositive();
      } else {
        assertThat(e.get("id").asText()).isEqualTo(String.format(Locale.ROOT, "ev-%04d", ++n));
      }
      Instant t = Instant.parse(e.get("time").asText());
      assertThat(t).isAfterOrEqualTo(previous);
      previous = t;
      assertThat(e.get("element").asText()).startsWith(e.get("provision").asText());
      if (e.get("expected_finding").asBoolean()) {
        assertThat(e.get("observations").asInt()).isPositive();
      }
      if (!e.get("id").asText().startsWith("sea-")) {
        counted += e.get("observations").asLong();
      }
    }
    // three dark periods, the loitering tanker and the warship; this agreement closes no sea area
    assertThat(sea).as("the sea layer's planted events").isEqualTo(5);
    // every observation tied to an event is counted once
    Scenario again = new ScenarioSimulator(TestAgreements.blackSeaEnergy(), 20250319)
        .generate(ScenarioSimulator.defaultStart(TestAgreements.blackSeaEnergy()), ScenarioSimulator.DEFAULT_LENGTH);
    long linked = again.detections().stream().filter(d -> d.eventId().isPresent()).count()
        + again.droneObservations().stream().filter(o -> o.eventId().isPresent()).count()
        + again.reports().stream().filter(o -> o.eventId().isPresent()).count();
    AirScenario airLayer = new ScenarioSimulator(TestAgreements.blackSeaEnergy(), 20250319)
        .air(ScenarioSimulator.defaultStart(TestAgreements.blackSeaEnergy()), ScenarioSimulator.DEFAULT_LENGTH);
    linked += airLayer.detections().stream().filter(d -> d.eventId() != null).count();
    assertThat(counted).isEqualTo(linked);
  }

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
