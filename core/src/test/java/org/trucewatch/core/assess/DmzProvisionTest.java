package org.trucewatch.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Checkpoint;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.WithdrawalLine;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.DetectionClass;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

/**
 * A DMZ 15 km either side of a stretch of meridian (36 E, 50.0 to 50.6 N): heavy weapons and
 * earthworks prohibited inside, artillery and rocket launchers over 100 mm held 50 km back, a
 * checkpoint for at most 10 personnel. A geodesic leaving a meridian due east is perpendicular to
 * it, so a point reached going 49 km east from the line's middle is exactly 49 km from the line.
 */
class DmzProvisionTest {
  private static final Coordinate MIDDLE = new Coordinate(36.0, 50.3);
  private static final Coordinate CHECKPOINT = Geodesy.destination(MIDDLE, 270, 5_000);
  private static final SourceDirectory SOURCES = new SourceDirectory(List.of(
      new Source("mission-uav-1", "Mission UAV 1", Reliability.B, Optional.empty()),
      new Source("mission-uav-2", "Mission UAV 2", Reliability.B, Optional.empty())));

  private static final ZoneProvision DMZ = new ZoneProvision(
      "dmz", "Test DMZ", List.of("UA", "RU"), new EffectivePeriod(Fixtures.FROM, Optional.empty()),
      Set.of(Activity.HEAVY_WEAPONS),
      new LineBand(Fixtures.line(36.0, 50.0, 36.0, 50.6), 15_000),
      Set.of(DetectionClass.EARTHWORKS),
      List.of(new Checkpoint("cp-1", "Checkpoint 1", new Circle(CHECKPOINT, 500), 10)),
      List.of(new WithdrawalLine("artillery-50km", "Artillery and rocket launchers over 100 mm: 50 km",
          Set.of(DetectionClass.ARTILLERY, DetectionClass.MULTIPLE_ROCKET_LAUNCHER), OptionalDouble.of(100),
          new LineBand(Fixtures.line(36.0, 50.0, 36.0, 50.6), 50_000))));
  private static final Agreement AGREEMENT = new Agreement("t", "t",
      List.of(new Party("UA", "Ukraine"), new Party("RU", "Russia")), List.of(DMZ));

  private final ProvisionMatcher matcher = new ProvisionMatcher(AGREEMENT);
  private final Assessor assessor = new Assessor(AGREEMENT, SOURCES);

  private static Observation detection(String platform, DetectionClass c, Coordinate at, String time,
      double confidence, Map<String, String> more) {
    Map<String, String> attrs = new TreeMap<>(more);
    attrs.put(DetectionClass.ATTRIBUTE, c.code());
    attrs.put("confidence", Double.toString(confidence));
    return Fixtures.observation(platform, c.kind(), time, Geodesy.WGS84.createPoint(at), 20,
        DetectionClass.credibilityRating(confidence), attrs);
  }

