package org.trucewatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.formats.agreement.AgreementReader;

/**
 * A ship straying from the corridor into a closed sea area, through the whole pipeline: the
 * agreement file declares the area, the sea layer detects the breach, and assessment makes it a
 * finding of the closed area's provision, citing the track points.
 */
class ClosedAreaPipelineTest {
  private static final String AGREEMENT = """
      agreement: {id: test, title: Test}
      parties:
        - {id: UA, name: Ukraine}
        - {id: RU, name: Russian Federation}
      provisions:
        - id: corridor
          kind: corridor
          name: Test corridor
          parties: [UA, RU]
          effective: {from: 2025-03-18T00:00:00Z}
          prohibited: [strike, military-presence, navigation-breach]
          half_width_m: 5000
          centreline: {type: LineString, coordinates: [[30.0, 45.0], [30.0, 45.6]]}
        - id: closed-sea
          kind: zone
          name: Sea area closed to shipping
          parties: [UA, RU]
          effective: {from: 2025-03-18T00:00:00Z}
          prohibited: [navigation]
          area:
            type: Polygon
            coordinates: [[[29.9, 45.2], [30.3, 45.2], [30.3, 45.4], [29.9, 45.4], [29.9, 45.2]]]
      """;
  private static final Instant T0 = Instant.parse("2025-03-26T00:00:00Z");

  private static Observation fix(int minute, double lon, double lat) {
    return Observation.of("ais:ua-odesa", ObservationKind.VESSEL, T0.plusSeconds(60L * minute),
        Geodesy.WGS84.createPoint(new Coordinate(lon, lat)), 10, Credibility.PROBABLY_TRUE,
        Map.of("mmsi", "272001234", "name", "STRAY", "ship_type", "70", "speed_kn", "10"), Casualties.NONE,
        new Provenance("cd".repeat(32), "ais.nmea", minute + 1));
  }

  @Test
  void aShipStrayingFromTheCorridorIntoTheClosedAreaIsAFindingOfThatAreaWithItsTrackPoints() throws Exception {
    Agreement agreement = new AgreementReader().read("test.yaml", AGREEMENT, Path.of("."));
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      obs.add(fix(5 * i, 30.0, 45.1 + 0.01 * i)); // in the corridor, through the square's western part
    }
    obs.add(fix(105, 30.10, 45.30));
    obs.add(fix(110, 30.15, 45.30));
    obs.add(fix(115, 30.15, 45.31));
    obs.add(fix(120, 30.10, 45.32));
    obs.add(fix(125, 30.03, 45.33));
    Pipeline.Result r = new Pipeline(agreement, new SourceDirectory(List.of()), FusionParameters.DEFAULT)
        .run(obs, Progress.SILENT);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.provisionId()).isEqualTo("closed-sea");
      assertThat(f.explanation()).contains("closed-area-entry");
      assertThat(f.time()).isEqualTo(T0.plusSeconds(105 * 60));
    });
    Finding f = r.findings().get(0);
    Observation breach = r.enriched().stream().map(e -> e.observation())
        .filter(o -> o.kind() == ObservationKind.CLOSED_AREA_ENTRY).findFirst().orElseThrow();
    assertThat(f.evidence()).contains(breach.id());
    List<String> cited = List.of(breach.attributes().get("track_points").split(","));
    assertThat(cited).containsExactlyElementsOf(
        obs.subList(21, 25).stream().map(o -> o.id().toString()).toList());
  }
}
