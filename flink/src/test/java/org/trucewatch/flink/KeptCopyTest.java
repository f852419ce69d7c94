package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.thermal.DetectionDeduplicator;
import org.trucewatch.formats.firms.FirmsCsvReader;

class KeptCopyTest {
  private static final String HEADER =
      "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_t31,frp,daynight";

  /** One pixel in the near-real-time product and again, revised, in the standard product. */
  private static List<Observation> nrtAndStandard() {
    String csv = String.join("\n", HEADER,
        "46.61,31.95,331.2,0.39,0.36,2025-03-11,0112,N,VIIRS,n,2.0NRT,290.1,4.1,N",
        "46.61,31.95,333.0,0.39,0.36,2025-03-11,0112,N,VIIRS,h,2.0,290.4,4.6,N", "");
    List<Observation> read = new FirmsCsvReader().read("firms.csv", "0".repeat(64), csv.getBytes(StandardCharsets.UTF_8))
        .observations();
    assertThat(read).hasSize(2);
    assertThat(KeptCopy.copyKey(read.get(0))).isEqualTo(KeptCopy.copyKey(read.get(1)));
    assertThat(read.get(0).id()).isNotEqualTo(read.get(1).id());
    return read;
  }

  private static List<StageElement> run(List<Observation> arrivals) throws Exception {
    try (var harness = new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new KeptCopy()), (StageElement e) -> e.route, Types.STRING)) {
      harness.open();
      for (Observation o : arrivals) {
        harness.processElement(new StageElement(StageElement.OBSERVATION, o.id().hex(), o.eventTime().toEpochMilli(),
            ObservationCodec.encode(new EnrichedObservation(o, List.of()))).routed(KeptCopy.copyKey(o)), 0);
      }
      return new ArrayList<>(harness.extractOutputValues());
    }
  }

  @Test
  void theStandardCopyOfAPixelTakesTheNearRealTimeCopysPlaceAndRepeatsAreDropped() throws Exception {
    List<Observation> copies = nrtAndStandard();
    Observation nrt = copies.get(0);
    Observation standard = copies.get(1);
    Observation kept = new DetectionDeduplicator().deduplicate(copies).kept().get(0);
    assertThat(kept).as("the batch deduplicator keeps the standard product").isEqualTo(standard);

    List<StageElement> out = run(List.of(nrt, nrt, standard, nrt));
    assertThat(out).extracting(e -> e.kind, e -> e.key).containsExactly(
        org.assertj.core.groups.Tuple.tuple(StageElement.OBSERVATION, nrt.id().hex()),
        org.assertj.core.groups.Tuple.tuple(StageElement.WITHDRAWN, nrt.id().hex()),
        org.assertj.core.groups.Tuple.tuple(StageElement.OBSERVATION, standard.id().hex()));

    List<StageElement> standardFirst = run(List.of(standard, nrt));
    assertThat(standardFirst).extracting(e -> e.key).containsExactly(standard.id().hex());
  }
}