  private List<Finding> assess(Observation... os) {
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, SOURCES).fuse(
        java.util.Arrays.stream(os).map(matcher::enrich).toList());
    return assessor.assess(incidents);
  }

  private static Coordinate east(double metres) {
    return Geodesy.destination(MIDDLE, 90, metres);
  }

  @Test
  void artilleryFortyNineKilometresFromTheLineIsShortOfItsFiftyKilometreWithdrawal() {
    List<Finding> f = assess(detection("mission-uav-1", DetectionClass.ARTILLERY, east(49_000),
        "2025-03-19T10:00:00Z", 0.95, Map.of("calibre_mm", "152")));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).elements()).singleElement().satisfies(t -> {
      assertThat(t.elementId()).isEqualTo("dmz/artillery-50km");
      assertThat(t.distanceMetres()).isCloseTo(49_000, org.assertj.core.data.Offset.offset(0.01));
      assertThat(t.limitMetres()).isEqualTo(50_000);
    });
    assertThat(f.get(0).explanation()).contains("49.00 km from Artillery and rocket launchers over 100 mm: 50 km (limit 50.00 km)");
  }

  @Test
  void artilleryFiftyOneKilometresFromTheLineIsBehindIt() {
    assertThat(assess(detection("mission-uav-1", DetectionClass.ARTILLERY, east(51_000),
        "2025-03-19T10:00:00Z", 0.95, Map.of("calibre_mm", "152")))).isEmpty();
  }

  @Test
  void aMortarOfOneHundredMillimetresOrLessIsNotHeldBackButUnknownCalibreIs() {
    assertThat(assess(detection("mission-uav-1", DetectionClass.ARTILLERY, east(30_000),
        "2025-03-19T10:00:00Z", 0.95, Map.of("calibre_mm", "100")))).isEmpty();
    assertThat(assess(detection("mission-uav-1", DetectionClass.ARTILLERY, east(30_000),
        "2025-03-19T10:00:00Z", 0.95, Map.of()))).hasSize(1);
  }

  @Test
  void aTankInsideTheZoneBreachesItsHeavyWeaponsBanAndATruckDoesNot() {
    assertThat(assess(detection("mission-uav-1", DetectionClass.MAIN_BATTLE_TANK, east(10_000),
        "2025-03-19T10:00:00Z", 0.95, Map.of())))
        .singleElement().satisfies(f -> assertThat(f.elements().get(0).elementId()).isEqualTo("dmz"));
    assertThat(assess(detection("mission-uav-1", DetectionClass.MILITARY_TRUCK, east(10_000),
        "2025-03-19T10:00:00Z", 0.95, Map.of()))).isEmpty();
  }

  @Test
  void earthworksAreAProhibitedClassInsideTheZoneOnly() {
    assertThat(assess(detection("mission-uav-1", DetectionClass.EARTHWORKS, east(14_000),
        "2025-03-19T10:00:00Z", 0.8, Map.of()))).hasSize(1);
    assertThat(assess(detection("mission-uav-1", DetectionClass.EARTHWORKS, east(16_000),
        "2025-03-19T10:00:00Z", 0.8, Map.of()))).isEmpty();
  }

  @Test
  void personnelAtACheckpointBreachOnlyAboveItsLimit() {
    assertThat(assess(detection("mission-uav-1", DetectionClass.PERSONNEL, CHECKPOINT,
        "2025-03-19T10:00:00Z", 0.9, Map.of("count", "10")))).isEmpty();
    assertThat(assess(detection("mission-uav-1", DetectionClass.PERSONNEL, CHECKPOINT,
        "2025-03-19T10:00:00Z", 0.9, Map.of("count", "14"))))
        .singleElement().satisfies(f -> assertThat(f.elements()).extracting(t -> t.elementId())
            .containsExactly("dmz/cp-1"));
  }

  @Test
  void gradeRisesWithConfidenceAndWithASecondPlatform() {
    Coordinate at = east(5_000);
    Finding low = assess(detection("mission-uav-1", DetectionClass.MULTIPLE_ROCKET_LAUNCHER, at,
        "2025-03-19T10:00:00Z", 0.35, Map.of())).get(0);
    Finding high = assess(detection("mission-uav-1", DetectionClass.MULTIPLE_ROCKET_LAUNCHER, at,
        "2025-03-19T10:00:00Z", 0.95, Map.of())).get(0);
    Finding both = assess(
        detection("mission-uav-1", DetectionClass.MULTIPLE_ROCKET_LAUNCHER, at, "2025-03-19T10:00:00Z", 0.95, Map.of()),
        detection("mission-uav-2", DetectionClass.MULTIPLE_ROCKET_LAUNCHER, Geodesy.destination(at, 0, 120),
            "2025-03-19T13:30:00Z", 0.9, Map.of())).get(0);
    Finding middling = assess(detection("mission-uav-1", DetectionClass.MULTIPLE_ROCKET_LAUNCHER, at,
        "2025-03-19T10:00:00Z", 0.6, Map.of())).get(0);
    // below 0.5 the detector itself rates it improbable: alone, that substantiates nothing
    assertThat(low.grade()).isEqualTo(FindingGrade.UNSUBSTANTIATED);
    assertThat(low.gradeReason()).contains("improbable");
    assertThat(middling.grade()).isEqualTo(FindingGrade.POSSIBLE);
    assertThat(high.grade()).isEqualTo(FindingGrade.PROBABLE);
    assertThat(both.grade()).isEqualTo(FindingGrade.CONFIRMED);
    assertThat(both.evidence()).hasSize(2);
  }

  @Test
  void repeatedSightingsOfOneClassAtOnePlaceAreOneIncidentAndOtherClassesStayApart() {
    List<Observation> os = new ArrayList<>();
    Coordinate at = east(8_000);
    for (int i = 0; i < 5; i++) {
      os.add(detection(i % 2 == 0 ? "mission-uav-1" : "mission-uav-2", DetectionClass.ARTILLERY,
          Geodesy.destination(at, 72 * i, 150), Instant.parse("2025-03-19T06:00:00Z").plusSeconds(i * 9000L).toString(),
          0.9, Map.of()));
    }
    os.add(detection("mission-uav-1", DetectionClass.MILITARY_TRUCK, at, "2025-03-19T06:00:00Z", 0.9, Map.of()));
    os.add(detection("mission-uav-1", DetectionClass.ARTILLERY, east(12_000), "2025-03-19T06:00:00Z", 0.9, Map.of()));
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, SOURCES).fuse(os.stream().map(matcher::enrich).toList());
    assertThat(incidents).extracting(i -> i.members().size()).containsExactlyInAnyOrder(5, 1, 1);
    assertThat(assessor.assess(incidents)).extracting(f -> f.evidence().size()).containsExactlyInAnyOrder(5, 1);
  }
}
