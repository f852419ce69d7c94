package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;

/** The HTTP API over real HTTP on 127.0.0.1, fed the simulated scenario by its parties. */
class LiveServerApiTest {
  @TempDir static Path scratch;
  static Path inputs;
  static LiveServerFixture live;
  static String batchFindings;
  static String batchIncidents;

  @BeforeAll
  static void pushTheScenario() throws Exception {
    inputs = LiveServerFixture.simulate(scratch.resolve("scenario"), 5);
    List<Path> obsFiles = LiveServerFixture.observationFiles(inputs);
    live = new LiveServerFixture(scratch.resolve("server"), false, LiveServerFixture.sourcesIn(obsFiles));
    live.pushScenario(inputs);
    Path out = scratch.resolve("batch");
    new ReplayRun(Clock.systemUTC()).execute(
        new RunRequest(LiveServerFixture.agreementFile(), List.of(inputs), out, Optional.of(scratch.resolve("batch.sqlite"))), Progress.SILENT);
    batchFindings = Files.readString(out.resolve("findings.jsonl"));
    batchIncidents = Files.readString(out.resolve("incidents.geojson"));
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  private static List<JsonNode> allFindings(String query) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    int offset = 0;
    while (true) {
      String sep = query.isEmpty() ? "?" : query + "&";
      JsonNode page = LiveServerFixture.json(live.get("/api/v1/findings" + sep + "limit=7&offset=" + offset, live.observer));
      page.get("items").forEach(out::add);
      offset += 7;
      if (offset >= page.get("total").asInt()) {
        return out;
      }
    }
  }

  @Test
  void findingsServedAfterPushesAreTheFindingsOfABatchRunOverTheSameInputs() throws Exception {
    StringBuilder served = new StringBuilder();
    for (JsonNode f : allFindings("")) {
      // other tests of this class review incidents, which a batch run over the inputs alone cannot know
      if (Set.of("confirmed", "disputed", "closed").contains(f.get("lifecycle").asText())) {
        JsonNode inc = LiveServerFixture.json(live.get("/api/v1/incidents/" + f.get("incident").asText(), live.observer));
        ((com.fasterxml.jackson.databind.node.ObjectNode) f).put("lifecycle", inc.get("properties").get("status").asText());
      }
      served.append(LiveServerFixture.JSON.writeValueAsString(f)).append('\n');
    }
    assertThat(batchFindings).isNotEmpty();
    assertThat(served.toString()).isEqualTo(batchFindings);
  }

  @Test
  void pushingTheSameBytesAgainIsAcknowledgedAsAlreadyHeldAndStoresNothing() throws Exception {
    Path reports = inputs.resolve("reports.jsonl");
    long before = live.store.checkpoint().entryCount();
    HttpResponse<String> r = live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", Files.readAllBytes(reports));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode ack = LiveServerFixture.json(r);
    assertThat(ack.get("already_held").asBoolean()).isTrue();
    assertThat(ack.get("sha256").asText()).isEqualTo(org.trucewatch.ledger.ChainHash.sha256Hex(Files.readAllBytes(reports)));
    assertThat(live.store.checkpoint().entryCount()).isEqualTo(before);
  }

