package org.trucewatch.formats.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ReadResult;

class ObservationJsonlWriterTest {
  private final ObservationJsonlReader reader = new ObservationJsonlReader();

  private ReadResult read(String text, String sha) {
    return reader.read("obs.jsonl", sha, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesTheDocumentedExampleCanonically() {
    Observation o = read(ObservationJsonlReaderTest.EXAMPLE, "ab".repeat(32)).observations().get(0);

    assertThat(ObservationJsonlWriter.line(o)).isEqualTo(
        "{\"source\":\"mission-uav-3\",\"kind\":\"heavy-weapon\",\"time\":\"2025-03-20T10:15:00Z\","
            + "\"lat\":50.1234,\"lon\":36.5678,\"uncertainty_m\":150,\"credibility\":2,"
            + "\"attributes\":{\"count\":\"3\",\"place\":\"Vovchansk\"},"
            + "\"casualties\":{\"injured\":9,\"minors\":{\"min\":2}},\"attributed_to\":\"RU\"}");
  }

  @Test
  void readsBackWhatItWritesWithEqualObservations() {
    String sha = "cd".repeat(32);
    List<Observation> original = List.of(
        observation(Geodesy.WGS84.createPoint(new Coordinate(36.25, 49.9935)), Map.of(), Casualties.NONE, 0,
            Credibility.CANNOT_BE_JUDGED, 1),
        observation(Geodesy.circle(new Coordinate(35.1, 47.8), 1500, 8), Map.of("site", "Zaporizhzhia NPP",
            "note", "line one\nline \"two\"", "attributed_to", "UA"),
            new Casualties(org.trucewatch.core.observation.CasualtyCount.exactly(1),
                org.trucewatch.core.observation.CasualtyCount.atLeast(17),
                new org.trucewatch.core.observation.CasualtyCount(0, java.util.OptionalInt.of(4))),
            2500.5, Credibility.CONFIRMED, 2),
        observation(Geodesy.WGS84.createLineString(new Coordinate[] {new Coordinate(-0.000001, 1e-7),
            new Coordinate(179.9999999, -89.5)}), Map.of("only", "x"), Casualties.NONE, 12, Credibility.IMPROBABLE, 3));

    String text = ObservationJsonlWriter.toJsonl(original);
    ReadResult again = read(text, sha);

    assertThat(again.rejects()).isEmpty();
    assertThat(again.observations()).isEqualTo(original);
    assertThat(text).doesNotContain("null").doesNotContain("E-");
    assertThat(ObservationJsonlWriter.toJsonl(again.observations())).isEqualTo(text);
  }

  @Test
  void refusesGeometryTheFormatCannotHold() {
    Observation multi = observation(Geodesy.WGS84.createMultiPoint(new Coordinate[] {new Coordinate(1, 2)}),
        Map.of(), Casualties.NONE, 0, Credibility.CANNOT_BE_JUDGED, 1);

    assertThatThrownBy(() -> ObservationJsonlWriter.line(multi))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MultiPoint");
  }

  private static Observation observation(org.locationtech.jts.geom.Geometry g, Map<String, String> attributes,
      Casualties casualties, double uncertainty, Credibility credibility, long line) {
    return Observation.of("contributor-" + line, ObservationKind.STRIKE, Instant.parse("2025-03-20T10:15:30.250Z"),
        g, uncertainty, credibility, attributes, casualties, new Provenance("cd".repeat(32), "obs.jsonl", line));
  }
}
