package org.trucewatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.ais.AisObservationReader;

/**
 * The simulated day at sea under the example agreement, read back by the AIS reader and the sea
 * layer's detectors: each planted event of the truth is detected near where and when it happened,
 * and the closed area around Zmiinyi Island is breached by the two strays and no other ship (the
 * corridor traffic crosses it inside the corridor, the crossing traffic goes round it).
 */
class AisTrafficTruthTest {
  private static Agreement example() throws Exception {
    Path file = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    return new AgreementReader().read(file);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void everyPlantedSeaEventIsDetectedAndTheClosedAreaOnlyByTheStrays(long seed, @TempDir Path dir) throws Exception {
    Agreement agreement = example();
    Instant start = ScenarioSimulator.defaultStart(agreement);
    Path nmea = dir.resolve("ais.nmea");
    AisTrafficSimulator.Summary s = new AisTrafficSimulator(agreement, seed).write(start, start.plus(Duration.ofHours(24)), nmea);
    assertThat(s.truth()).extracting(TruthEvent::kind).containsExactly(sortedKinds(s.truth()));
    assertThat(s.truth()).filteredOn(e -> e.kind().equals("closed-area-entry")).hasSize(2)
        .allSatisfy(e -> assertThat(e.provisionId()).isEqualTo("zmiinyi-closed-area"));

    List<Observation> obs = new AisObservationReader().read("ais.nmea", "00".repeat(32), Files.readAllBytes(nmea))
        .observations();
    List<Observation> found = new MaritimeDetection(MaritimeRules.DEFAULTS, agreement).run(obs).detections();
    ZoneProvision closed = (ZoneProvision) agreement.provision("zmiinyi-closed-area").orElseThrow();
    CorridorProvision corridor = (CorridorProvision) agreement.provision("black-sea-corridor").orElseThrow();
    for (TruthEvent e : s.truth()) {
      if (e.kind().equals("military-vessel")) {
        continue; // not a detection: the warship's own reports go on to assessment
      }
      Coordinate truthAt = new Coordinate(e.longitude(), e.latitude());
      assertThat(found).as("a detection for %s", e).anySatisfy(d -> {
        assertThat(d.kind().code()).isEqualTo(e.kind());
        assertThat(Duration.between(e.time(), d.eventTime()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(10));
        // loitering is placed at the mean of its fixes, the others at a fix
        assertThat(Geodesy.distanceMetres(truthAt, d.representativeCoordinate()))
            .isLessThan(e.kind().equals("loitering") ? 1_000.0 : 5_000.0);
      });
      if (e.kind().equals("closed-area-entry")) {
        assertThat(closed.region().touches(Geodesy.WGS84.createPoint(truthAt))).isTrue();
        assertThat(corridor.band().distanceMetres(Geodesy.WGS84.createPoint(truthAt))).isPositive();
      }
    }
    assertThat(found).filteredOn(d -> d.kind() == ObservationKind.CLOSED_AREA_ENTRY)
        .extracting(d -> Integer.parseInt(d.attributes().get("mmsi")))
        .containsExactlyInAnyOrderElementsOf(s.strayShips());
  }

  private static String[] sortedKinds(List<TruthEvent> truth) {
    return truth.stream().sorted(java.util.Comparator.comparing(TruthEvent::time)).map(TruthEvent::kind)
        .toArray(String[]::new);
  }
}
