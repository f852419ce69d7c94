package org.trucewatch.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.source.Credibility;

class ObservationTest {
  private static Observation at(double lon, double lat, Map<String, String> attrs) {
    return Observation.of(
        "mission-uav-1", ObservationKind.TROOPS, Instant.parse("2025-03-20T10:00:00Z"),
        Geodesy.WGS84.createPoint(new Coordinate(lon, lat)), 50, Credibility.PROBABLY_TRUE, attrs,
        Casualties.NONE, new Provenance("0".repeat(64), "a.jsonl", 3));
  }

  @Test
  void canonicalCoordinatesAreFixedSevenDecimalsWithSign() {
    StringBuilder sb = new StringBuilder();
    Observation.appendFixed7(sb, -0.00000004);
    sb.append(' ');
    Observation.appendFixed7(sb, -12.5);
    sb.append(' ');
    Observation.appendFixed7(sb, 36.12345675);
    sb.append(' ');
    Observation.appendFixed7(sb, 179.99999999);
    assertThat(sb).hasToString("0.0000000 -12.5000000 36.1234568 180.0000000");
  }

  @Test
  void sameContentFromAnotherFileHasTheSameId() {
    Observation a = at(36.2, 50.1, Map.of("place", "Vovchansk"));
    Observation b =
        Observation.of(a.sourceId(), a.kind(), a.eventTime(), a.geometry(), a.uncertaintyMetres(), a.credibility(),
            new TreeMap<>(a.attributes()), a.casualties(), new Provenance("f".repeat(64), "b.jsonl", 99));
    assertThat(b.id()).isEqualTo(a.id());
  }

  @Test
  void positionsOneCentimetreApartHaveDifferentIds() {
    assertThat(at(36.2, 50.1, Map.of()).id()).isNotEqualTo(at(36.2000002, 50.1, Map.of()).id());
  }

  @Test
  void lineBreakAndEscapedLineBreakInAnAttributeDiffer() {
    assertThat(at(36.2, 50.1, Map.of("note", "a\nb")).id()).isNotEqualTo(at(36.2, 50.1, Map.of("note", "a\\nb")).id());
  }
}
