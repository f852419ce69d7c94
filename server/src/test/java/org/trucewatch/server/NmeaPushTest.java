package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.ais.AisObservationReader;

/** AIS NMEA 0183 lines pushed to the API, recognised by their content whatever the Content-Type. */
class NmeaPushTest {
  @TempDir static Path scratch;
  /** Complete single-sentence reports (with their NMEA 4.0 tag blocks) from six hours of the scenario's AIS log. */
  static List<String> lines;
  @TempDir Path dir;
  LiveServerFixture live;

  @BeforeAll
  static void simulateTraffic() throws Exception {
    new ScenarioSimulator(new AgreementReader().read(LiveServerFixture.agreementFile()), 21)
        .simulate(Instant.parse("2025-03-19T00:00:00Z"), Duration.ofHours(6), scratch);
    lines = new ArrayList<>();
    for (String line : Files.readAllLines(scratch.resolve("inputs/ais-traffic.nmea"))) {
      if (line.contains("VDM,1,1,") && lines.size() < 3000) {
        lines.add(line);
      }
    }
    assertThat(lines).hasSizeGreaterThan(1000);
  }

  @BeforeEach
  void startServer() throws Exception {
    ReadResult read = new AisObservationReader().read("probe", "0", body(lines));
    Set<String> sources = new TreeSet<>();
    read.observations().forEach(o -> sources.add(o.sourceId()));
    live = new LiveServerFixture(dir, false, new TreeSet<>(sources), LiveServerFixture.SCENARIO_MAX_BODY_BYTES);
  }

  @AfterEach
  void stopServer() {
    live.close();
  }

  private static byte[] body(List<String> ls) {
    return (String.join("\r\n", ls) + "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void nmeaLinesAreStoredAsAisAndTheirShipsAppearAsObservationsAndTracks() throws Exception {
    byte[] body = body(lines);
    ReadResult expected = new AisObservationReader().read("probe", "0", body);
    assertThat(expected.rejects()).isEmpty();
    Set<String> ships = new TreeSet<>();
    long vessels = 0;
    for (Observation o : expected.observations()) {
      ships.add(o.attributes().get("mmsi"));
      vessels += o.kind().code().equals("vessel") ? 1 : 0;
    }
    for (String type : new String[] {"text/plain", null, "application/x-ndjson"}) {
      HttpResponse<String> r = live.post("/api/v1/inputs?wait=true", live.contributor, type, body);
      assertThat(r.statusCode()).as(type + ": " + r.body()).isIn(200, 201);
      assertThat(LiveServerFixture.json(r).get("observations").asInt()).isEqualTo(expected.observations().size());
    }
    // the first push stored the bytes; the two others were the same bytes, held once
    assertThat(live.store.entriesAfter(0)).hasSize(1);
    assertThat(live.store.entriesAfter(0).get(0).format()).isEqualTo(AisObservationReader.FORMAT);

    JsonNode vesselPage = LiveServerFixture.json(live.get("/api/v1/observations?kind=vessel&limit=1", live.observer));
    assertThat(vesselPage.get("total").asLong()).isEqualTo(vessels).isPositive();
    JsonNode tracks = LiveServerFixture.json(live.get("/api/v1/tracks", live.observer));
    Set<String> tracked = new TreeSet<>();
    tracks.get("features").forEach(f -> tracked.add(f.get("properties").get("mmsi").asText()));
    assertThat(tracked).isEqualTo(ships);
  }

  @Test
  void aSentenceWithABadChecksumRefusesTheBatchNamingItsLineAndStoresNothing() throws Exception {
    List<String> bad = new ArrayList<>(lines);
    int at = 700;
    String line = bad.get(at);
    String sum = line.substring(line.length() - 2);
    bad.set(at, line.substring(0, line.length() - 2) + (sum.equals("00") ? "01" : "00"));
    HttpResponse<String> r = live.post("/api/v1/inputs", live.contributor, "text/plain", body(bad));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode problems = LiveServerFixture.json(r).get("problems");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(at + 1);
    assertThat(problems.get(0).get("reason").asText()).containsIgnoringCase("checksum");
    assertThat(live.store.checkpoint().entryCount()).isZero();
  }

  @Test
  void aContributorMayNotPushAisHeardByAStationItIsNotBoundTo() throws Exception {
    HttpResponse<String> r = live.post("/api/v1/inputs", live.stranger, "text/plain", body(lines));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(LiveServerFixture.json(r).get("field").asText()).isEqualTo("source");
    assertThat(live.store.checkpoint().entryCount()).isZero();
  }
}
