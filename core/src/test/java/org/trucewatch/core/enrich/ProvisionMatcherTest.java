package org.trucewatch.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

class ProvisionMatcherTest {
  private final ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());

  @Test
  void detectionAt4900MetresTouchesA5KmSiteAnd5100DoesNot() {
    for (int az = 0; az < 360; az += 45) {
      Coordinate near = Geodesy.destination(Fixtures.ZNPP, az, 4_900);
      Coordinate far = Geodesy.destination(Fixtures.ZNPP, az, 5_100);
      List<Touch> in = matcher.touches(Geodesy.WGS84.createPoint(near));
      assertThat(in).extracting(Touch::elementId).containsExactly("energy-moratorium/zaporizhzhia-npp");
      assertThat(in.get(0).distanceMetres()).isCloseTo(4_900, within(1e-3));
      assertThat(in.get(0).limitMetres()).isEqualTo(5_000);
      assertThat(matcher.touches(Geodesy.WGS84.createPoint(far))).isEmpty();
    }
  }

  @Test
  void footprintReachingIntoTheRadiusTouchesEvenWithItsCentreOutside() {
    // a 750 m pixel centred 5.2 km north of the site: its southern edge lies at 4.825 km
    Coordinate centre = Geodesy.destination(Fixtures.ZNPP, 0, 5_200);
    Coordinate[] ring = new Coordinate[5];
    Coordinate s = Geodesy.destination(centre, 180, 375);
    Coordinate n = Geodesy.destination(centre, 0, 375);
    ring[0] = Geodesy.destination(s, 270, 375);
    ring[1] = Geodesy.destination(s, 90, 375);
    ring[2] = Geodesy.destination(n, 90, 375);
    ring[3] = Geodesy.destination(n, 270, 375);
    ring[4] = ring[0];
    List<Touch> t = matcher.touches(Geodesy.WGS84.createPolygon(ring));
    assertThat(t).extracting(Touch::elementId).containsExactly("energy-moratorium/zaporizhzhia-npp");
    assertThat(t.get(0).distanceMetres()).isCloseTo(4_825, within(2.0));
  }

  @Test
  void vesselTrackCrossingTheCorridorTouchesItAndAParallelTrackOutsideDoesNot() {
    // the corridor centreline runs from (30.75, 46.40) to (30.60, 45.80); cross it east-west at 46.1
    List<Touch> crossing = matcher.touches(Fixtures.line(30.30, 46.10, 31.10, 46.10));
    assertThat(crossing).extracting(Touch::elementId).containsExactly("black-sea-corridor");
    assertThat(crossing.get(0).distanceMetres()).isZero();
    // a north-south track at least 13 km east of the centreline (hand-computed), outside the 10 km half width
    List<Touch> parallel = matcher.touches(Fixtures.line(30.90, 46.30, 30.90, 46.00));
    assertThat(parallel).isEmpty();
  }

  @Test
  void observationInsideTheDmzBandTouchesItWithItsDistanceToTheLine() {
    Coordinate onLine = new Coordinate(36.60, 50.30);
    Observation inside =
        Fixtures.observation(
            "mission-uav-1", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z",
            Geodesy.WGS84.createPoint(Geodesy.destination(onLine, 180, 14_000)), 50, 2, Map.of());
    List<Touch> touches = matcher.touches(inside);
    assertThat(touches).extracting(Touch::elementId).containsExactly("kharkiv-dmz");
    // the line runs east-south-east through onLine (0.6 degrees of longitude for -0.1 of latitude,
    // about 14.6 degrees below east), so a point 14 km due south lies 14 km x cos(14.6) = 13.55 km
    // from it, hand-computed on a sphere; less its 50 m uncertainty, within the ellipsoid's difference
    assertThat(touches.get(0).distanceMetres()).isCloseTo(13_500, org.assertj.core.api.Assertions.within(120.0));
    assertThat(touches.get(0).limitMetres()).isEqualTo(15_000);
    Observation outside =
        Fixtures.observation(
            "mission-uav-1", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z",
            Geodesy.WGS84.createPoint(Geodesy.destination(onLine, 180, 16_000)), 50, 2, Map.of());
    assertThat(matcher.touches(outside)).isEmpty();
  }

  @Test
  void pointInTwoProvisionsTouchesBothSortedById() {
    // Kharkiv's 30 km alert radius and the 15 km DMZ band overlap north of the city:
    // 28.5 km due north lies about 12 km south of the line
    Coordinate north = Geodesy.destination(Fixtures.KHARKIV, 0, 28_500);
    assertThat(matcher.touches(Geodesy.WGS84.createPoint(north)))
        .extracting(Touch::elementId)
        .containsExactly("city-alerts/kharkiv", "kharkiv-dmz");
  }
}
