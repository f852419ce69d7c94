package org.trucewatch.core.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

class MaritimeDetectorsTest {
  private static final Instant T0 = Instant.parse("2025-03-26T00:00:00Z");
  private static final Coordinate ODESA_OFFSHORE = new Coordinate(30.80, 46.30);

  private static Observation fix(int mmsi, int minute, Coordinate c, double speedKnots) {
    return Observation.of("ais:st", ObservationKind.VESSEL, T0.plusSeconds(60L * minute), Geodesy.WGS84.createPoint(c),
        10, Credibility.PROBABLY_TRUE,
        Map.of("mmsi", Integer.toString(mmsi), "speed_kn", Double.toString(speedKnots), "name", "SHIP " + mmsi),
        Casualties.NONE, new Provenance("ab".repeat(32), "t.nmea", minute + 1));
  }

  /** A ship sailing east at 10 knots, a fix every 5 minutes in [fromMinute, toMinute]. */
  private static List<Observation> sailing(int mmsi, int fromMinute, int toMinute, Coordinate start) {
    List<Observation> out = new ArrayList<>();
    for (int m = fromMinute; m <= toMinute; m += 5) {
      out.add(fix(mmsi, m, Geodesy.destination(start, 90, 10 * 1852.0 * m / 60), 10));
    }
    return out;
  }

  private static List<Observation> run(List<Observation> obs, ObservationKind kind) {
    return new MaritimeDetection(MaritimeRules.DEFAULTS).run(obs).detections().stream()
        .filter(o -> o.kind() == kind).toList();
  }

  @Test
  void aShipSilentForThreeHoursWhileOthersNearbyWereHeardIsAGapWithWorkingReception() {
    List<Observation> obs = new ArrayList<>(sailing(1001, 0, 60, ODESA_OFFSHORE));
    obs.addAll(sailing(1001, 240, 300, ODESA_OFFSHORE));
    obs.addAll(sailing(2002, 0, 300, Geodesy.destination(ODESA_OFFSHORE, 0, 5_000)));
    List<Observation> gaps = run(obs, ObservationKind.AIS_GAP);
    assertThat(gaps).singleElement().satisfies(g -> {
      assertThat(g.attributes()).containsEntry("mmsi", "1001").containsEntry("gap_minutes", "180")
          .containsEntry("vessels_heard_nearby", "1").containsEntry("gap_start", "2025-03-26T01:00:00Z");
      assertThat(g.credibility()).isEqualTo(Credibility.POSSIBLY_TRUE);
      assertThat(g.attributes().get("track_points").split(",")).hasSize(2);
    });
  }

  @Test
  void aGapWithNoOtherShipHeardNearbyIsDoubtfulAndAShortPauseIsNoGap() {
    List<Observation> obs = new ArrayList<>(sailing(1001, 0, 60, ODESA_OFFSHORE));
    obs.addAll(sailing(1001, 240, 300, ODESA_OFFSHORE));
    obs.addAll(sailing(3003, 0, 60, new Coordinate(33.0, 43.0))); // far away
    obs.addAll(sailing(3003, 150, 200, new Coordinate(33.0, 43.0))); // 90 minutes: under the threshold
    List<Observation> gaps = run(obs, ObservationKind.AIS_GAP);
    assertThat(gaps).singleElement().satisfies(g -> {
      assertThat(g.attributes()).containsEntry("mmsi", "1001").containsEntry("vessels_heard_nearby", "0");
      assertThat(g.credibility()).isEqualTo(Credibility.DOUBTFUL);
    });
  }

  @Test
  void aSpoofedJumpIsFlaggedAndIgnoredByTheDetectors() {
    List<Observation> obs = new ArrayList<>(sailing(1001, 0, 60, ODESA_OFFSHORE));
    obs.add(fix(1001, 62, new Coordinate(33.5, 44.5), 10)); // 250 km in 2 minutes
    List<VesselTrack> tracks = VesselTrack.fromObservations(obs, 60);
    assertThat(tracks.get(0).points()).filteredOn(TrackPoint::implausibleJump).hasSize(1);
    assertThat(tracks.get(0).plausiblePoints()).hasSize(13);
    assertThat(tracks.get(0).name()).isEqualTo("SHIP 1001");
  }

  @Test
  void loiteringIsUnderTwoKnotsForOverTwoHours() {
    List<Observation> obs = new ArrayList<>();
    for (int m = 0; m <= 180; m += 5) {
      obs.add(fix(4004, m, Geodesy.destination(ODESA_OFFSHORE, m * 7, 100), 0.8));
    }
    obs.addAll(sailing(4004, 185, 240, ODESA_OFFSHORE));
    for (int m = 0; m <= 90; m += 5) {
      obs.add(fix(5005, m, new Coordinate(31.5, 45.0), 1.0)); // only 90 minutes
    }
    List<Observation> loitering = run(obs, ObservationKind.LOITERING);
    assertThat(loitering).singleElement().satisfies(l -> {
      assertThat(l.attributes()).containsEntry("mmsi", "4004").containsEntry("loiter_minutes", "180")
          .containsEntry("fixes", "37");
      assertThat(Geodesy.distanceMetres(l.representativeCoordinate(), ODESA_OFFSHORE)).isLessThan(150);
    });
  }

