package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/** {@link SatellitePasses#ofTimeOrdered}, one pass over time-ordered input, gives {@link SatellitePasses#of}'s passes. */
class SatellitePassesInTimeOrderTest {
  private static final List<String> SOURCES = List.of("firms-viirs-snpp", "firms-viirs-noaa20", "firms-modis");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void passesOverTimeOrderedDetectionsEqualThoseOfTheUnorderedBatch(long seed) {
    Random random = new Random(seed);
    List<Observation> detections = new ArrayList<>();
    Instant t0 = Instant.parse("2025-03-18T00:00:00Z");
    for (int i = 0; i < 400; i++) {
      // passes of a few minutes, some gaps just under and over the 15-minute split
      long second = random.nextInt(40) * 100 * 60L + random.nextInt(20 * 60);
      Coordinate c = new Coordinate(30 + random.nextDouble() * 10, 45 + random.nextDouble() * 6);
      double d = 0.0017;
      ObservationKind kind = random.nextInt(8) == 0 ? ObservationKind.STRIKE : ObservationKind.THERMAL_ANOMALY;
      Map<String, String> attrs = random.nextInt(20) == 0 ? Map.of(IncidentFuser.TIME_UNCERTAINTY, "43200") : Map.of();
      detections.add(Fixtures.observation(SOURCES.get(random.nextInt(SOURCES.size())), kind,
          t0.plusSeconds(second).toString(), Geodesy.WGS84.toGeometry(new Envelope(c.x - d, c.x + d, c.y - d, c.y + d)),
          0, 2, attrs));
    }
    List<SatellitePass> batch = SatellitePasses.of(detections);
    detections.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));

    assertThat(batch).hasSizeGreaterThan(SOURCES.size());
    assertThat(SatellitePasses.ofTimeOrdered(detections)).as("seed %d", seed).isEqualTo(batch);
  }

  @Test
  void aDetectionBeforeItsSourcesLastIsRefused() {
    Coordinate c = new Coordinate(36.2, 49.9);
    List<Observation> detections = List.of(
        Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-18T10:05:00Z", c, 0, 2),
        Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-18T10:00:00Z", c, 0, 2));
    assertThatThrownBy(() -> SatellitePasses.ofTimeOrdered(detections))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event-time order");
  }
}
