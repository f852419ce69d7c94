package org.trucewatch.core.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.PolygonRegion;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/**
 * A corridor running north along 30.0 E (5 km either side) through a closed square 29.9-30.3 E,
 * 45.2-45.4 N: the corridor's band crosses the square's western part.
 */
class ClosedAreaDetectorTest {
  private static final Instant T0 = Instant.parse("2025-03-26T00:00:00Z");
  private static final EffectivePeriod IN_FORCE = new EffectivePeriod(Instant.parse("2025-03-18T00:00:00Z"), Optional.empty());

  private static final CorridorProvision CORRIDOR = new CorridorProvision("corridor", "Corridor", List.of("UA", "RU"),
      IN_FORCE, Set.of(Activity.MILITARY_PRESENCE, Activity.NAVIGATION_BREACH),
      new LineBand(Geodesy.WGS84.createLineString(new Coordinate[] {new Coordinate(30.0, 45.0), new Coordinate(30.0, 45.6)}),
          5_000));
  private static final ZoneProvision CLOSED = new ZoneProvision("closed-sea", "Closed sea area", List.of("UA", "RU"),
      IN_FORCE, Set.of(Activity.NAVIGATION, Activity.MILITARY_PRESENCE),
      new PolygonRegion(Geodesy.WGS84.createPolygon(new Coordinate[] {new Coordinate(29.9, 45.2),
          new Coordinate(30.3, 45.2), new Coordinate(30.3, 45.4), new Coordinate(29.9, 45.4), new Coordinate(29.9, 45.2)})));
  private static final Agreement AGREEMENT = new Agreement("a", "A", List.of(new Party("UA", "Ukraine"),
      new Party("RU", "Russian Federation")), List.of(CORRIDOR, CLOSED));

  private static Observation fix(int mmsi, int minute, double lon, double lat) {
    return Observation.of("ais:st", ObservationKind.VESSEL, T0.plusSeconds(60L * minute),
        Geodesy.WGS84.createPoint(new Coordinate(lon, lat)), 10, Credibility.PROBABLY_TRUE,
        Map.of("mmsi", Integer.toString(mmsi), "speed_kn", "10", "name", "SHIP " + mmsi, "ship_type", "70"),
        Casualties.NONE, new Provenance("ab".repeat(32), "t.nmea", minute + 1));
  }

