package org.trucewatch.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

class CorroborationTest {
  private static final SourceDirectory SOURCES = new SourceDirectory(List.of(
      new Source("ua-zaporizhzhia-ova", "Zaporizhzhia regional military administration", Reliability.C, Optional.of("UA")),
      new Source("ru-mod", "RU ministry of defence", Reliability.D, Optional.of("RU")),
      new Source("outlet-1", "Outlet 1", Reliability.B, Optional.empty()),
      new Source("outlet-2", "Outlet 2", Reliability.B, Optional.empty()),
      new Source("outlet-3", "Outlet 3", Reliability.C, Optional.empty()),
      new Source("outlet-4", "Outlet 4", Reliability.C, Optional.empty()),
      new Source("outlet-5", "Outlet 5", Reliability.B, Optional.empty()),
      new Source("firms-viirs-snpp", "VIIRS S-NPP", Reliability.B, Optional.empty()),
      new Source("firms-viirs-noaa20", "VIIRS NOAA-20", Reliability.B, Optional.empty())));
  private final ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
  private final IncidentFuser fuser = new IncidentFuser(FusionParameters.DEFAULT, SOURCES);
  private final Assessor assessor = new Assessor(Fixtures.agreement(), SOURCES);

  private List<EnrichedObservation> enrich(List<Observation> os) {
    return os.stream().map(matcher::enrich).toList();
  }

  private static Observation outlet(int n, String chain) {
    return Fixtures.observation("outlet-" + n, ObservationKind.STRIKE, "2025-03-20T10:" + (10 + n) + ":00Z",
        Geodesy.WGS84.createPoint(Geodesy.destination(Fixtures.ZNPP, 72 * n, 400)), 1_000, 2,
        Map.of(Origin.SOURCE_CHAIN, chain, "place", "Enerhodar"));
  }

