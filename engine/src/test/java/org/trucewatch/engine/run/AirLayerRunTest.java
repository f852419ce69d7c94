package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.scenario.AirScenario;
import org.trucewatch.scenario.ScenarioSimulator;

/**
 * The air layer end to end: the simulator's drone patrols, detections and satellite image through
 * the whole pipeline, checked against the simulator's truth and its patrol plan.
 */
class AirLayerRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static Path scenario;
  static Agreement agreement;
  static AirScenario air;
  static Path out;

  @BeforeAll
  static void simulateAndRun() {
    SimulatedDay day = SimulatedDay.of(11);
    agreement = day.agreement();
    scenario = day.scenario();
    air = new ScenarioSimulator(agreement, 11).air(ScenarioSimulator.defaultStart(agreement), ScenarioSimulator.DEFAULT_LENGTH);
    out = day.out();
  }

  private static List<JsonNode> jsonLines(Path file) throws Exception {
    List<JsonNode> outList = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        outList.add(JSON.readTree(l));
      }
    }
    return outList;
  }

  @Test
  void theUnobservedPartOfTheZoneIsThePartTheSimulatorNeverPatrolled() throws Exception {
    ZoneProvision dmz = (ZoneProvision) agreement.provision("kharkiv-dmz").orElseThrow();
    AirScenario.AirPatrolPlanView plan = air.plans().stream()
        .filter(p -> p.provisionId().equals("kharkiv-dmz")).findFirst().orElseThrow();
    HexGrid grid = new HexGrid(8);
    Set<String> unpatrolled = new HashSet<>();
    double unpatrolledKm2 = 0;
    int cells = 0;
    for (long c : grid.cellsOf(dmz.region())) {
      cells++;
      if (!plan.patrolled(grid.centre(c))) {
        unpatrolled.add(HexGrid.address(c));
        unpatrolledKm2 += grid.areaSquareKilometres(c);
      }
    }
    Set<String> unobserved = new HashSet<>();
    int features = 0;
    for (JsonNode f : JSON.readTree(out.resolve("coverage.geojson").toFile()).get("features")) {
      if (f.get("properties").get("zone").asText().equals("kharkiv-dmz")) {
        features++;
        if (f.get("properties").get("observed_days").isEmpty()) {
          unobserved.add(f.get("properties").get("cell").asText());
        }
      }
    }
    assertThat(features).isEqualTo(cells); // every cell once, with the days it was seen
    Set<String> both = new HashSet<>(unpatrolled);
    both.retainAll(unobserved);
    Set<String> either = new HashSet<>(unpatrolled);
    either.addAll(unobserved);
    // a patrolled cell may fall between two lanes' round ends at the cut; nothing else may differ
    assertThat((double) both.size() / either.size()).as("unpatrolled %d, unobserved %d, both %d", unpatrolled.size(), unobserved.size(), both.size()).isGreaterThan(0.98);
    assertThat(unpatrolledKm2).isGreaterThan(2_000);

    String html = Files.readString(out.resolve("report.html"));
    Matcher m = Pattern.compile("Largest unobserved areas: " + Pattern.quote(dmz.name()) + "</h3>\\s*<table class=\"unobserved\">.*?<tbody>\\s*"
        + "<tr><td class=\"num\">([0-9.]+)</td>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("the report lists the largest unobserved area").isTrue();
    double largestKm2 = Double.parseDouble(m.group(1));
    assertThat(largestKm2 / unpatrolledKm2).isBetween(0.98, 1.02);
    assertThat(html).contains("Observed, 24 h");
  }

  @Test
  void everyPlantedObjectIsFoundWhereTheTruthExpectsAFindingAndNowhereElse() throws Exception {
    List<JsonNode> findings = jsonLines(out.resolve("findings.jsonl"));
    List<JsonNode> truth = jsonLines(scenario.resolve("truth.jsonl")).stream()
        .filter(t -> t.get("id").asText().startsWith("air-")).toList();
    assertThat(truth).hasSizeGreaterThanOrEqualTo(8);
    assertThat(truth).anyMatch(t -> t.get("expected_finding").asBoolean());
    assertThat(truth).anyMatch(t -> !t.get("expected_finding").asBoolean() && t.get("observations").asInt() > 0);
    for (JsonNode t : truth) {
      Coordinate at = new Coordinate(t.get("lon").asDouble(), t.get("lat").asDouble());
      String element = t.get("element").asText();
      boolean found = false;
      for (JsonNode f : findings) {
        JsonNode incident = incidentOf(f.get("incident").asText());
        Coordinate c = new Coordinate(incident.get("geometry").get("coordinates").get(0).asDouble(),
            incident.get("geometry").get("coordinates").get(1).asDouble());
        boolean atPlace = Geodesy.distanceMetres(at, c) < 300;
        boolean onElement = false;
        for (JsonNode p : f.get("places")) {
          onElement |= p.get("element").asText().equals(element);
        }
        found |= atPlace && onElement;
      }
      assertThat(found).as("finding for %s", t).isEqualTo(t.get("expected_finding").asBoolean());
    }
  }

  @Test
  void repeatedSightingsOfOneObjectAreOneIncidentAndCorroborationAcrossDronesRaisesTheGrade() throws Exception {
    List<JsonNode> truth = jsonLines(scenario.resolve("truth.jsonl")).stream()
        .filter(t -> t.get("id").asText().startsWith("air-") && t.get("observations").asInt() >= 2).toList();
    assertThat(truth).isNotEmpty();
    JsonNode incidents = JSON.readTree(out.resolve("incidents.geojson").toFile()).get("features");
    List<String> corroborated = new ArrayList<>();
    List<String> alone = new ArrayList<>();
    for (JsonNode t : truth) {
      Coordinate at = new Coordinate(t.get("lon").asDouble(), t.get("lat").asDouble());
      List<JsonNode> near = new ArrayList<>();
      for (JsonNode i : incidents) {
        Coordinate c = new Coordinate(i.get("geometry").get("coordinates").get(0).asDouble(),
            i.get("geometry").get("coordinates").get(1).asDouble());
        if (Geodesy.distanceMetres(at, c) < 300 && i.get("properties").get("kind").asText().equals(t.get("kind").asText())) {
          near.add(i);
        }
      }
      assertThat(near).as("incidents at %s", t).singleElement()
          .satisfies(i -> assertThat(i.get("properties").get("observations").asInt()).isEqualTo(t.get("observations").asInt()));
      JsonNode p = near.get(0).get("properties");
      if (t.get("expected_finding").asBoolean()) {
        (p.get("independent_sources").asInt() >= 2 ? corroborated : alone).add(p.get("grade").asText());
      }
    }
    // the scenario must hold both kinds, or the comparison below proves nothing
    assertThat(corroborated).as("objects seen by two drones").isNotEmpty();
    assertThat(alone).as("objects seen repeatedly by one drone").isNotEmpty();
    assertThat(corroborated).containsOnly("confirmed");
    assertThat(alone).doesNotContain("confirmed");
  }

  private static JsonNode incidentOf(String id) throws Exception {
    for (JsonNode i : JSON.readTree(out.resolve("incidents.geojson").toFile()).get("features")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no incident " + id);
  }
}
