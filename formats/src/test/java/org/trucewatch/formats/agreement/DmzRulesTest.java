package org.trucewatch.formats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.observation.DetectionClass;

class DmzRulesTest {
  private static final String HEAD = """
      agreement: {id: dmz-test, title: DMZ test}
      parties:
        - {id: UA, name: Ukraine}
        - {id: RU, name: Russian Federation}
      provisions:
        - id: dmz
          kind: zone
          name: Demilitarised zone
          parties: [UA, RU]
          effective: {from: 2025-03-18T00:00:00Z}
          prohibited: [heavy-weapons]
          half_width_m: 15000
          line: {type: LineString, coordinates: [[36.0, 50.0], [36.0, 50.6]]}
      """;

  private final AgreementReader reader = new AgreementReader();

  @Test
  void readsProhibitedClassesCheckpointsAndWithdrawalLines() throws Exception {
    String yaml = HEAD + """
            prohibited_classes: [earthworks, Fortification]
            checkpoints:
              - {id: cp-1, name: Checkpoint 1, location: [35.93, 50.3], radius_m: 500, max_personnel: 10}
            withdrawals:
              - {id: artillery-50km, name: Artillery over 100 mm, classes: [artillery, multiple rocket launcher],
                 min_calibre_mm: 100, distance_m: 50000}
              - {id: tanks-30km, name: Tanks, classes: [main-battle-tank], distance_m: 30000}
        """;
    ZoneProvision dmz = (ZoneProvision) reader.read("dmz.yaml", yaml, Path.of(".")).provision("dmz").orElseThrow();
    assertThat(dmz.prohibitedClasses()).containsExactlyInAnyOrder(DetectionClass.EARTHWORKS, DetectionClass.FORTIFICATION);
    assertThat(dmz.checkpoints()).singleElement().satisfies(c -> {
      assertThat(c.maxPersonnel()).isEqualTo(10);
      assertThat(c.area().radiusMetres()).isEqualTo(500);
    });
    assertThat(dmz.withdrawals()).hasSize(2);
    assertThat(dmz.withdrawals().get(0).distanceMetres()).isEqualTo(50000);
    assertThat(dmz.withdrawals().get(0).minCalibreMillimetres().getAsDouble()).isEqualTo(100);
    assertThat(dmz.withdrawals().get(1).minCalibreMillimetres()).isEmpty();
    assertThat(dmz.elements()).extracting(e -> e.id())
        .containsExactly("dmz", "dmz/artillery-50km", "dmz/tanks-30km", "dmz/cp-1");
  }

  @Test
  void reportsEveryBadRuleByLineAndField() {
    String yaml = HEAD + """
            prohibited_classes: [earthworks, tank]
            checkpoints:
              - {id: cp-1, name: Checkpoint 1, location: [35.93, 50.3], radius_m: 500, max_personnel: 2.5}
            withdrawals:
              - {id: artillery, name: Artillery, classes: [], distance_m: -5}
        """;
    AgreementFileException e = catchThrowableOfType(
        AgreementFileException.class, () -> reader.read("bad.yaml", yaml, Path.of(".")));
    assertThat(e).isNotNull();
    List<String> fields = e.problems().stream().map(p -> p.line() + " " + p.field()).toList();
    assertThat(fields).containsExactly(
        "14 provisions[0].prohibited_classes[1]",
        "16 provisions[0].checkpoints[0].max_personnel",
        "18 provisions[0].withdrawals[0].classes",
        "18 provisions[0].withdrawals[0].distance_m");
    assertThat(e.problems().get(0).message()).contains("unknown class 'tank'");
  }

  @Test
  void withdrawalLinesNeedAZoneGivenByLine() {
    String yaml = HEAD.replace("    half_width_m: 15000\n    line: {type: LineString, coordinates: [[36.0, 50.0], [36.0, 50.6]]}\n",
        "    area: {type: Polygon, coordinates: [[[36.0, 50.0], [36.5, 50.0], [36.5, 50.3], [36.0, 50.0]]]}\n")
        + "    withdrawals:\n      - {id: a, name: A, classes: [artillery], distance_m: 50000}\n";
    AgreementFileException e = catchThrowableOfType(
        AgreementFileException.class, () -> reader.read("area.yaml", yaml, Path.of(".")));
    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("give the zone by line"));
  }
}
