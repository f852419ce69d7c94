package org.trucewatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/** The sea layer fed a simulated day of AIS in slices, against the batch sea step after each. */
class IncrementalSeaLayerTest {
  @Test
  void detectionsAndTracksAfterEverySliceEqualTheBatchStepEvenWhenASliceComesLate() {
    SimulatedAisDay day = SimulatedAisDay.get();
    List<Observation> all = day.ais();
    // five slices of the day in time order, the third arriving after the fourth: its ships are rebuilt
    int slices = 5;
    int[] order = {0, 1, 3, 2, 4};
    IncrementalSeaLayer layer = new IncrementalSeaLayer(day.agreement(), MaritimeRules.DEFAULTS);
    MaritimeDetection batch = new MaritimeDetection(MaritimeRules.DEFAULTS, day.agreement());
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
