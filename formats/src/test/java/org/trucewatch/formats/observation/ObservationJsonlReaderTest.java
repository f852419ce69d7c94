package org.trucewatch.formats.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

class ObservationJsonlReaderTest {
  static final String EXAMPLE = "{\"source\":\"mission-uav-3\",\"kind\":\"heavy-weapon\",\"time\":\"2025-03-20T10:15:00Z\","
      + "\"lat\":50.1234,\"lon\":36.5678,\"uncertainty_m\":150,\"credibility\":2,"
      + "\"attributes\":{\"place\":\"Vovchansk\",\"count\":\"3\"},"
      + "\"casualties\":{\"killed\":0,\"injured\":{\"min\":9,\"max\":9},\"minors\":{\"min\":2}},\"attributed_to\":\"RU\"}";

  private final ObservationJsonlReader reader = new ObservationJsonlReader();

  private ReadResult read(String text) {
    return reader.read("obs.jsonl", "ab".repeat(32), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheDocumentedExampleIntoEveryField() {
    ReadResult result = read(EXAMPLE + "\n");

    assertThat(result.rejects()).isEmpty();
    Observation o = result.observations().get(0);
    assertThat(o.sourceId()).isEqualTo("mission-uav-3");
    assertThat(o.kind()).isEqualTo(ObservationKind.HEAVY_WEAPON);
    assertThat(o.eventTime()).isEqualTo(Instant.parse("2025-03-20T10:15:00Z"));
    assertThat(o.geometry()).isInstanceOf(Point.class);
    assertThat(o.geometry().getCoordinate().x).isEqualTo(36.5678);
    assertThat(o.geometry().getCoordinate().y).isEqualTo(50.1234);
    assertThat(o.uncertaintyMetres()).isEqualTo(150);
    assertThat(o.credibility()).isEqualTo(Credibility.PROBABLY_TRUE);
    assertThat(o.attributes()).containsExactlyEntriesOf(new java.util.TreeMap<>(
        Map.of("attributed_to", "RU", "count", "3", "place", "Vovchansk")));
    assertThat(o.casualties()).isEqualTo(new Casualties(
        CasualtyCount.exactly(0), CasualtyCount.exactly(9), CasualtyCount.atLeast(2)));
    assertThat(o.provenance().line()).isEqualTo(1);
  }

  @Test
  void appliesDefaultsAndTakesTimeOffsets() {
    ReadResult result = read("{\"source\":\"ua-kharkiv-ova\",\"kind\":\"strike\",\"time\":\"2025-03-20T12:15:00+02:00\",\"lat\":49.99,\"lon\":36.23}");

    Observation o = result.observations().get(0);
    assertThat(o.eventTime()).isEqualTo(Instant.parse("2025-03-20T10:15:00Z"));
    assertThat(o.uncertaintyMetres()).isZero();
    assertThat(o.credibility()).isEqualTo(Credibility.CANNOT_BE_JUDGED);
    assertThat(o.attributes()).isEmpty();
    assertThat(o.casualties()).isEqualTo(Casualties.NONE);
  }

  @Test
  void readsGeoJsonLinesAndPolygonsWithHoles() {
    ReadResult result = read(String.join("\n",
        "{\"source\":\"patrol-7\",\"kind\":\"military-vehicle\",\"time\":\"2025-03-20T10:00:00Z\","
            + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[36.1,50.0],[36.2,50.05],[36.3,50.02]]}}",
        "{\"source\":\"sat-x\",\"kind\":\"other\",\"time\":\"2025-03-20T10:00:00Z\",\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[36,50],[37,50],[37,51],[36,51],[36,50]],[[36.2,50.2],[36.2,50.4],[36.4,50.4],[36.2,50.2]]]}}",
        "{\"source\":\"sat-x\",\"kind\":\"other\",\"time\":\"2025-03-20T10:00:00Z\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[36,50]}}"));

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations().get(0).geometry()).isInstanceOf(LineString.class);
    assertThat(result.observations().get(0).geometry().getNumPoints()).isEqualTo(3);
    Polygon p = (Polygon) result.observations().get(1).geometry();
    assertThat(p.getNumInteriorRing()).isEqualTo(1);
    assertThat(result.observations().get(2).geometry()).isInstanceOf(Point.class);
  }

  @Test
  void skipsBlankAndCommentLinesAndCountsThemInLineNumbers() {
    ReadResult result = read("\uFEFF# sensor feed, 2025-03-20\r\n\r\n   \n" + EXAMPLE + "\r\n  # trailing note\n");

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations()).singleElement()
        .satisfies(o -> assertThat(o.provenance().line()).isEqualTo(4));
  }

  @Test
  void keepsGoodLinesAroundBadOnesAndNamesLineAndKey() {
    String ok = "{\"source\":\"s-1\",\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":50,\"lon\":36";
    ReadResult result = read(String.join("\n",
        ok + "}",
        ok + ",\"colour\":\"red\"}",
        "{\"source\":\"s-1\",\"kind\":\"strike\",\"time\":",
        ok + ",\"credibility\":7}",
        "{\"source\":\"s-1\",\"kind\":\"bombardment\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":50,\"lon\":36}",
        "{\"source\":\"s-1\",\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00\",\"lat\":50,\"lon\":36}",
        "{\"source\":\"s-1\",\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":50}",
        ok + ",\"uncertainty_m\":-5}",
        ok + ",\"casualties\":{\"injured\":{\"min\":5,\"max\":3}}}",
        ok + ",\"attributes\":{\"units\":{\"n\":2}}}",
        "{\"source\":\"S 1\",\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":50,\"lon\":36}",
        "{\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":50,\"lon\":36}",
        "[1,2]",
        ok + ",\"lat\":51}",
        ok + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[36,50]}}",
        "{\"source\":\"s-1\",\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":\"50\",\"lon\":36}",
        ok + "} trailing",
        ok + ",\"attributed_to\":\"UA\",\"attributes\":{\"attributed_to\":\"RU\"}}",
        "{\"source\":\"s-1\",\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00Z\",\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[36,50],[37,51],[37,50],[36,51],[36,50]]]}}",
        ok + ",\"credibility\":3}"));

    assertThat(result.observations()).extracting(o -> o.provenance().line()).containsExactly(1L, 20L);
    assertThat(result.rejects()).extracting(Reject::line, Reject::field).containsExactly(
        tuple(2L, "colour"),
        tuple(3L, ""),
        tuple(4L, "credibility"),
        tuple(5L, "kind"),
        tuple(6L, "time"),
        tuple(7L, "lon"),
        tuple(8L, "uncertainty_m"),
        tuple(9L, "casualties.injured.max"),
        tuple(10L, "attributes.units"),
        tuple(11L, "source"),
        tuple(12L, "source"),
        tuple(13L, ""),
        tuple(14L, ""),
        tuple(15L, "geometry"),
        tuple(16L, "lat"),
        tuple(17L, ""),
        tuple(18L, "attributed_to"),
        tuple(19L, "geometry.coordinates"));
    assertThat(result.rejects().get(0).toString()).isEqualTo(
        "obs.jsonl:2: colour: unknown key; known keys are source, kind, time, lat, lon, geometry, uncertainty_m, "
            + "credibility, attributes, casualties, attributed_to");
    assertThat(result.rejects().get(1).reason()).startsWith("invalid JSON at column");
    assertThat(result.rejects().get(3).reason()).contains("expected one of thermal-anomaly, explosion");
    assertThat(result.rejects().get(11).reason()).contains("must be a JSON object");
    assertThat(result.rejects().get(12).reason()).contains("Duplicate field 'lat'");
    assertThat(result.rejects().get(17).reason()).contains("not a valid polygon: self-intersection");
  }

  @Test
  void givesTheSameContentTheSameIdWhateverTheSpelling() {
    ReadResult result = read(String.join("\n",
        EXAMPLE,
        "{\"attributed_to\":\"RU\",\"casualties\":{\"minors\":{\"min\":2},\"injured\":9},\"attributes\":{\"count\":3,"
            + "\"place\":\"Vovchansk\"},\"credibility\":2,\"uncertainty_m\":150.0,\"lon\":36.56780,\"lat\":50.1234,"
            + "\"time\":\"2025-03-20T12:15:00+02:00\",\"kind\":\"heavy-weapon\",\"source\":\"mission-uav-3\"}"));

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations().get(0).id()).isEqualTo(result.observations().get(1).id());
  }

  @Test
  void readsCasualtyRangesAndUpToCounts() {
    ReadResult result = read("{\"source\":\"s-1\",\"kind\":\"strike\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":50,\"lon\":36,"
        + "\"casualties\":{\"killed\":{\"min\":0,\"max\":5},\"injured\":{\"min\":3,\"max\":7}}}");

    Casualties c = result.observations().get(0).casualties();
    assertThat(c.killed()).isEqualTo(new CasualtyCount(0, OptionalInt.of(5)));
    assertThat(c.injured()).isEqualTo(new CasualtyCount(3, OptionalInt.of(7)));
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
  }
}