  @Test
  void aStoryRepeatedByFiveOutletsIsOneOriginAndStaysReported() {
    List<Observation> repeats = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      repeats.add(outlet(n, "Zaporizhzhia regional military administration, via Telegram, via Outlet " + n));
    }
    Incident i = fuser.fuse(enrich(repeats)).get(0);
    assertThat(i.members()).hasSize(5);
    assertThat(i.sourceIds()).hasSize(5);
    assertThat(i.supportingOrigins()).containsExactly("party:UA");
    assertThat(i.independentSources()).isEqualTo(1);
    assertThat(i.status()).isEqualTo(IncidentStatus.REPORTED);
    // nor does the grade rise above what one origin gives
    Finding f = assessor.assess(List.of(i)).get(0);
    assertThat(f.grade()).isNotEqualTo(FindingGrade.CONFIRMED);
    assertThat(f.gradeReason()).startsWith("Probable: one origin").contains("no independent origin");
  }

  @Test
  void anUnlistedOriginalIsOneOriginByItsName() {
    List<Observation> repeats = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      repeats.add(outlet(n, "Enerhodar city council, via Telegram, via Outlet " + n));
    }
    Incident i = fuser.fuse(enrich(repeats)).get(0);
    assertThat(i.supportingOrigins()).containsExactly("origin:enerhodar city council");
    assertThat(i.status()).isEqualTo(IncidentStatus.REPORTED);
  }

  @Test
  void twoSatellitesAreTwoOrigins() {
    Coordinate fire = Geodesy.destination(Fixtures.ZNPP, 45, 1_200);
    Observation snpp = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T10:50:00Z", fire, 0, 2);
    Observation noaa20 = Fixtures.point("firms-viirs-noaa20", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:40:00Z", fire, 0, 2);
    Incident i = fuser.fuse(enrich(List.of(snpp, noaa20))).get(0);
    assertThat(i.supportingOrigins()).containsExactly("source:firms-viirs-noaa20", "source:firms-viirs-snpp");
    assertThat(i.status()).isEqualTo(IncidentStatus.CORROBORATED);
  }

  @Test
  void aDenialIsAContradictingOriginAndNeverCorroborationOrEvidence() {
    Observation report = Fixtures.point("ua-zaporizhzhia-ova", ObservationKind.STRIKE, "2025-03-20T10:25:00Z", Fixtures.ZNPP, 1_000, 3);
    Observation denial = Fixtures.observation("ru-mod", ObservationKind.STRIKE, "2025-03-20T11:25:00Z",
        Geodesy.WGS84.createPoint(Fixtures.ZNPP), 2_000, 4, Map.of("statement", "denies involvement"));
    Incident i = fuser.fuse(enrich(List.of(report, denial))).get(0);
    assertThat(i.members()).hasSize(2);
    assertThat(i.supportingOrigins()).containsExactly("party:UA");
    assertThat(i.contradictingOrigins()).containsExactly("party:RU");
    assertThat(i.status()).isEqualTo(IncidentStatus.REPORTED);
    Finding f = assessor.assess(List.of(i)).get(0);
    assertThat(f.evidence()).containsExactly(report.id());
    assertThat(f.explanation()).contains("denied by party:RU");
  }

  @Test
  void aHotSpotAndADroneStrikeClaimOnASubstationFuseButAHotSpotAndAShipsLoiteringDoNot() {
    Coordinate substation = Geodesy.destination(Fixtures.ZNPP, 180, 2_000);
    Observation pixel = Fixtures.observation("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.WGS84.toGeometry(new org.locationtech.jts.geom.Envelope(
            substation.x - 0.0025, substation.x + 0.0025, substation.y - 0.0017, substation.y + 0.0017)), 0, 2, Map.of());
    Observation claim = Fixtures.observation("ua-zaporizhzhia-ova", ObservationKind.STRIKE, "2025-03-20T10:20:00Z",
        Geodesy.WGS84.createPoint(Geodesy.destination(substation, 90, 4_000)), 1_500, 3,
        Map.of("means", "drone", "target", "substation"));
    Observation loitering = Fixtures.observation("ais", ObservationKind.LOITERING, "2025-03-20T11:00:00Z",
        Geodesy.WGS84.createPoint(substation), 10, 3, Map.of("mmsi", "272004242"));
    List<Incident> incidents = fuser.fuse(enrich(List.of(pixel, claim, loitering)));
    assertThat(incidents).extracting(inc -> inc.members().size()).containsExactlyInAnyOrder(2, 1);
    Incident strike = incidents.stream().filter(inc -> inc.members().size() == 2).findFirst().orElseThrow();
    assertThat(strike.observationIds()).containsExactlyInAnyOrder(pixel.id(), claim.id());
    assertThat(strike.kind()).isEqualTo(ObservationKind.STRIKE);
    // turning the pair off in configuration keeps them apart too
    FusionParameters apart = FusionParameters.DEFAULT.with(ObservationKind.THERMAL_ANOMALY, ObservationKind.STRIKE, Optional.empty());
    assertThat(new IncidentFuser(apart, SOURCES).fuse(enrich(List.of(pixel, claim)))).hasSize(2);
  }

  @Test
  void aLateObservationKeepsTheIncidentIdAndAMergeKeepsTheEarlierAnchor() {
    Observation first = Fixtures.point("ua-zaporizhzhia-ova", ObservationKind.STRIKE, "2025-03-20T10:00:00Z", Fixtures.ZNPP, 500, 3);
    Observation farther = Fixtures.point("outlet-1", ObservationKind.EXPLOSION, "2025-03-20T11:30:00Z",
        Geodesy.destination(Fixtures.ZNPP, 90, 9_000), 500, 3);
    IncrementalFuser live = new IncrementalFuser(FusionParameters.DEFAULT, SOURCES);
    String a = live.add(matcher.enrich(first)).orElseThrow().id();
    String b = live.add(matcher.enrich(farther)).orElseThrow().id();
    assertThat(live.incidents()).hasSize(2);
    assertThat(a).isEqualTo(Incident.idOf(first.id())).isNotEqualTo(b);
    // a pixel between them, later than both, bridges the two: one incident, the earlier anchor's id
    Observation bridge = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:40:00Z",
        Geodesy.destination(Fixtures.ZNPP, 90, 4_500), 2_000, 2);
    Incident merged = live.add(matcher.enrich(bridge)).orElseThrow();
    assertThat(live.incidents()).containsExactly(merged);
    assertThat(merged.id()).isEqualTo(a);
    assertThat(merged.anchor()).isEqualTo(first.id());
  }
}
