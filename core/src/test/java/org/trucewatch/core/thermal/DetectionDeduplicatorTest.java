package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

class DetectionDeduplicatorTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final Instant T = Instant.parse("2023-02-24T11:06:00Z");

  /** A 0.52 x 0.5 km-ish pixel footprint around a centre. */
  private static Polygon pixel(double lon, double lat) {
    double dx = 0.0035;
    double dy = 0.00225;
    return GF.createPolygon(new Coordinate[] {
      new Coordinate(lon - dx, lat - dy), new Coordinate(lon + dx, lat - dy), new Coordinate(lon + dx, lat + dy),
      new Coordinate(lon - dx, lat + dy), new Coordinate(lon - dx, lat - dy)});
  }

  private static Observation detection(String source, Instant t, Polygon g, String version, String frp, String file, long line) {
    return Observation.of(source, ObservationKind.THERMAL_ANOMALY, t, g, 0, Credibility.POSSIBLY_TRUE,
        Map.of("version", version, "frp", frp), Casualties.NONE, new Provenance("a".repeat(64), file, line));
  }

  @Test
  void theSamePixelInNrtAndStandardIsKeptOnceAsStandardWithTheNrtCopyNoted() {
    Observation nrt = detection("firms-viirs-snpp", T, pixel(35.71787, 47.62075), "2.0NRT", "7.75", "nrt.csv", 2);
    Observation sp = detection("firms-viirs-snpp", T, pixel(35.71787, 47.62075), "2.0", "7.81", "sp.csv", 40);
    Observation other = detection("firms-viirs-snpp", T, pixel(35.71723, 47.62539), "2.0NRT", "10.37", "nrt.csv", 3);

    DetectionDeduplicator.Result r = new DetectionDeduplicator().deduplicate(List.of(nrt, other, sp));

    assertThat(nrt.id()).isNotEqualTo(sp.id());
    assertThat(r.kept()).containsExactly(sp, other);
    assertThat(r.alsoReadFrom()).containsOnlyKeys(sp.id());
    assertThat(r.alsoReadFrom().get(sp.id())).containsExactly(nrt.provenance());
    assertThat(r.pixelCopies()).isEqualTo(1);
    assertThat(r.repeats()).isZero();
  }

  @Test
  void aRepeatedFileIsKeptOnceWithTheRepeatNoted() {
    Observation a = detection("firms-viirs-snpp", T, pixel(35.7, 47.6), "2.0NRT", "7.75", "day1.csv", 2);
    Observation again = detection("firms-viirs-snpp", T, pixel(35.7, 47.6), "2.0NRT", "7.75", "day1-copy.csv", 2);
    DetectionDeduplicator.Result r = new DetectionDeduplicator().deduplicate(List.of(a, again));
    assertThat(r.kept()).containsExactly(a);
    assertThat(r.alsoReadFrom().get(a.id())).containsExactly(again.provenance());
    assertThat(r.repeats()).isEqualTo(1);
    assertThat(r.pixelCopies()).isZero();
  }

  @Test
  void anotherSatelliteTimeOrPixelSizeIsAnotherDetection() {
    Observation a = detection("firms-viirs-snpp", T, pixel(35.7, 47.6), "2.0NRT", "7.75", "f", 2);
    Observation otherSatellite = detection("firms-viirs-noaa20", T, pixel(35.7, 47.6), "2.0NRT", "7.75", "f", 3);
    Observation otherTime = detection("firms-viirs-snpp", T.plusSeconds(60), pixel(35.7, 47.6), "2.0NRT", "7.75", "f", 4);
    Polygon wider = (Polygon) pixel(35.7, 47.6).buffer(0.0001, 1);
    Observation otherSize = detection("firms-viirs-snpp", T, wider, "2.0NRT", "7.75", "f", 5);
    DetectionDeduplicator.Result r =
        new DetectionDeduplicator().deduplicate(List.of(a, otherSatellite, otherTime, otherSize));
    assertThat(r.kept()).hasSize(4);
    assertThat(r.alsoReadFrom()).isEmpty();
  }

  @Test
  void pointsAreTheSameOnlyByContent() {
    Observation p1 = Observation.of("uav", ObservationKind.DRONE, T, GF.createPoint(new Coordinate(30, 50)), 10,
        Credibility.PROBABLY_TRUE, Map.of(), Casualties.NONE, new Provenance("b".repeat(64), "u.jsonl", 1));
    Observation p2 = Observation.of("uav", ObservationKind.DRONE, T, GF.createPoint(new Coordinate(30, 50)), 20,
        Credibility.PROBABLY_TRUE, Map.of(), Casualties.NONE, new Provenance("b".repeat(64), "u.jsonl", 2));
    Observation p1again = Observation.of("uav", ObservationKind.DRONE, T, GF.createPoint(new Coordinate(30, 50)), 10,
        Credibility.PROBABLY_TRUE, Map.of(), Casualties.NONE, new Provenance("c".repeat(64), "v.jsonl", 9));
    DetectionDeduplicator.Result r = new DetectionDeduplicator().deduplicate(List.of(p1, p2, p1again));
    assertThat(r.kept()).containsExactly(p1, p2);
    assertThat(r.repeats()).isEqualTo(1);
  }
}
