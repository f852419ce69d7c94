package org.trucewatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.scenario.AisTrafficSimulator;
import org.trucewatch.scenario.ScenarioSimulator;

/** The sea layer fed half a simulated day of AIS in slices, against the batch sea step after each. */
class IncrementalSeaLayerTest {
  @Test
  void detectionsAndTracksAfterEverySliceEqualTheBatchStepEvenWhenASliceComesLate(@TempDir Path dir) throws Exception {
    Path root = Path.of(System.getProperty("trucewatch.root", ".."));
    Agreement agreement = new AgreementReader().read(root.resolve("examples/agreements/black-sea-energy.yaml"));
    Instant start = ScenarioSimulator.defaultStart(agreement);
    Path nmea = dir.resolve("ais.nmea");
    new AisTrafficSimulator(agreement, 5).write(start, start.plus(Duration.ofHours(12)), nmea);
    List<Observation> all = new ArrayList<>(
        new AisObservationReader().read("ais.nmea", "0".repeat(64), Files.readAllBytes(nmea)).observations());
    all.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));

    // six slices of half a day in time order, the third arriving after the fourth: its ships are rebuilt
    int slices = 6;
    int[] order = {0, 1, 3, 2, 4, 5};
    IncrementalSeaLayer layer = new IncrementalSeaLayer(agreement, MaritimeRules.DEFAULTS);
    MaritimeDetection batch = new MaritimeDetection(MaritimeRules.DEFAULTS, agreement);
    List<Observation> sofar = new ArrayList<>();
    MaritimeDetection.Result expected = null;
    for (int k : order) {
      List<Observation> slice = all.subList(all.size() * k / slices, all.size() * (k + 1) / slices);
      for (Observation o : slice) {
        Integer mmsi = IncrementalSeaLayer.mmsiOf(o);
        if (mmsi != null) {
          layer.add(o, mmsi);
        }
      }
      sofar.addAll(slice);
      expected = batch.run(sofar);
      assertThat(layer.detections()).as("detections after slice %d", k).isEqualTo(expected.detections());
      assertThat(layer.tracks()).as("tracks after slice %d", k).isEqualTo(expected.tracks());
    }
    // every detector had something to find, so each one's incremental path was checked
    Set<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
    expected.detections().forEach(d -> kinds.add(d.kind()));
    assertThat(kinds).contains(ObservationKind.AIS_GAP, ObservationKind.LOITERING, ObservationKind.ENCOUNTER,
        ObservationKind.CLOSED_AREA_ENTRY);
    // a refresh with nothing new changes nothing
    assertThat(layer.detections()).isEqualTo(expected.detections());
  }
}
