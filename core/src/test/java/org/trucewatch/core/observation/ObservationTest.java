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

  @Test
  void uncertaintyIsWrittenAsStringFormatWritesIt() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(9);
    java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 1.0, -1.0, 50.0, 375.0, 0.05,
        0.25, 2.45, 1e15, 1e16, -1e15, 123456789012345.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE));
    for (int i = 0; i < 10_000; i++) {
      values.add((double) rnd.nextInt(-100_000, 100_000));
      values.add(rnd.nextInt(0, 100_000) / 4.0);
      values.add(rnd.nextDouble(0, 10_000));
    }
    for (double v : values) {
      assertThat(Observation.oneDecimal(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", v));
    }
  }

  @Test
  void anIdIsSixtyFourLowerCaseHexDigits() {
    assertThat(new ObservationId("0123456789abcdef".repeat(4)).hex()).hasSize(64);
    for (String bad : new String[] {"0".repeat(63), "0".repeat(65), "A" + "0".repeat(63), "g" + "0".repeat(63), "-" + "0".repeat(63)}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ObservationId(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
