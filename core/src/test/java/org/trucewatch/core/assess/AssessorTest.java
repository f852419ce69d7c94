package org.trucewatch.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

class AssessorTest {
  private static final SourceDirectory SOURCES =
      new SourceDirectory(
          List.of(
              new Source("firms-viirs-snpp", "VIIRS S-NPP", Reliability.B, Optional.empty()),
              new Source("ua-energy-ministry", "UA energy ministry", Reliability.C, Optional.of("UA")),
              new Source("ru-mod", "RU ministry of defence", Reliability.D, Optional.of("RU")),
              new Source("mission-uav-1", "Mission UAV 1", Reliability.B, Optional.empty())));
  private final ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
  private final IncidentFuser fuser = new IncidentFuser(FusionParameters.DEFAULT, SOURCES);
  private final Assessor assessor = new Assessor(Fixtures.agreement(), SOURCES);

  private List<Finding> assess(Observation... os) {
    List<Incident> incidents = fuser.fuse(java.util.Arrays.stream(os).map(matcher::enrich).toList());
    return assessor.assess(incidents);
  }

  @Test
  void corroboratedStrikeAtASiteIsAConfirmedPossibleViolation() {
    Observation detection = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.destination(Fixtures.ZNPP, 45, 1_200), 0, 2);
    Observation report = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T10:25:00Z", Fixtures.ZNPP, 1_000, 2);
    List<Finding> findings = assess(detection, report);
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.provisionId()).isEqualTo("energy-moratorium");
    assertThat(f.kind()).isEqualTo(FindingKind.POSSIBLE_VIOLATION);
    assertThat(f.grade()).isEqualTo(FindingGrade.CONFIRMED);
    assertThat(f.evidence()).containsExactlyInAnyOrder(detection.id(), report.id());
    assertThat(f.attribution()).isInstanceOf(Attribution.Unattributed.class);
    assertThat(f.time()).isEqualTo(report.eventTime());
    assertThat(f.explanation()).contains("Zaporizhzhia NPP").contains("limit 5.00 km").contains("Unattributed");
  }

  @Test
  void satelliteDetectionAloneIsOnlyPossible() {
    Observation detection = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.destination(Fixtures.ZNPP, 45, 1_200), 0, 2);
    Finding f = assess(detection).get(0);
    assertThat(f.grade()).isEqualTo(FindingGrade.POSSIBLE);
    assertThat(f.explanation()).contains("indirect evidence only");
  }

  @Test
  void anOrdinaryFireAloneSubstantiatesNothingButItCorroboratesAReport() {
    // nominal confidence, 6 MW: what a field fire looks like from space
    Observation fieldFire = Fixtures.observation("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.WGS84.createPoint(Geodesy.destination(Fixtures.ZNPP, 45, 1_200)), 0, 3, Map.of("frp", "6.0"));
    Finding alone = assess(fieldFire).get(0);
    assertThat(alone.grade()).isEqualTo(FindingGrade.UNSUBSTANTIATED);
    assertThat(alone.gradeReason()).contains("only indirectly").contains("credibility 2 or better");
    Observation report = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T10:25:00Z", Fixtures.ZNPP, 1_000, 3);
    assertThat(assessor.grade(List.of(report, fieldFire))).isEqualTo(FindingGrade.CONFIRMED);
  }

  @Test
  void aLowConfidenceSightingAloneIsUnsubstantiatedWhateverTheSourcesReliability() {
    Observation improbable = Fixtures.point("mission-uav-1", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z", Fixtures.ZNPP, 0, 5);
    Observation doubtful = Fixtures.point("mission-uav-1", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z", Fixtures.ZNPP, 0, 4);
    assertThat(assessor.judge(List.of(improbable)).grade()).isEqualTo(FindingGrade.UNSUBSTANTIATED);
    assertThat(assessor.judge(List.of(improbable)).reason()).contains("improbable");
    assertThat(assessor.grade(List.of(doubtful))).isEqualTo(FindingGrade.POSSIBLE);
    // the same look seconded by an independent origin is no longer resting on it alone
    Observation report = Fixtures.point("ua-energy-ministry", ObservationKind.SHELLING, "2025-03-20T10:30:00Z", Fixtures.ZNPP, 1_000, 3);
    assertThat(assessor.grade(List.of(improbable, report))).isEqualTo(FindingGrade.PROBABLE);
  }

  @Test
  void nothingIsFoundBeforeTheProvisionIsInForce() {
    Observation report = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-17T23:59:00Z", Fixtures.ZNPP, 0, 2);
    assertThat(assess(report)).isEmpty();
  }

  @Test
  void activityTheProvisionDoesNotCoverGivesNoFinding() {
    // a drone overflight is not a strike: the energy moratorium does not cover it
    Observation drone = Fixtures.point("mission-uav-1", ObservationKind.DRONE, "2025-03-20T10:00:00Z", Fixtures.ZNPP, 0, 2);
    assertThat(assess(drone)).isEmpty();
  }

  @Test
  void strikeInACityAlertAreaIsAnAlert() {
    Observation report = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T10:00:00Z",
        Geodesy.destination(Fixtures.KHARKIV, 180, 5_000), 500, 2);
    List<Finding> findings = assess(report);
    assertThat(findings).extracting(Finding::provisionId).containsExactly("city-alerts");
    assertThat(findings.get(0).kind()).isEqualTo(FindingKind.ALERT);
  }

  @Test
  void partiesBlamingEachOtherGiveAContestedAttributionWithoutChangingTheGrade() {
    Coordinate site = new Coordinate(39.0900, 44.1050);
    Observation ru = Fixtures.observation("ru-mod", ObservationKind.STRIKE, "2025-03-20T02:00:00Z",
        Geodesy.WGS84.createPoint(site), 500, 3, Map.of("attributed_to", "UA"));
    Observation ua = Fixtures.observation("ua-energy-ministry", ObservationKind.EXPLOSION, "2025-03-20T02:30:00Z",
        Geodesy.WGS84.createPoint(site), 500, 4, Map.of("attributed_to", "RU"));
    Finding f = assess(ru, ua).get(0);
    assertThat(f.attribution()).isInstanceOf(Attribution.Contested.class);
    Attribution.Contested contested = (Attribution.Contested) f.attribution();
    assertThat(contested.parties()).containsExactly("RU", "UA");
    assertThat(contested.claims().get(1).evidence()).containsExactly(ru.id());
    // each side's accusation rests on its own ministry alone: a claim to check
    assertThat(contested.claims()).allSatisfy(c -> assertThat(c.grade()).isEqualTo(FindingGrade.POSSIBLE));
    // both parties report the event (D3 and C4 score 5 each), so it is probable, whoever is blamed
    assertThat(f.grade()).isEqualTo(FindingGrade.PROBABLE);
    Observation ruSilent = Fixtures.observation("ru-mod", ObservationKind.STRIKE, "2025-03-20T02:00:00Z",
        Geodesy.WGS84.createPoint(site), 500, 3, Map.of());
    Observation uaSilent = Fixtures.observation("ua-energy-ministry", ObservationKind.EXPLOSION, "2025-03-20T02:30:00Z",
        Geodesy.WGS84.createPoint(site), 500, 4, Map.of());
    Finding unattributed = assess(ruSilent, uaSilent).get(0);
    assertThat(unattributed.attribution()).isInstanceOf(Attribution.Unattributed.class);
    assertThat(unattributed.grade()).isEqualTo(f.grade());
  }

  @Test
  void gradeRuleMatchesItsDocumentation() {
    Observation a1 = Fixtures.point("mission-uav-1", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z", Fixtures.ZNPP, 0, 1);
    Observation f6 = Fixtures.point("unknown-channel", ObservationKind.STRIKE, "2025-03-20T10:00:00Z", Fixtures.ZNPP, 0, 6);
    assertThat(assessor.grade(List.of(a1))).isEqualTo(FindingGrade.PROBABLE);
    assertThat(assessor.grade(List.of(f6))).isEqualTo(FindingGrade.UNSUBSTANTIATED);
    assertThat(assessor.grade(List.of(f6, a1))).isEqualTo(FindingGrade.CONFIRMED);
  }

  @Test
  void aStrongFireMakesALowConfidenceDetectionCorroborateAStrikeReportToConfirmed() {
    Observation report = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T10:25:00Z", Fixtures.ZNPP, 1_000, 3);
    Observation weakFire = Fixtures.observation("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.WGS84.createPoint(Geodesy.destination(Fixtures.ZNPP, 45, 1_200)), 0, 4, Map.of("frp", "12.5"));
    Observation strongFire = Fixtures.observation("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.WGS84.createPoint(Geodesy.destination(Fixtures.ZNPP, 45, 1_200)), 0, 4, Map.of("frp", "50"));
    // C3 report (6) and B4 detection (6): two sources, direct, best 6: probable
    assertThat(assessor.grade(List.of(report, weakFire))).isEqualTo(FindingGrade.PROBABLE);
    // 50 MW lifts the detection to B3 (7): confirmed
    assertThat(assessor.grade(List.of(report, strongFire))).isEqualTo(FindingGrade.CONFIRMED);
    assertThat(assess(report, strongFire).get(0).explanation()).contains("firms-viirs-snpp (B3)");
  }

  @Test
  void fireRadiativePowerMovesAThermalAnomalysCredibilityOneStep() {
    java.util.function.BiFunction<Integer, String, Integer> rating = (cred, frp) -> org.trucewatch.core.thermal.ThermalCredibility.of(
        Fixtures.observation("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
            Geodesy.WGS84.createPoint(Fixtures.ZNPP), 0, cred, frp == null ? Map.of() : Map.of("frp", frp))).rating();
    assertThat(rating.apply(3, "49.99")).isEqualTo(3);
    assertThat(rating.apply(3, "50")).isEqualTo(2);
    assertThat(rating.apply(2, "300")).isEqualTo(2);
    assertThat(rating.apply(3, "1")).isEqualTo(3);
    assertThat(rating.apply(3, "0.99")).isEqualTo(4);
    assertThat(rating.apply(5, "0.2")).isEqualTo(5);
    assertThat(rating.apply(6, "300")).isEqualTo(6);
    assertThat(rating.apply(4, null)).isEqualTo(4);
    Observation strike = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T10:25:00Z", Fixtures.ZNPP, 0, 3);
    assertThat(org.trucewatch.core.thermal.ThermalCredibility.of(strike)).isEqualTo(strike.credibility());
  }
}
