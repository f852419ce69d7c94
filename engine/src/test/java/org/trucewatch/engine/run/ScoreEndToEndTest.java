package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.scenario.score.IncidentScore;
import org.trucewatch.scenario.score.IncidentScorer;

/**
 * Simulates a day, runs the pipeline on it and scores the incidents; the scorer's counts are
 * checked against a count made here another way (a maximum bipartite matching by augmenting paths
 * over the same files), and the truth's observation ids against its own counts; the sea layer's
 * events are matched through the position reports its detections cite.
 */
class ScoreEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scoreOfASimulatedDayAgreesWithAnIndependentCount() throws Exception {
    SimulatedDay day = SimulatedDay.of(3);
    Path scenario = day.scenario();
    Path out = day.out();

    IncidentScore score = new IncidentScorer().score(scenario.resolve("truth.jsonl"), out.resolve("incidents.geojson"));

    // the truth: every ground and air event lists as many ids as it has observations
    Map<String, String> eventOf = new HashMap<>();
    int events = 0;
    int seaEvents = 0;
    for (String line : Files.readAllLines(scenario.resolve("truth.jsonl"))) {
      JsonNode e = JSON.readTree(line);
      JsonNode ids = e.get("observation_ids");
      assertThat(ids).as(e.get("id").asText()).isNotNull();
      if (e.get("id").asText().startsWith("sea-")) {
        seaEvents++;
        // the AIS reports the pipeline keeps: one a ship per 5 minutes
        assertThat(ids.size()).isPositive().isLessThanOrEqualTo(e.get("observations").asInt());
      } else {
        assertThat(ids.size()).isEqualTo(e.get("observations").asInt());
      }
      if (ids.size() > 0) {
        events++;
        ids.forEach(i -> eventOf.put(i.asText(), e.get("id").asText()));
      }
    }
    // the incidents: which events each one shares observations with
    List<List<String>> edges = new ArrayList<>();
    int background = 0;
    int unsubstantiated = 0;
    for (JsonNode f : JSON.readTree(out.resolve("incidents.geojson").toFile()).get("features")) {
      JsonNode p = f.get("properties");
      Set<String> touched = new HashSet<>();
      java.util.function.Consumer<JsonNode> look = m -> {
        if (eventOf.containsKey(m.asText())) {
          touched.add(eventOf.get(m.asText()));
        }
      };
      p.get("members").forEach(look);
      // a sea detection's evidence: the position reports it cites
      p.get("track_points").forEach(look);
      if (touched.isEmpty() && p.get("findings").isEmpty()) {
        background++;
      } else if (touched.isEmpty() && p.get("grade").asText().equals("unsubstantiated")) {
        unsubstantiated++;
      } else {
        edges.add(new ArrayList<>(touched));
      }
    }
    Map<String, Integer> matchOfEvent = new HashMap<>();
    int matching = 0;
    for (int i = 0; i < edges.size(); i++) {
      if (augment(i, edges, matchOfEvent, new HashSet<>())) {
        matching++;
      }
    }

    assertThat(score.events()).isEqualTo(events);
    assertThat(score.unscoredEvents()).isZero();
    assertThat(seaEvents).as("the sea layer is scored too").isPositive();
    assertThat(score.unmatchedEvents()).noneMatch(id -> id.startsWith("sea-"));
    assertThat(score.incidents()).isEqualTo(edges.size());
    assertThat(score.background()).isEqualTo(background);
    assertThat(score.unsubstantiated()).isEqualTo(unsubstantiated);
    // greedy matching by most shared observations reaches the maximum here: no event is contested
    assertThat(score.matched()).isEqualTo(matching);
    assertThat(score.precision()).isEqualTo((double) matching / edges.size());
    assertThat(score.recall()).isEqualTo((double) matching / events);
    // the figures README records for the defaults: every real event of this seed is found, and the
    // planted noise (low-confidence false detections, field fires in alert areas) is not put forward
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.unsubstantiated()).as("the planted noise is still there, graded unsubstantiated").isPositive();
  }

  private static boolean augment(int incident, List<List<String>> edges, Map<String, Integer> matchOfEvent,
      Set<String> visited) {
    for (String e : edges.get(incident)) {
      if (visited.add(e)) {
        Integer other = matchOfEvent.get(e);
        if (other == null || augment(other, edges, matchOfEvent, visited)) {
          matchOfEvent.put(e, incident);
          return true;
        }
      }
    }
    return false;
  }
}