  /** Fixes every 5 minutes from minute 0, northwards along 30.0 E from 45.1 N, 0.01 degrees a fix. */
  private static List<Observation> alongTheCorridor(int mmsi, int fixes) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < fixes; i++) {
      out.add(fix(mmsi, 5 * i, 30.0, 45.1 + 0.01 * i));
    }
    return out;
  }

  private static List<Observation> breaches(List<Observation> obs, MaritimeRules rules) {
    return new MaritimeDetection(rules, AGREEMENT).run(obs).detections().stream()
        .filter(o -> o.kind() == ObservationKind.CLOSED_AREA_ENTRY).toList();
  }

  @Test
  void aFixBreachesWhenInsideTheClosedAreaAndOutsideTheCorridor() {
    ClosedAreaDetector d = new ClosedAreaDetector(AGREEMENT, MaritimeRules.DEFAULTS);
    List<Observation> obs = List.of(fix(7007, 0, 30.15, 45.30), fix(7007, 60, 30.0, 45.31), fix(7007, 120, 30.5, 45.32));
    List<TrackPoint> pts = VesselTrack.fromObservations(obs, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots()).get(0).plausiblePoints();
    // in the square off the corridor; in the square on the corridor's centreline; east of the square
    assertThat(List.of(d.breaches(pts.get(0)), d.breaches(pts.get(1)), d.breaches(pts.get(2)))).containsExactly(true, false, false);
  }

  @Test
  void aShipCrossingTheClosedAreaOnlyInsideTheCorridorIsNoBreach() {
    // 45.10 to 45.49 N: through the whole square, never out of the corridor
    List<Observation> obs = alongTheCorridor(1001, 40);
    // a second ship 4.5 km east of the centreline: inside the 5 km band, inside the square
    for (int i = 0; i < 20; i++) {
      obs.add(fix(1002, 5 * i, 30.0577, 45.25 + 0.005 * i));
    }
    assertThat(breaches(obs, MaritimeRules.DEFAULTS)).isEmpty();
  }

  @Test
  void aShipLeavingTheCorridorIntoTheClosedAreaIsOneBreachFromItsFirstToItsLastFixOutside() {
    List<Observation> obs = new ArrayList<>(alongTheCorridor(2002, 21)); // minutes 0-100, to 45.30 N
    // out of the corridor eastwards: 30.15 E is 11.8 km from the centreline, 6.8 km outside the band
    obs.add(fix(2002, 105, 30.10, 45.30)); // 7.9 km from the line: outside already
    obs.add(fix(2002, 110, 30.15, 45.30));
    obs.add(fix(2002, 115, 30.15, 45.31));
    obs.add(fix(2002, 120, 30.10, 45.32));
    obs.add(fix(2002, 125, 30.03, 45.33)); // 2.4 km from the line: back in the corridor
    obs.add(fix(2002, 130, 30.0, 45.34));
    // east of the square, outside the corridor too: not closed, no breach
    for (int i = 0; i < 6; i++) {
      obs.add(fix(3003, 5 * i, 30.5, 45.3 + 0.01 * i));
    }
    List<Observation> found = breaches(obs, MaritimeRules.DEFAULTS);
    assertThat(found).singleElement().satisfies(b -> {
      assertThat(b.attributes()).containsEntry("mmsi", "2002").containsEntry("name", "SHIP 2002")
          .containsEntry("closed_area", "closed-sea")
          .containsEntry("breach_start", "2025-03-26T01:45:00Z").containsEntry("breach_end", "2025-03-26T02:00:00Z")
          .containsEntry("breach_minutes", "15").containsEntry("fixes", "4")
          .containsEntry("start_position", "30.10000,45.30000").containsEntry("end_position", "30.10000,45.32000");
      // 30.15 E at 45.3 N: 0.15 degrees x 78.6 km = 11.8 km from the centreline, 6.8 km beyond the band
      assertThat(Double.parseDouble(b.attributes().get("max_corridor_distance_km"))).isBetween(6.7, 6.9);
      assertThat(b.eventTime()).isEqualTo(T0.plusSeconds(105 * 60));
      assertThat(b.representativeCoordinate().x).isEqualTo(30.10);
      assertThat(b.attributes().get("track_points").split(",")).hasSize(4);
      assertThat(b.kind().activities()).containsExactly(Activity.NAVIGATION);
    });
  }

  @Test
  void oneOrTwoStrayFixesAreNoBreachButTheThresholdIsConfigurable() {
    List<Observation> obs = new ArrayList<>(alongTheCorridor(4004, 21));
    obs.add(fix(4004, 105, 30.10, 45.30)); // two fixes out, five minutes apart
    obs.add(fix(4004, 110, 30.10, 45.305));
    obs.add(fix(4004, 115, 30.0, 45.31));
    assertThat(breaches(obs, MaritimeRules.DEFAULTS)).isEmpty();
    assertThat(breaches(obs, MaritimeRules.DEFAULTS.withClosedArea(2, Duration.ofMinutes(5))))
        .singleElement().satisfies(b -> assertThat(b.attributes()).containsEntry("fixes", "2"));
  }

  @Test
  void aFixWithinItsUncertaintyOfTheCorridorEdgeCountsAsInTheCorridor() {
    List<Observation> obs = new ArrayList<>();
    // 5,005 m east of the centreline: 5 m beyond the band, within the fixes' 10 m uncertainty
    Coordinate edge = Geodesy.destination(new Coordinate(30.0, 45.3), 90, 5_005);
    for (int i = 0; i < 6; i++) {
      obs.add(fix(5005, 5 * i, edge.x, 45.3));
    }
    assertThat(breaches(obs, MaritimeRules.DEFAULTS)).isEmpty();
  }

  @Test
  void beforeTheClosedAreaComesIntoForceNothingIsABreach() {
    ZoneProvision later = new ZoneProvision("closed-sea", "Closed sea area", List.of("UA", "RU"),
        new EffectivePeriod(T0.plus(Duration.ofDays(1)), Optional.empty()), Set.of(Activity.NAVIGATION), CLOSED.region());
    Agreement a = new Agreement("a", "A", AGREEMENT.parties(), List.of(CORRIDOR, later));
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      obs.add(fix(6006, 5 * i, 30.2, 45.3));
    }
    assertThat(new MaritimeDetection(MaritimeRules.DEFAULTS, a).run(obs).detections()).isEmpty();
    assertThat(breaches(obs, MaritimeRules.DEFAULTS)).hasSize(1);
  }
}
