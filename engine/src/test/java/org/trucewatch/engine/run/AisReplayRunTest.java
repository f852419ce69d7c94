package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.ais.AisNmeaWriter;
import org.trucewatch.formats.ais.ShipDimensions;

/** An AIS log through the whole pipeline: a warship in the corridor is a finding, a freighter is not. */
class AisReplayRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long T0 = 1742990400L; // 2025-03-26T12:00:00Z, the corridor provision in force

  @Test
  void aWarshipInTheCorridorIsAFindingWithItsAisReportsAsEvidenceAndAFreighterIsNot(@TempDir Path work)
      throws Exception {
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder nmea = new StringBuilder();
    nmea.append(w.staticVoyage("odesa-shore", T0, 'A', 273111000, 0, "RNAV", "PATROL SHIP", 35,
        new ShipDimensions(60, 40, 7, 7), "", 4.0));
    nmea.append(w.staticVoyage("odesa-shore", T0, 'B', 636019000, 9500001, "D5AB1", "GRAIN CARRIER", 70,
        new ShipDimensions(150, 40, 15, 15), "ISTANBUL", 11.0));
    for (int i = 0; i < 60; i++) {
      // both sail south-west along the corridor off Chornomorsk at about 10 knots
      double lat = 46.25 - i * 0.0025;
      double lon = 30.78 - i * 0.0019;
      nmea.append(w.classAPosition("odesa-shore", T0 + 60L * i, 'A', 273111000, 0, lat, lon, 10.0, 218.0, 218, 0));
      nmea.append(w.classAPosition("odesa-shore", T0 + 60L * i + 7, 'B', 636019000, 0, lat + 0.01, lon, 10.0, 218.0, 218, 7));
    }
    nmea.append("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\n"); // a bad checksum
    Path input = work.resolve("ais");
    Files.createDirectories(input);
    Files.writeString(input.resolve("odesa.nmea"), nmea);
    Path agreement = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");

    RunSummary s = new ReplayRun(Clock.systemUTC()).execute(
        new RunRequest(agreement, List.of(input), work.resolve("out"), Optional.empty()), Progress.SILENT);

    // one observation per ship per 5 minutes: 12 each
    assertThat(s.observations()).isEqualTo(24);
    assertThat(s.rejects()).singleElement().satisfies(r -> {
      assertThat(r.file()).endsWith("odesa.nmea");
      assertThat(r.line()).isEqualTo(125);
      assertThat(r.reason()).isEqualTo("checksum mismatch");
    });
    List<JsonNode> findings = new ArrayList<>();
    for (String line : Files.readAllLines(work.resolve("out/findings.jsonl"))) {
      findings.add(JSON.readTree(line));
    }
    assertThat(findings).isNotEmpty();
    assertThat(findings).allSatisfy(f -> assertThat(f.get("provision").asText()).isEqualTo("black-sea-corridor"));
    JsonNode incidents = JSON.readTree(work.resolve("out/incidents.geojson").toFile());
    for (JsonNode feature : incidents.get("features")) {
      String kind = feature.get("properties").get("kind").asText();
      if (!feature.get("properties").get("findings").isEmpty()) {
        assertThat(kind).isEqualTo("military-vessel");
      }
    }
  }

  @Test
  void aShipGoingDarkInTheCorridorAndATankerLoiteringByATerminalAreFindingsCitingTheirTrackPoints(
      @TempDir Path work) throws Exception {
    Path example = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    // the example plus offshore infrastructure where loitering is a breach, listed as the issue asks
    Path agreement = work.resolve("agreement.yaml");
    Files.writeString(agreement, Files.readString(example) + String.join("\n",
        "",
        "  - id: offshore-infrastructure",
        "    kind: protected-sites",
        "    name: Offshore energy terminals and platforms",
        "    parties: [UA, RU]",
        "    effective: {from: 2025-03-18T00:00:00Z}",
        "    prohibited: [strike, navigation-breach]",
        "    default_radius_m: 5000",
        "    sites:",
        "      - {id: test-terminal, name: Test Oil Terminal, category: oil-terminal, country: UA, location: [31.45, 46.20]}",
        ""));
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder nmea = new StringBuilder();
    nmea.append(w.staticVoyage("odesa-shore", T0, 'A', 636019000, 9500001, "D5AB1", "GRAIN CARRIER", 70,
        new ShipDimensions(150, 40, 15, 15), "ISTANBUL", 11.0));
    nmea.append(w.staticVoyage("odesa-shore", T0, 'A', 273222000, 9600002, "UBCD", "SLOW TANKER", 80,
        new ShipDimensions(150, 40, 15, 15), "", 11.0));
    for (int minute = 0; minute <= 360; minute += 2) {
      long t = T0 + 60L * minute;
      // the carrier sails down the corridor but is silent from 01:00 to 04:00
      if (minute <= 60 || minute >= 240) {
        nmea.append(w.classAPosition("odesa-shore", t, 'A', 636019000, 0, 46.25 - minute * 0.0006,
            30.78 - minute * 0.00045, 10.0, 218.0, 218, 0));
      }
      // a freighter nearby keeps reporting, so reception was working
      nmea.append(w.classAPosition("odesa-shore", t + 3, 'B', 636020000, 0, 46.20 - minute * 0.0006,
          30.75 - minute * 0.00045, 10.0, 218.0, 218, 3));
      // the tanker drifts 2 km from the terminal at half a knot for six hours
      nmea.append(w.classAPosition("odesa-shore", t + 5, 'A', 273222000, 0, 46.218 + (minute % 10) * 0.00002,
          31.45, 0.5, 0.0, 0, 5));
    }
    Path input = work.resolve("ais");
    Files.createDirectories(input);
    Files.writeString(input.resolve("day.nmea"), nmea);

    RunSummary s = new ReplayRun(Clock.systemUTC()).execute(
        new RunRequest(agreement, List.of(input), work.resolve("out"), Optional.empty()), Progress.SILENT);
    assertThat(s.rejects()).isEmpty();
    List<JsonNode> findings = new ArrayList<>();
    for (String line : Files.readAllLines(work.resolve("out/findings.jsonl"))) {
      findings.add(JSON.readTree(line));
    }
    assertThat(findings).extracting(f -> f.get("provision").asText())
        .contains("black-sea-corridor", "offshore-infrastructure");
    JsonNode dark = findings.stream().filter(f -> f.get("provision").asText().equals("black-sea-corridor"))
        .findFirst().orElseThrow();
    assertThat(dark.get("explanation").asText()).contains("ais-gap");
    JsonNode loiter = findings.stream().filter(f -> f.get("provision").asText().equals("offshore-infrastructure"))
        .findFirst().orElseThrow();
    assertThat(loiter.get("explanation").asText()).contains("loitering").contains("Test Oil Terminal");
    assertThat(Files.readString(work.resolve("out/report.html"))).contains("ais-gap").contains("loitering");
    JsonNode tracks = JSON.readTree(work.resolve("out/tracks.geojson").toFile());
    assertThat(tracks.get("features")).hasSize(3);
    // the carrier sails inside the corridor all along: one stay, heard inside from its first fix
    JsonNode carrier = tracks.get("features").get(1); // sorted by MMSI
    assertThat(carrier.get("properties").get("mmsi").asInt()).isEqualTo(636019000);
    assertThat(carrier.get("properties").get("corridor_transits")).singleElement().satisfies(t -> {
      assertThat(t.get("corridor").asText()).isEqualTo("black-sea-corridor");
      assertThat(t.get("from_outside").asBoolean()).isFalse();
      assertThat(t.get("dwell_minutes").asInt()).isEqualTo(360);
    });
    assertThat(Files.readString(work.resolve("out/tracks.kml"))).contains("SLOW TANKER");
    assertThat(Files.readString(work.resolve("out/manifest.json"))).contains("tracks.geojson").contains("tracks.kml");
  }
}
