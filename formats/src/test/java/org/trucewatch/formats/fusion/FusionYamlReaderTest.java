package org.trucewatch.formats.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.KindLink;
import org.trucewatch.core.observation.ObservationKind;

class FusionYamlReaderTest {
  private final FusionYamlReader reader = new FusionYamlReader();

  private FusionParameters read(String yaml) throws FusionFileException {
    return reader.read("fusion.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFileChangesOnlyWhatItNames() throws Exception {
    FusionParameters p = read("""
        # a wider window for hot spots and strike claims; no ship attacks with hot spots
        max_time_widening_h: 6
        detections: {window_h: 48}
        pairs:
          - kinds: [strike, thermal-anomaly]
            window_h: 3.5
          - kinds: [thermal-anomaly, attack-on-vessel]
            never: true
          - kinds: [heavy-weapon, shelling]
            link_m: 5000
            uncertainty_cap_m: 0
        """);
    assertThat(p.maxTimeWidening()).isEqualTo(Duration.ofHours(6));
    assertThat(p.detections()).isEqualTo(new KindLink(500, 500, Duration.ofHours(48)));
    assertThat(p.rule(ObservationKind.THERMAL_ANOMALY, ObservationKind.STRIKE))
        .contains(new KindLink(3_000, 10_000, Duration.ofMinutes(210)));
    assertThat(p.rule(ObservationKind.ATTACK_ON_VESSEL, ObservationKind.THERMAL_ANOMALY)).isEmpty();
    assertThat(p.rule(ObservationKind.SHELLING, ObservationKind.HEAVY_WEAPON))
        .contains(new KindLink(5_000, 0, Duration.ofHours(2)));
    // everything else as the defaults
    assertThat(p.rule(ObservationKind.EXPLOSION, ObservationKind.STRIKE))
        .isEqualTo(FusionParameters.DEFAULT.rule(ObservationKind.EXPLOSION, ObservationKind.STRIKE));
    assertThat(read("").equals(FusionParameters.DEFAULT)).isTrue();
  }

  @Test
  void everyProblemIsNamedByLineAndField() {
    assertThatThrownBy(() -> read("""
        pairs:
          - kinds: [thermal-anomaly, strikes]
          - kinds: [strike, explosion]
            link_m: -3
            window_h: soon
          - kinds: [strike]
        detections: {radius_m: 5}
        """))
        .isInstanceOf(FusionFileException.class)
        .satisfies(e -> assertThat(((FusionFileException) e).problems()).containsExactly(
            "fusion.yaml:7: detections.radius_m: unknown key; expected one of link_m, uncertainty_cap_m, window_h",
            "fusion.yaml:2: pairs[0].kinds[1]: unknown kind 'strikes'; expected one of thermal-anomaly, explosion, strike, "
                + "shelling, drone, aircraft, troops, military-vehicle, heavy-weapon, military-vessel, fortification, "
                + "attack-on-vessel, vessel, ais-gap, loitering, encounter, closed-area-entry, other",
            "fusion.yaml:4: pairs[1].link_m: expected a positive number of metres, not '-3'",
            "fusion.yaml:5: pairs[1].window_h: expected a positive number of hours, not 'soon'",
            "fusion.yaml:6: pairs[2].kinds: expected two kinds, e.g. [thermal-anomaly, strike]"));
    assertThatThrownBy(() -> read("pairs: [\n")).isInstanceOf(FusionFileException.class).hasMessageStartingWith("fusion.yaml:");
  }
}
