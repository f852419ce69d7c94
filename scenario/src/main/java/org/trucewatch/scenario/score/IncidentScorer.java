package org.trucewatch.scenario.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.ObservationKind;

/**
 * Scores incidents against a simulator's ground truth by shared observations.
 *
 * <p>The truth ({@code truth.jsonl}) lists every real event with the ids of the observations it
 * produced ({@code observation_ids}); the run's {@code incidents.geojson} lists each incident's
 * {@code members}. An incident and an event are a candidate pair when they share at least one
 * observation; pairs are matched one to one, greedily, most shared observations first (ties by
 * incident id, then event id). So an event split into two incidents is matched once and its
 * second incident is a false alarm (it costs precision), two events merged into one incident
 * match once and the other event is missed (it costs recall), an incident made of noise that the
 * mission puts forward (a finding graded possible or better) is a false alarm, and an event no
 * incident shares an observation with is missed.
 *
 * <p>Left out, and counted apart: incidents made only of observations of no real event and
 * without any finding (a farm fire far from every protected site: a true fire, of no concern to
 * the agreement, which nobody is told about), or whose findings are all unsubstantiated (the
 * mission says it cannot rest anything on them: a lone low-confidence sighting, a field fire in a
 * city's alert area); and the sea layer (events without observation ids,
 * incidents of the sea kinds), whose truth does not yet list the AIS reports line by line.
 */
public final class IncidentScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads both files and scores. */
  public IncidentScore score(Path truth, Path incidents) throws IOException {
    TreeMap<String, Set<String>> events = new TreeMap<>();
    int unscored = 0;
    int lineNo = 0;
    for (String line : Files.readAllLines(truth)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (IOException e) {
        throw new IOException(truth + ":" + lineNo + ": not JSON: " + e.getMessage());
      }
      String id = text(n, "id", truth, lineNo);
      JsonNode ids = n.get("observation_ids");
      if (ids == null || !ids.isArray() || ids.isEmpty()) {
        unscored++;
        continue;
      }
      Set<String> s = new HashSet<>();
      ids.forEach(x -> s.add(x.asText()));
      events.put(id, s);
    }
    JsonNode fc;
    try {
      fc = JSON.readTree(incidents.toFile());
    } catch (IOException e) {
      throw new IOException(incidents + ": not GeoJSON: " + e.getMessage());
    }
    JsonNode features = fc.get("features");
    if (features == null || !features.isArray()) {
      throw new IOException(incidents + ": features: missing; expected a FeatureCollection");
    }
    // older truth files list no ids for sea events: the sea layer is then left out
    boolean seaScored = events.keySet().stream().anyMatch(k -> k.startsWith("sea-"));
    Map<String, String> eventOf = new HashMap<>();
    events.forEach((e, ids) -> ids.forEach(o -> eventOf.put(o, e)));
    Set<String> sea = new HashSet<>();
    for (ObservationKind k : FusionParameters.SEA_KINDS) {
      sea.add(k.code());
    }
    List<String> scored = new ArrayList<>();
    int background = 0;
    int unsubstantiated = 0;
    int seaIncidents = 0;
    record Pair(String incident, String event, int shared) {}
    List<Pair> pairs = new ArrayList<>();
    int featureNo = 0;
    for (JsonNode f : features) {
      featureNo++;
      JsonNode p = f.path("properties");
      JsonNode members = p.get("members");
      if (members == null || !members.isArray()) {
        throw new IOException(incidents + ": feature " + featureNo
            + ": members: missing; written by a trucewatch older than the score command");
      }
      String id = p.path("id").asText();
      Set<String> evidence = new HashSet<>();
      members.forEach(m -> evidence.add(m.asText()));
      p.path("track_points").forEach(m -> evidence.add(m.asText()));
      TreeMap<String, Integer> shared = new TreeMap<>();
      for (String m : evidence) {
        String e = eventOf.get(m);
        if (e != null) {
          shared.merge(e, 1, Integer::sum);
        }
      }
      if (shared.isEmpty() && !seaScored && sea.contains(p.path("kind").asText())) {
        seaIncidents++;
        continue;
      }
      boolean hasFinding = p.path("findings").isArray() && !p.path("findings").isEmpty();
      if (shared.isEmpty() && !hasFinding) {
        background++;
        continue;
      }
      if (shared.isEmpty() && FindingGrade.UNSUBSTANTIATED.code().equals(p.path("grade").asText())) {
        unsubstantiated++;
        continue;
      }
      scored.add(id);
      shared.forEach((e, n) -> pairs.add(new Pair(id, e, n)));
    }
    pairs.sort(Comparator.comparingInt((Pair x) -> -x.shared()).thenComparing(Pair::incident).thenComparing(Pair::event));
    Set<String> usedIncidents = new HashSet<>();
    Set<String> usedEvents = new HashSet<>();
    for (Pair x : pairs) {
      if (!usedIncidents.contains(x.incident()) && !usedEvents.contains(x.event())) {
        usedIncidents.add(x.incident());
        usedEvents.add(x.event());
      }
    }
    TreeSet<String> missed = new TreeSet<>(events.keySet());
    missed.removeAll(usedEvents);
    TreeSet<String> falseAlarms = new TreeSet<>(scored);
    falseAlarms.removeAll(usedIncidents);
    return new IncidentScore(events.size(), unscored, scored.size(), background, unsubstantiated, seaIncidents, usedEvents.size(),
        List.copyOf(missed), List.copyOf(falseAlarms));
  }

  private static String text(JsonNode n, String field, Path file, int line) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IOException(file + ":" + line + ": " + field + ": missing or not text");
    }
    return v.asText();
  }
}