  @Test
  void filtersSelectExactlyTheIncidentsThatMatchAndPagesCoverThemOnce() throws Exception {
    JsonNode all = LiveServerFixture.json(live.get("/api/v1/incidents?limit=1000", live.observer));
    List<JsonNode> features = new ArrayList<>();
    all.get("features").forEach(features::add);
    assertThat(features).hasSize(all.get("total").asInt()).isNotEmpty();
    // bbox around the first incident with a finding, small enough to exclude some others
    JsonNode withFinding = features.stream().filter(f -> !f.get("properties").get("grade").isNull()).findFirst().orElseThrow();
    double lon = withFinding.get("geometry").get("coordinates").get(0).asDouble();
    double lat = withFinding.get("geometry").get("coordinates").get(1).asDouble();
    String bbox = (lon - 0.2) + "," + (lat - 0.2) + "," + (lon + 0.2) + "," + (lat + 0.2);
    String provision = withFinding.get("properties").get("provisions").get(0).asText();
    String grade = withFinding.get("properties").get("grade").asText();
    Instant from = Instant.parse(withFinding.get("properties").get("start").asText()).minusSeconds(3600);
    Instant to = from.plusSeconds(7200);
    String q = "bbox=" + bbox + "&provision=" + provision + "&grade=" + grade + "&from=" + from + "&to=" + to;
    JsonNode filtered = LiveServerFixture.json(live.get("/api/v1/incidents?limit=1000&" + q, live.observer));
    Set<String> expected = new TreeSet<>();
    for (JsonNode f : features) {
      JsonNode p = f.get("properties");
      double x = f.get("geometry").get("coordinates").get(0).asDouble();
      double y = f.get("geometry").get("coordinates").get(1).asDouble();
      boolean inBox = x >= lon - 0.2 && x <= lon + 0.2 && y >= lat - 0.2 && y <= lat + 0.2;
      boolean inTime = !Instant.parse(p.get("end").asText()).isBefore(from) && !Instant.parse(p.get("start").asText()).isAfter(to);
      boolean hasProvision = false;
      for (JsonNode pr : p.get("provisions")) {
        hasProvision |= pr.asText().equals(provision);
      }
      if (inBox && inTime && hasProvision && grade.equals(p.get("grade").asText())) {
        expected.add(p.get("id").asText());
      }
    }
    Set<String> got = new TreeSet<>();
    filtered.get("features").forEach(f -> got.add(f.get("id").asText()));
    assertThat(got).isEqualTo(expected).contains(withFinding.get("id").asText());
    assertThat(got.size()).isLessThan(features.size());

    // paging by 3 gives every incident exactly once, in the same order
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < features.size(); offset += 3) {
      LiveServerFixture.json(live.get("/api/v1/incidents?limit=3&offset=" + offset, live.observer))
          .get("features").forEach(f -> paged.add(f.get("id").asText()));
    }
    assertThat(paged).isEqualTo(features.stream().map(f -> f.get("id").asText()).toList());
  }

  @Test
  void anIncidentCarriesItsWholeEvidenceChain() throws Exception {
    JsonNode finding = allFindings("").get(0);
    HttpResponse<String> r = live.get("/api/v1/incidents/" + finding.get("incident").asText(), live.observer);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode inc = LiveServerFixture.json(r);
    Set<String> evidenceIds = new HashSet<>();
    for (JsonNode e : inc.get("evidence")) {
      evidenceIds.add(e.get("id").asText());
      assertThat(e.get("source").get("reliability").asText()).matches("[A-F]");
      assertThat(e.get("provenance").get("entry_sha256").asText()).hasSize(64);
      assertThat(e.get("provenance").get("line").asLong()).isPositive();
      assertThat(e.get("observation").get("source").asText()).isEqualTo(e.get("source").get("id").asText());
    }
    for (JsonNode id : finding.get("evidence")) {
      assertThat(evidenceIds).contains(id.asText());
    }
    assertThat(inc.get("finding_details").toString()).contains(finding.get("id").asText());
    // each provenance points at an entry the ledger holds
    Set<String> held = new HashSet<>();
    live.store.entriesAfter(0).forEach(e -> held.add(e.sha256()));
    inc.get("evidence").forEach(e -> assertThat(held).contains(e.get("provenance").get("entry_sha256").asText()));
    assertThat(live.get("/api/v1/incidents/nope", live.observer).statusCode()).isEqualTo(404);
  }

  @Test
  void anAnalystsActionIsInTheLedgerWithWhoDidItAndShowsOnTheIncident() throws Exception {
    String incident = allFindings("").get(1).get("incident").asText();
    String actions = "/api/v1/incidents/" + incident + "/actions";
    HttpResponse<String> note = live.post(actions, live.analyst, "application/json",
        "{\"action\":\"note\",\"note\":\"crater matches the FIRMS pixel\"}");
    assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
    HttpResponse<String> confirm = live.post(actions, live.analyst, "application/json",
        "{\"action\":\"confirm\",\"reason\":\"drone frame shows the transformer burning\"}");
    assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(201);
    assertThat(LiveServerFixture.json(confirm).get("review").asText()).isEqualTo("confirmed");
    assertThat(LiveServerFixture.json(confirm).get("lifecycle").asText()).isEqualTo("confirmed");
    JsonNode inc = LiveServerFixture.json(live.get("/api/v1/incidents/" + incident, live.observer));
    assertThat(inc.get("properties").get("review").asText()).isEqualTo("confirmed");
    assertThat(inc.get("properties").get("lifecycle").asText()).isEqualTo("confirmed");
    assertThat(inc.get("actions").get(0).get("actor").asText()).isEqualTo("analyst-anna");
    assertThat(inc.get("actions").get(0).get("reason").asText()).isEqualTo("crater matches the FIRMS pixel");
    assertThat(inc.get("actions").get(1).get("reason").asText()).isEqualTo("drone frame shows the transformer burning");
    long seq = LiveServerFixture.json(confirm).get("entry").asLong();
    String stored = new String(live.store.raw(seq), StandardCharsets.UTF_8);
    assertThat(stored).contains("\"actor\":\"analyst-anna\"").contains("\"subject\":\"" + incident + "\"")
        .contains("\"action\":\"confirm\"").contains("\"note\":\"drone frame shows the transformer burning\"")
        .contains("\"anchor\":\"" + inc.get("evidence").get(0).get("id").asText());
    JsonNode confirmed = LiveServerFixture.json(live.get("/api/v1/incidents?review=confirmed", live.observer));
    assertThat(confirmed.get("total").asInt()).isEqualTo(1);
    // served findings carry their incident's lifecycle state
    for (JsonNode f : allFindings("")) {
      assertThat(f.get("lifecycle").asText()).isEqualTo(f.get("incident").asText().equals(incident) ? "confirmed"
          : LiveServerFixture.json(live.get("/api/v1/incidents/" + f.get("incident").asText(), live.observer))
              .get("properties").get("status").asText());
    }
  }

  @Test
  void illegalTransitionsAndBlankReasonsAreRefusedAndNothingIsStored() throws Exception {
    String incident = allFindings("").get(0).get("incident").asText();
    String actions = "/api/v1/incidents/" + incident + "/actions";
    long entries = live.store.checkpoint().entryCount();
    HttpResponse<String> close = live.post(actions, live.analyst, "application/json", "{\"action\":\"close\",\"reason\":\"done\"}");
    assertThat(close.statusCode()).isEqualTo(409);
    assertThat(LiveServerFixture.json(close).get("field").asText()).isEqualTo("action");
    assertThat(LiveServerFixture.json(close).get("error").asText()).contains("cannot close an incident that is")
        .contains("confirm or dispute it before closing");
    HttpResponse<String> blank = live.post(actions, live.analyst, "application/json", "{\"action\":\"dispute\",\"reason\":\"  \"}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(LiveServerFixture.json(blank).get("field").asText()).isEqualTo("reason");
    assertThat(LiveServerFixture.json(blank).get("error").asText()).isEqualTo("a reason is required: say why you dispute it");
    assertThat(live.store.checkpoint().entryCount()).isEqualTo(entries);

    for (String[] step : new String[][] {{"dispute", "the party's video is from 2023"}, {"close", "reviewed at the morning brief"}}) {
      HttpResponse<String> r = live.post(actions, live.analyst, "application/json",
          "{\"action\":\"" + step[0] + "\",\"reason\":\"" + step[1] + "\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    HttpResponse<String> confirmClosed = live.post(actions, live.analyst, "application/json", "{\"action\":\"confirm\",\"reason\":\"x\"}");
    assertThat(confirmClosed.statusCode()).isEqualTo(409);
    assertThat(LiveServerFixture.json(confirmClosed).get("error").asText()).endsWith("it is closed; reopen it first");

    JsonNode history = LiveServerFixture.json(live.get("/api/v1/incidents/" + incident + "/history", live.observer));
    assertThat(history.get("lifecycle").asText()).isEqualTo("closed");
    assertThat(history.get("history")).hasSize(2);
    assertThat(history.get("history").get(0).get("to").asText()).isEqualTo("disputed");
    assertThat(history.get("history").get(0).get("action").get("reason").asText()).isEqualTo("the party's video is from 2023");
    assertThat(history.get("history").get(1).get("from").asText()).isEqualTo("disputed");
    assertThat(history.get("history").get(1).get("to").asText()).isEqualTo("closed");
    assertThat(live.get("/api/v1/incidents/nope/history", live.observer).statusCode()).isEqualTo(404);

    // the finding's versions: as first assessed, then after the dispute, then after the closure
    String finding = allFindings("").stream().filter(f -> f.get("incident").asText().equals(incident)).findFirst()
        .orElseThrow().get("id").asText();
    JsonNode versions = LiveServerFixture.json(live.get("/api/v1/findings/" + finding + "/versions", live.observer)).get("versions");
    List<String> lifecycles = new java.util.ArrayList<>();
    versions.forEach(v -> lifecycles.add(v.get("lifecycle").asText()));
    assertThat(lifecycles.subList(lifecycles.size() - 2, lifecycles.size())).containsExactly("disputed", "closed");
    assertThat(versions.get(versions.size() - 1).get("why").asText())
        .isEqualTo("lifecycle disputed -> closed (analyst-anna closed it: reviewed at the morning brief)");
    assertThat(versions.get(versions.size() - 1).get("finding").get("lifecycle").asText()).isEqualTo("closed");
    assertThat(versions.get(0).get("change").asText()).isEqualTo("new");
    assertThat(live.get("/api/v1/findings/nope/versions", live.observer).statusCode()).isEqualTo(404);
  }

  @Test
  void badQueriesAreRefusedNamingTheParameter() throws Exception {
    for (String[] c : new String[][] {
        {"bbox=1,2,3", "bbox"}, {"from=yesterday", "from"}, {"grade=certain", "grade"}, {"limit=0", "limit"},
        {"limit=5000", "limit"}, {"colour=red", "colour"}, {"status=unknown", "status"}}) {
      HttpResponse<String> r = live.get("/api/v1/incidents?" + c[0], live.observer);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(LiveServerFixture.json(r).get("field").asText()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void agreementLayersAndFirmsDetectionsAreServedAsGeoJson() throws Exception {
    JsonNode agreement = LiveServerFixture.json(live.get("/api/v1/agreement", live.observer));
    Set<String> provisions = new TreeSet<>();
    agreement.get("features").forEach(f -> provisions.add(f.get("properties").get("provision").asText()));
    Set<String> expected = new TreeSet<>();
    live.agreement.provisions().forEach(p -> expected.add(p.id()));
    assertThat(provisions).isEqualTo(expected);
    int elements = live.agreement.provisions().stream().mapToInt(p -> p.elements().size()).sum();
    assertThat(agreement.get("features").size()).isEqualTo(elements);

    long fires = live.server.monitor().snapshot().observations().stream().filter(o -> o.kind().code().equals("thermal-anomaly")).count();
    JsonNode page = LiveServerFixture.json(live.get("/api/v1/observations?kind=thermal-anomaly&limit=1000", live.observer));
    assertThat(page.get("total").asLong()).isEqualTo(fires).isPositive();
    JsonNode first = page.get("features").get(0);
    assertThat(first.get("geometry").get("type").asText()).isEqualTo("Polygon");
    assertThat(first.get("properties").get("source").asText()).startsWith("firms-");
    HttpResponse<String> bad = live.get("/api/v1/observations?grade=probable", live.observer);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(LiveServerFixture.json(bad).get("field").asText()).isEqualTo("grade");
  }

  @Test
  void vesselTracksAreTheBatchRunsShipsWithATimePerPosition() throws Exception {
    JsonNode batch = LiveServerFixture.JSON.readTree(scratch.resolve("batch/tracks.geojson").toFile());
    HttpResponse<String> r = live.get("/api/v1/tracks", live.observer);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode served = LiveServerFixture.json(r);
    java.util.Map<Integer, JsonNode> byMmsi = new java.util.TreeMap<>();
    served.get("features").forEach(f -> byMmsi.put(f.get("properties").get("mmsi").asInt(), f));
    assertThat(batch.get("features").size()).isPositive();
    assertThat(byMmsi).hasSize(batch.get("features").size());
    int military = 0;
    for (JsonNode b : batch.get("features")) {
      JsonNode f = byMmsi.get(b.get("properties").get("mmsi").asInt());
      assertThat(f).as("ship " + b.get("properties").get("mmsi")).isNotNull();
      JsonNode p = f.get("properties");
      assertThat(p.get("start").asText()).isEqualTo(b.get("properties").get("start").asText());
      assertThat(p.get("end").asText()).isEqualTo(b.get("properties").get("end").asText());
      if (f.get("geometry").get("type").asText().equals("LineString")) {
        assertThat(p.get("times").size()).isEqualTo(f.get("geometry").get("coordinates").size());
        assertThat(f.get("geometry").get("coordinates").get(0)).isEqualTo(b.get("geometry").get("coordinates").get(0));
      }
      List<String> times = new ArrayList<>();
      p.get("times").forEach(t -> times.add(t.asText()));
      assertThat(times).isSorted();
      military += p.get("military").asBoolean() ? 1 : 0;
    }
    long warships = live.server.monitor().snapshot().observations().stream()
        .filter(o -> o.kind().code().equals("military-vessel")).map(o -> o.attributes().get("mmsi")).distinct().count();
    assertThat(military).isEqualTo((int) warships);
    assertThat(live.get("/api/v1/tracks?bbox=1,2,3,4", live.observer).statusCode()).isEqualTo(400);
  }

  @Test
  void zoneCoverageOfADayIsThatDaysViewOfTheBatchRunsCoverage() throws Exception {
    org.trucewatch.engine.publish.CoverageGeoJsonReader.Layer layer;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(scratch.resolve("batch/coverage.geojson"))) {
      layer = new org.trucewatch.engine.publish.CoverageGeoJsonReader().read(in);
    }
    java.util.SortedMap<String, List<JsonNode>> byDay = new java.util.TreeMap<>();
    for (java.time.Instant day = layer.periodStart(); !day.isAfter(layer.periodEnd()); day = day.plus(java.time.Duration.ofDays(1))) {
      List<JsonNode> features = new ArrayList<>();
      LiveServerFixture.JSON.readTree(new org.trucewatch.engine.publish.CoverageDayGeoJsonWriter().render(layer.zones(), day, day))
          .get("features").forEach(features::add);
      byDay.put(day.toString().substring(0, 10), features);
    }
    assertThat(byDay).isNotEmpty();
    for (var day : byDay.entrySet()) {
      HttpResponse<String> r = live.get("/api/v1/coverage?day=" + day.getKey(), live.observer);
      assertThat(r.statusCode()).isEqualTo(200);
      List<JsonNode> served = new ArrayList<>();
      LiveServerFixture.json(r).get("features").forEach(served::add);
      assertThat(served).as(day.getKey()).isEqualTo(day.getValue());
    }
    JsonNode last = LiveServerFixture.json(live.get("/api/v1/coverage", live.observer));
    Set<Boolean> observed = new HashSet<>();
    last.get("features").forEach(f -> {
      observed.add(f.get("properties").get("observed").asBoolean());
      assertThat(f.get("properties").get("day").asText()).isEqualTo(byDay.lastKey());
    });
    assertThat(observed).containsExactlyInAnyOrder(true, false);
    HttpResponse<String> bad = live.get("/api/v1/coverage?day=yesterday", live.observer);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(LiveServerFixture.json(bad).get("field").asText()).isEqualTo("day");
  }

  @Test
  void theGeoJsonExportIsTheBatchRunsIncidentsFileByteForByte() throws Exception {
    HttpResponse<String> r = live.get("/api/v1/exports/incidents.geojson", live.observer);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
    assertThat(r.body()).isEqualTo(batchIncidents);
    assertThat(r.headers().firstValue("X-Trucewatch-Checkpoint").orElse("")).startsWith(live.store.checkpoint().entryCount() + " ");
  }

  @Test
  void theKmlExportHasOnePlacemarkPerIncidentWithItsPositionAndTime() throws Exception {
    JsonNode all = LiveServerFixture.json(live.get("/api/v1/incidents?limit=1000", live.observer));
    HttpResponse<String> r = live.get("/api/v1/exports/incidents.kml", live.observer);
    var doc = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    var placemarks = doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark");
    assertThat(placemarks.getLength()).isEqualTo(all.get("total").asInt());
    var first = (org.w3c.dom.Element) placemarks.item(0);
    JsonNode f = all.get("features").get(0);
    assertThat(first.getAttribute("id")).isEqualTo(f.get("id").asText());
    String[] lonLat = first.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "coordinates").item(0).getTextContent().split(",");
    assertThat(Double.parseDouble(lonLat[0])).isCloseTo(f.get("geometry").get("coordinates").get(0).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(Double.parseDouble(lonLat[1])).isCloseTo(f.get("geometry").get("coordinates").get(1).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(first.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "begin").item(0).getTextContent())
        .isEqualTo(f.get("properties").get("start").asText());
  }

  @Test
  void theCsvExportHasAcledsColumnsAndOneRowPerMatchingIncident() throws Exception {
    String grade = "probable";
    int expected = LiveServerFixture.json(live.get("/api/v1/incidents?limit=1000&grade=" + grade, live.observer)).get("total").asInt();
    HttpResponse<String> r = live.get("/api/v1/exports/incidents.csv?grade=" + grade, live.observer);
    List<String> lines = r.body().lines().toList();
    assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,")
        .endsWith(",latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp");
    assertThat(lines).hasSize(expected + 1);
    assertThat(expected).isPositive();
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line).startsWith("TW").contains("grade=" + grade);
    }
    assertThat(live.get("/api/v1/exports/incidents.csv?limit=5", live.observer).statusCode()).isEqualTo(400);
  }

  @Test
  void theGeoPackageExportIsAValidGeoPackageWithOnePointPerIncident(@TempDir Path dir) throws Exception {
    JsonNode all = LiveServerFixture.json(live.get("/api/v1/incidents?limit=1000", live.observer));
    HttpResponse<byte[]> r = live.http.send(java.net.http.HttpRequest.newBuilder(URI.create(live.base + "/api/v1/exports/incidents.gpkg"))
        .header("Authorization", "Bearer " + live.observer).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    Path gpkg = Files.write(dir.resolve("incidents.gpkg"), r.body());
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + gpkg); var st = c.createStatement()) {
      var rs = st.executeQuery("PRAGMA application_id");
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(0x47504B47);
      rs = st.executeQuery("SELECT table_name, data_type, srs_id FROM gpkg_contents");
      rs.next();
      assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)).isEqualTo("incidents features 4326");
      rs = st.executeQuery("SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = 'incidents' AND column_name = 'geom'");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("POINT");
      rs = st.executeQuery("SELECT count(*) FROM incidents");
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(all.get("total").asInt());
      JsonNode first = all.get("features").get(0);
      rs = st.executeQuery("SELECT geom, grade FROM incidents WHERE incident_id = '" + first.get("id").asText() + "'");
      rs.next();
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(rs.getBytes(1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      assertThat(new String(new byte[] {b.get(0), b.get(1)}, StandardCharsets.US_ASCII)).isEqualTo("GP");
      assertThat(b.getInt(4)).isEqualTo(4326);
      assertThat(b.get(8)).isEqualTo((byte) 1);
      assertThat(b.getInt(9)).isEqualTo(1);
      assertThat(b.getDouble(13)).isCloseTo(first.get("geometry").get("coordinates").get(0).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
      assertThat(b.getDouble(21)).isCloseTo(first.get("geometry").get("coordinates").get(1).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void metricsAndHealthReportWhatTheServerDid() throws Exception {
    HttpResponse<String> m = live.get("/metrics", null);
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.body()).contains("trucewatch_inputs_pushed_total{outcome=\"stored\"}")
        .contains("trucewatch_findings ")
        .contains("trucewatch_http_requests_seconds_count{method=\"GET\",route=\"/api/v1/incidents\"");
    JsonNode health = LiveServerFixture.json(live.get("/health", null));
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("store").asText()).startsWith("sqlite:");
  }

  @Test
  void theEventStreamAnnouncesFindingsOfANewPush(@TempDir Path dir) throws Exception {
    Path scenario = LiveServerFixture.simulate(dir.resolve("scenario"), 7);
    try (LiveServerFixture fresh = new LiveServerFixture(dir.resolve("server"), false,
        LiveServerFixture.sourcesIn(LiveServerFixture.observationFiles(scenario)))) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(fresh.base + "/api/v1/events?access_token=" + fresh.observer)).header("Accept", "text/event-stream").GET().build();
      HttpResponse<Stream<String>> events = fresh.http.send(req, HttpResponse.BodyHandlers.ofLines());
      assertThat(events.statusCode()).isEqualTo(200);
      var lines = events.body().iterator();
      assertThat(lines.next()).isEqualTo(": connected");
      fresh.pushScenario(scenario);
      List<String> findingIds = new ArrayList<>();
      int checkpointsSeen = 0;
      int entries = (int) fresh.store.checkpoint().entryCount();
      while (true) {
        String line = lines.next();
        if (line.startsWith("data: ") && line.contains("\"change\"")) {
          JsonNode d = LiveServerFixture.JSON.readTree(line.substring(6));
          if (d.get("change").asText().equals("withdrawn")) {
            findingIds.remove(d.get("finding").get("id").asText());
          } else if (!findingIds.contains(d.get("finding").get("id").asText())) {
            findingIds.add(d.get("finding").get("id").asText());
          }
        } else if (line.startsWith("data: ") && line.contains("\"head\"")) {
          checkpointsSeen++;
          if (LiveServerFixture.JSON.readTree(line.substring(6)).get("entries").asInt() == entries) {
            break;
          }
        }
      }
      assertThat(checkpointsSeen).isPositive();
      List<String> served = new ArrayList<>();
      LiveServerFixture.json(fresh.get("/api/v1/findings?limit=1000", fresh.observer)).get("items").forEach(f -> served.add(f.get("id").asText()));
      assertThat(findingIds).isNotEmpty().containsExactlyInAnyOrderElementsOf(served);
      events.body().close();
    }
  }
}
