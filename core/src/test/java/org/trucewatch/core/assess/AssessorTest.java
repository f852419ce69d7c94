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

  /** Every branch of the grade rule in docs/fusion.md ("Grades"), in its order, with the reason it gives. */
  @Test
  void gradeRuleMatchesItsDocumentationOnEveryBranch() {
    // weights: reliability A 5 ... F 0 plus credibility 1: 5 ... 6: 0; "unknown-channel" is ungraded (F)
    Observation uavB3 = at("mission-uav-1", ObservationKind.HEAVY_WEAPON, 3);
    Observation ministryC4 = at("ua-energy-ministry", ObservationKind.STRIKE, 4);
    Observation uavB4 = at("mission-uav-1", ObservationKind.HEAVY_WEAPON, 4);
    Observation fireB3 = at("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, 3);
    Observation ministryFireC3 = at("ua-energy-ministry", ObservationKind.THERMAL_ANOMALY, 3);
    Observation uavB2 = at("mission-uav-1", ObservationKind.HEAVY_WEAPON, 2);
    Observation uavB5 = at("mission-uav-1", ObservationKind.HEAVY_WEAPON, 5);
    Observation fireB2 = at("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, 2);
    Observation ministryC3 = at("ua-energy-ministry", ObservationKind.STRIKE, 3);
    Observation unknownF4 = at("unknown-channel", ObservationKind.STRIKE, 4);
    Observation ruD6 = at("ru-mod", ObservationKind.STRIKE, 6);
    Observation unknownF6 = at("unknown-channel", ObservationKind.STRIKE, 6);

    // confirmed: two origins, one direct, the best B3 (7)
    assertJudged(List.of(uavB3, ministryC4), FindingGrade.CONFIRMED, "Confirmed: 2 independent origins agree");
    // probable: two origins, best at least 5, direct but none B3 or better (B4 is 6)
    assertJudged(List.of(uavB4, ministryC4), FindingGrade.PROBABLE, "Probable: 2 independent origins agree",
        "none is better than mission-uav-1 B4");
    // probable: two origins, best 7, but both only indirect
    assertJudged(List.of(fireB3, ministryFireC3), FindingGrade.PROBABLE, "Probable: 2 independent origins agree",
        "all show it only indirectly");
    // probable: one origin, direct, B2 (8)
    assertJudged(List.of(uavB2), FindingGrade.PROBABLE, "Probable: one origin (mission-uav-1 B2) shows it directly");
    // one origin its own source rates improbable: B5 scores 5, enough for possible, yet unsubstantiated
    assertJudged(List.of(uavB5), FindingGrade.UNSUBSTANTIATED, "Unsubstantiated: one origin only (mission-uav-1 B5)",
        "improbable (credibility 5)");
    // one origin, indirect, not probably true: a B3 hot spot scores 7, yet unsubstantiated
    assertJudged(List.of(fireB3), FindingGrade.UNSUBSTANTIATED, "Unsubstantiated: one origin only (firms-viirs-snpp B3)",
        "not judged probably true");
    // one origin, indirect but probably true (B2): possible
    assertJudged(List.of(fireB2), FindingGrade.POSSIBLE, "Possible: one origin only (firms-viirs-snpp B2), showing it only indirectly");
    // one origin, direct, best at least 4 (C3 is 6): possible
    assertJudged(List.of(ministryC3), FindingGrade.POSSIBLE, "Possible: one origin only (ua-energy-ministry C3);");
    // two origins, best below 4 (F4 and D6 both 2): possible by corroboration alone
    assertJudged(List.of(unknownF4, ruD6), FindingGrade.POSSIBLE, "Possible: 2 independent origins");
    // anything less: one origin, best below 4
    assertJudged(List.of(unknownF4), FindingGrade.UNSUBSTANTIATED, "Unsubstantiated: one origin only (unknown-channel F4)",
        "too low to rest anything on");
    assertJudged(List.of(unknownF6), FindingGrade.UNSUBSTANTIATED, "Unsubstantiated: one origin only (unknown-channel F6)");
    // corroboration lifts even the weakest piece: an F6 report with the mission's B1 sighting is confirmed
    Observation uavB1 = at("mission-uav-1", ObservationKind.HEAVY_WEAPON, 1);
    assertJudged(List.of(unknownF6, uavB1), FindingGrade.CONFIRMED, "Confirmed: 2 independent origins agree");
    assertThat(assessor.grade(List.of(uavB1))).isEqualTo(FindingGrade.PROBABLE);
  }

  private static Observation at(String source, ObservationKind kind, int credibility) {
    return Fixtures.point(source, kind, "2025-03-20T10:00:00Z", Fixtures.ZNPP, 0, credibility);
  }

  private void assertJudged(List<Observation> evidence, FindingGrade grade, String... reasonParts) {
    Assessor.GradeDecision decision = assessor.judge(evidence);
    assertThat(decision.grade()).as(decision.reason()).isEqualTo(grade);
    assertThat(assessor.grade(evidence)).isEqualTo(grade);
    assertThat(decision.reason()).startsWith(reasonParts[0]);
    for (int i = 1; i < reasonParts.length; i++) {
      assertThat(decision.reason()).contains(reasonParts[i]);
    }
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
