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
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

/** Attribution is what sources say, never which side of the line something is on. */
class AttributionTest {
  private static final SourceDirectory SOURCES = new SourceDirectory(List.of(
      new Source("mission-uav-1", "Mission UAV 1", Reliability.B, Optional.empty()),
      new Source("ua-ova", "UA regional administration", Reliability.C, Optional.of("UA")),
      new Source("ua-general-staff", "UA general staff", Reliability.B, Optional.of("UA")),
      new Source("ru-mod", "RU ministry of defence", Reliability.B, Optional.of("RU"))));
  private final ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
  private final Assessor assessor = new Assessor(Fixtures.agreement(), SOURCES);

  private Finding assess(Observation o) {
    return assessor.assess(new IncidentFuser(FusionParameters.DEFAULT, SOURCES).fuse(List.of(matcher.enrich(o)))).get(0);
  }

  private static Observation weapon(Coordinate at, Map<String, String> attrs) {
    return Fixtures.observation("mission-uav-1", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z",
        Geodesy.WGS84.createPoint(at), 50, 2, attrs);
  }

  @Test
  void aWeaponOnEitherSideOfTheLineIsUnattributedUntilASourceNamesAParty() {
    // the DMZ's line runs roughly west-east near 50.3 N: 5 km north is one side, 5 km south the other
    Coordinate line = new Coordinate(36.60, 50.30);
    Finding north = assess(weapon(Geodesy.destination(line, 0, 5_000), Map.of()));
    Finding south = assess(weapon(Geodesy.destination(line, 180, 5_000), Map.of()));
    assertThat(north.provisionId()).isEqualTo("kharkiv-dmz");
    assertThat(south.provisionId()).isEqualTo("kharkiv-dmz");
    assertThat(north.attribution()).isInstanceOf(Attribution.Unattributed.class);
    assertThat(south.attribution()).isInstanceOf(Attribution.Unattributed.class);
    assertThat(north.explanation()).contains("Unattributed.");

    Observation named = weapon(Geodesy.destination(line, 180, 5_000), Map.of(Assessor.ATTRIBUTED_TO, "RU"));
    Finding claimed = assess(named);
    assertThat(claimed.attribution()).isInstanceOfSatisfying(Attribution.Claimed.class, c -> {
      assertThat(c.party()).isEqualTo("RU");
      assertThat(c.evidence()).containsExactly(named.id());
    });
    // naming a party changes who is said to be responsible, not how strong the evidence is
    assertThat(claimed.grade()).isEqualTo(south.grade());
    assertThat(claimed.gradeReason()).isEqualTo(south.gradeReason());
  }

  @Test
  void anAccusationByTheOtherSideAloneIsAtMostPossibleWhileAnAdmissionOrAnImpartialSightingIsNot() {
    Coordinate at = Geodesy.destination(new Coordinate(36.60, 50.30), 180, 5_000);
    Map<String, String> blamesRu = Map.of(Assessor.ATTRIBUTED_TO, "RU");
    // the same B2 direct observation naming RU, from three sources
    Finding accused = assess(Fixtures.observation("ua-general-staff", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z",
        Geodesy.WGS84.createPoint(at), 50, 2, blamesRu));
    Finding admitted = assess(Fixtures.observation("ru-mod", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z",
        Geodesy.WGS84.createPoint(at), 50, 2, blamesRu));
    Finding seen = assess(weapon(at, blamesRu));

    PartyClaim accusation = ((Attribution.Claimed) accused.attribution()).claim();
    assertThat(accusation.grade()).isEqualTo(FindingGrade.POSSIBLE);
    assertThat(accusation.gradeReason()).contains("only sources of UA name RU").contains("would make it probable");
    assertThat(((Attribution.Claimed) admitted.attribution()).claim().grade()).isEqualTo(FindingGrade.PROBABLE);
    assertThat(((Attribution.Claimed) seen.attribution()).claim().grade()).isEqualTo(FindingGrade.PROBABLE);
    // whoever names whom, whether it happened is graded the same
    assertThat(accused.grade()).isEqualTo(admitted.grade()).isEqualTo(seen.grade());
    assertThat(accused.explanation()).contains("Attributed to RU by 1 observation, possible.");
  }

  @Test
  void aDenialNamesNobody() {
    Coordinate at = Geodesy.destination(new Coordinate(36.60, 50.30), 180, 5_000);
    Observation denial = Fixtures.observation("ru-mod", ObservationKind.HEAVY_WEAPON, "2025-03-20T10:00:00Z",
        Geodesy.WGS84.createPoint(at), 50, 3, Map.of(Assessor.ATTRIBUTED_TO, "RU", "stance", "denies"));
    Observation sighting = weapon(at, Map.of());
    Finding f = assessor.assess(new IncidentFuser(FusionParameters.DEFAULT, SOURCES)
        .fuse(List.of(matcher.enrich(sighting), matcher.enrich(denial)))).get(0);
    assertThat(f.attribution()).isInstanceOf(Attribution.Unattributed.class);
  }
}
