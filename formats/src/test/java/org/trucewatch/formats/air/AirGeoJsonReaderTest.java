package org.trucewatch.formats.air;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

class AirGeoJsonReaderTest {
  private static final String FILE = """
      {"type": "FeatureCollection", "name": "uav-1 2025-03-19",
       "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.6012, 50.2231]},
         "properties": {"class": "artillery", "confidence": 0.92, "time": "2025-03-19T10:14:00Z",
                        "platform": "mission-uav-1", "sensor": "EO/IR turret", "count": 2, "calibre_mm": 152}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.7, 50.3]},
         "properties": {"class": "tank", "confidence": 0.9, "time": "2025-03-19T10:20:00Z", "platform": "mission-uav-1"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.7, 50.3]},
         "properties": {"class": "personnel", "confidence": 85, "time": "2025-03-19T10:21:00Z", "platform": "mission-uav-1"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[36.5, 50.2], [36.6, 50.2], [36.6, 50.25], [36.5, 50.25], [36.5, 50.2]]]},
         "properties": {"footprint": "satellite-pass", "time": "2025-03-19T08:41:00Z", "platform": "sentinel-2b", "sensor": "MSI"}},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[36.5, 50.2, 900], [36.55, 50.21, 900], [36.6, 50.22, 910]]},
         "properties": {"platform": "mission-uav-2", "swath_width_m": 3000,
                        "times": ["2025-03-19T06:00:00Z", "2025-03-19T06:03:00Z", "2025-03-19T06:06:00Z"]}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.8, 50.3]},
         "properties": {"class": "Main battle tank", "confidence": 0.4, "time": "2025-03-19T11:00:00+02:00", "platform": "mission-uav-1"}}
       ]}
      """;

  private final ReadResult r = new AirGeoJsonReader().read("uav-1.geojson", "0".repeat(64), FILE.getBytes(StandardCharsets.UTF_8));

  @Test
  void readsDetectionsFootprintsAndTracksAndRejectsBadFeaturesByLine() {
    assertThat(r.rejects()).extracting(j -> j.toString()).containsExactly(
        "uav-1.geojson:6: features[1].properties.class: unknown class 'tank'; expected one of "
            + "main-battle-tank, armoured-vehicle, artillery, multiple-rocket-launcher, air-defence, military-truck, "
            + "personnel, fortification, earthworks, aircraft, vessel",
        "uav-1.geojson:8: features[2].properties.confidence: must be between 0 and 1, not 85 (a percentage? divide by 100)");
    assertThat(r.observations()).hasSize(4);
  }

  @Test
  void aDetectionBecomesAnObservationOfItsClassKindWithConfidenceAsCredibility() {
    var artillery = r.observations().get(0);
    assertThat(artillery.kind()).isEqualTo(ObservationKind.HEAVY_WEAPON);
    assertThat(artillery.sourceId()).isEqualTo("mission-uav-1");
    assertThat(artillery.credibility().rating()).isEqualTo(2);
    assertThat(artillery.attributes()).containsEntry("class", "artillery").containsEntry("confidence", "0.92")
        .containsEntry("count", "2").containsEntry("calibre_mm", "152").containsEntry("sensor", "EO/IR turret");
    assertThat(artillery.provenance().line()).isEqualTo(3);
    var tank = r.observations().get(3);
    assertThat(tank.attributes()).containsEntry("class", "main-battle-tank");
    assertThat(tank.credibility().rating()).isEqualTo(5);
    assertThat(tank.eventTime()).isEqualTo(Instant.parse("2025-03-19T09:00:00Z"));
  }

  @Test
  void footprintsAndTracksCarryTheirKindForCoverage() {
    var pass = r.observations().get(1);
    assertThat(pass.geometry()).isInstanceOf(Polygon.class);
    assertThat(pass.attributes()).containsEntry("footprint", "satellite-pass").containsEntry("platform", "sentinel-2b");
    var track = r.observations().get(2);
    assertThat(track.geometry()).isInstanceOf(LineString.class);
    assertThat(track.geometry().getNumPoints()).isEqualTo(3);
    assertThat(track.eventTime()).isEqualTo(Instant.parse("2025-03-19T06:06:00Z"));
    assertThat(track.attributes()).containsEntry("footprint", "patrol-swath").containsEntry("swath_width_m", "3000")
        .containsEntry("start", "2025-03-19T06:00:00Z");
  }

  @Test
  void brokenJsonKeepsTheFeaturesBeforeIt() {
    String cut = FILE.substring(0, FILE.indexOf("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\"")) + "{\"type\": ";
    ReadResult partial = new AirGeoJsonReader().read("cut.geojson", "0".repeat(64), cut.getBytes(StandardCharsets.UTF_8));
    assertThat(partial.observations()).hasSize(1);
    assertThat(partial.rejects()).hasSize(3);
    assertThat(partial.rejects().get(2).reason()).startsWith("invalid JSON");
  }

  @Test
  void isRecognisedByContentAndExtension() {
    assertThat(FormatDetector.detect("x.json", FILE.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.AIR_GEOJSON);
    assertThat(FormatDetector.detect("x.geojson", new byte[0])).isEqualTo(InputFormat.AIR_GEOJSON);
    assertThat(FormatDetector.detect("x.jsonl", "{\"source\":\"a\",\"kind\":\"strike\"}\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(InputFormat.OBSERVATIONS_JSONL);
  }
}
