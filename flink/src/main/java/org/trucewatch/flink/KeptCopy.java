package org.trucewatch.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.thermal.DetectionDeduplicator;
import org.trucewatch.core.thermal.DetectionIdentity;

/**
 * Keyed by {@link #copyKey}: the observation's id, or for a satellite pixel its {@link
 * DetectionIdentity}. Exact repeats (the same file published twice, overlapping logs) are dropped,
 * as a ledger replay counts them once; of a pixel's copies (near-real-time and standard products)
 * the one {@link DetectionDeduplicator} keeps over all copies in time-then-id order goes on, and when
 * a later copy takes its place the earlier one is withdrawn. Source declarations pass unchanged.
 */
public final class KeptCopy extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;
  private static final String PIXEL = "pixel ";
  private static final byte[] SEEN = new byte[0];

  private transient MapState<String, byte[]> copies;
  private transient ValueState<String> kept;

  /** The key observations are deduplicated by. */
  public static String copyKey(Observation o) {
    return DetectionIdentity.of(o)
        .map(p -> PIXEL + p.sourceId() + " " + p.acquired() + " " + p.footprint())
        .orElse(o.id().hex());
  }

  @Override
  public void open(OpenContext context) {
    copies = StageState.bytesByKey(getRuntimeContext(), "copies");
    kept = getRuntimeContext().getState(new ValueStateDescriptor<>("kept", Types.STRING));
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<StageElement> out) throws Exception {
    if (e.kind != StageElement.OBSERVATION) {
      out.collect(e);
      return;
    }
    if (copies.contains(e.key)) {
      return; // an exact repeat
    }
    String before = kept.value();
    if (before == null) {
      // only a pixel can have another copy that takes its place: other observations keep their id
      copies.put(e.key, e.route.startsWith(PIXEL) ? e.payload : SEEN);
      kept.update(e.key);
      out.collect(e);
      return;
    }
    copies.put(e.key, e.payload);
    List<Observation> all = new ArrayList<>();
    for (byte[] b : copies.values()) {
      all.add(ObservationCodec.decode(b).observation());
    }
    all.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    String now = new DetectionDeduplicator().deduplicate(all).kept().get(0).id().hex();
    if (!now.equals(before)) {
      byte[] gone = copies.get(before);
      StageElement withdrawn = new StageElement(StageElement.WITHDRAWN, before, e.eventMillis, gone).routed(e.route);
      withdrawn.lanes = EnrichObservations.lanes(ObservationCodec.decode(gone).observation());
      out.collect(withdrawn);
      kept.update(now);
      out.collect(e);
    }
  }
}