  @Test
  void twoSlowShipsWithin500MetresForOverTwoHoursAreAnEncounterAndAt800MetresAreNot() {
    List<Observation> obs = new ArrayList<>();
    Coordinate far = new Coordinate(31.9, 44.8);
    for (int m = 0; m <= 150; m += 5) {
      obs.add(fix(6006, m, ODESA_OFFSHORE, 0.5));
      obs.add(fix(7007, m + 1, Geodesy.destination(ODESA_OFFSHORE, 45, 300), 0.7));
      obs.add(fix(8008, m, far, 0.5));
      obs.add(fix(9009, m, Geodesy.destination(far, 45, 800), 0.5));
    }
    List<Observation> encounters = run(obs, ObservationKind.ENCOUNTER);
    assertThat(encounters).singleElement().satisfies(e -> {
      assertThat(e.attributes()).containsEntry("mmsi", "6006").containsEntry("other_mmsi", "7007")
          .containsEntry("other_name", "SHIP 7007");
      assertThat(Long.parseLong(e.attributes().get("encounter_minutes"))).isGreaterThanOrEqualTo(120);
    });
  }

  @Test
  void plainTrackPointsStayInTheTracksAndDetectionsGoOn() {
    List<Observation> obs = new ArrayList<>(sailing(1001, 0, 60, ODESA_OFFSHORE));
    obs.addAll(sailing(1001, 240, 300, ODESA_OFFSHORE));
    MaritimeDetection.Result r = new MaritimeDetection(MaritimeRules.DEFAULTS).run(obs);
    assertThat(r.tracks()).hasSize(1);
    assertThat(r.onward()).extracting(Observation::kind).containsOnly(ObservationKind.AIS_GAP);
  }

  @Test
  void aFixLoitersWhenSlowAndNotAtAnchorAndASlowFixWithoutSpeedIsJudgedByItsNextMove() {
    List<Observation> obs = new ArrayList<>();
    obs.add(fix(5005, 0, ODESA_OFFSHORE, 0.5));
    obs.add(fix(5005, 5, ODESA_OFFSHORE, 12));
    obs.add(Observation.of("ais:st", ObservationKind.VESSEL, T0.plusSeconds(600), Geodesy.WGS84.createPoint(ODESA_OFFSHORE), 10,
        Credibility.PROBABLY_TRUE, Map.of("mmsi", "5005", "speed_kn", "0.1", "nav_status", "1"), Casualties.NONE,
        new Provenance("ab".repeat(32), "t.nmea", 11)));
    // no speed reported: 1 km in 5 minutes to the next fix is 6.5 knots
    obs.add(Observation.of("ais:st", ObservationKind.VESSEL, T0.plusSeconds(900), Geodesy.WGS84.createPoint(ODESA_OFFSHORE), 10,
        Credibility.PROBABLY_TRUE, Map.of("mmsi", "5005"), Casualties.NONE, new Provenance("ab".repeat(32), "t.nmea", 16)));
    obs.add(fix(5005, 20, Geodesy.destination(ODESA_OFFSHORE, 90, 1000), 0.5));
    List<TrackPoint> pts = VesselTrack.fromObservations(obs, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots()).get(0).plausiblePoints();
    LoiteringDetector d = new LoiteringDetector(MaritimeRules.DEFAULTS);
    assertThat(List.of(d.loiters(pts, 0), d.loiters(pts, 1), d.loiters(pts, 2), d.loiters(pts, 3), d.loiters(pts, 4)))
        .containsExactly(true, false, false, false, true);
  }

  @Test
  void aShipReportingItselfAtAnchorIsNotLoitering() {
    List<Observation> obs = new ArrayList<>();
    for (int m = 0; m <= 240; m += 5) {
      obs.add(Observation.of("ais:st", ObservationKind.VESSEL, T0.plusSeconds(60L * m),
          Geodesy.WGS84.createPoint(ODESA_OFFSHORE), 10, Credibility.PROBABLY_TRUE,
          Map.of("mmsi", "4004", "speed_kn", "0.1", "nav_status", "1"), Casualties.NONE,
          new Provenance("ab".repeat(32), "t.nmea", m + 1)));
    }
    assertThat(run(obs, ObservationKind.LOITERING)).isEmpty();
  }

  @Test
  void aShipCrossingACorridorHasOneTransitWithItsEntryExitAndDwell() {
    org.locationtech.jts.geom.LineString centreline = Geodesy.WGS84.createLineString(new Coordinate[] {
        new Coordinate(30.0, 46.0), new Coordinate(30.0, 45.0)});
    org.trucewatch.core.agreement.CorridorProvision corridor = new org.trucewatch.core.agreement.CorridorProvision(
        "c", "Test corridor", List.of("UA", "RU"),
        new org.trucewatch.core.agreement.EffectivePeriod(T0.minusSeconds(86400), java.util.Optional.empty()),
        java.util.Set.of(org.trucewatch.core.observation.Activity.MILITARY_PRESENCE),
        new org.trucewatch.core.geo.LineBand(centreline, 5_000));
    // sails east across the band at 10 knots from 15 km west of the centreline
    List<Observation> obs = sailing(1001, 0, 180, Geodesy.destination(new Coordinate(30.0, 45.5), 270, 15_000));
    List<CorridorTransit> transits = new CorridorTransitDetector(List.of(corridor))
        .detect(VesselTrack.fromObservations(obs, 60));
    assertThat(transits).singleElement().satisfies(t -> {
      assertThat(t.enteredFromOutside()).isTrue();
      assertThat(t.leftToOutside()).isTrue();
      // 10 km of band at 10 knots (18.5 km/h) is about 32 minutes; fixes every 5 minutes
      assertThat(t.dwell().toMinutes()).isBetween(25L, 35L);
      assertThat(Geodesy.distanceMetres(t.entryPosition(), new Coordinate(30.0, 45.5))).isLessThan(5_001);
    });
  }
}
