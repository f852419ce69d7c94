package org.trucewatch.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.maritime.AisGapDetector;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;

/**
 * AIS gaps, keyed by the silent ship's MMSI: its silences, its name and type, and for each silence
 * the other ships each grid cell heard during it ({@link ReceptionPerCell}). At a tick when any of
 * these changed, each silence's gap is made with core's {@link AisGapDetector#gap} from the number
 * of ships in the union of the cells' sets (a ship heard in two cells counts once), which is what
 * {@link AisGapDetector#detect} counts over all ships at once; a gap whose count changed is
 * withdrawn and sent again, and the gap of a silence gone is withdrawn.
 */
public final class GapsPerVessel extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;
  private static final byte[] SENT = new byte[0];

  private final MissionConfig mission;
  private final Ticks ticks;
  private transient MapState<String, byte[]> silences;
  private transient MapState<String, byte[]> heard;
  private transient MapState<String, byte[]> sent;
  private transient ValueState<byte[]> vessel;
  private transient ValueState<Boolean> changed;
  private transient ProvisionMatcher matcher;
  private transient AisGapDetector gaps;

  /** The stage for this mission, working at every {@code tick} of event time. */
  public GapsPerVessel(MissionConfig mission, Duration tick) {
    this.mission = mission;
    this.ticks = new Ticks(tick.toMillis());
  }

  @Override
  public void open(OpenContext context) {
    silences = StageState.bytesByKey(getRuntimeContext(), "silences");
    heard = StageState.bytesByKey(getRuntimeContext(), "heard");
    sent = StageState.bytesByKey(getRuntimeContext(), "sent");
    vessel = StageState.bytes(getRuntimeContext(), "vessel");
    changed = StageState.flag(getRuntimeContext(), "changed");
    matcher = mission.matcher();
    gaps = new AisGapDetector(MaritimeRules.DEFAULTS);
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<StageElement> out) throws Exception {
    if (e.kind == StageElement.SILENCE) {
      StageState.apply(silences, e);
    } else if (e.kind == StageElement.HEARD) {
      StageState.apply(heard, e);
    } else if (e.kind == StageElement.VESSEL) {
      if (e.payload == null) {
        vessel.clear();
      } else {
        vessel.update(e.payload);
      }
    } else {
      return;
    }
    changed.update(Boolean.TRUE);
    ticks.schedule(ctx.timerService(), e.eventMillis);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<StageElement> out) throws Exception {
    if (changed.value() == null) {
      return;
    }
    changed.clear();
    // silence key -> the ships heard during it, over all cells (a cell's key: the silence's, a space, the cell)
    Map<String, Set<Integer>> union = new HashMap<>();
    for (Map.Entry<String, byte[]> h : heard.entries()) {
      String silence = h.getKey().substring(0, h.getKey().lastIndexOf(' '));
      union.computeIfAbsent(silence, k -> new HashSet<>()).addAll(SeaCodec.mmsis(h.getValue()));
    }
    byte[] v = vessel.value();
    SeaCodec.Vessel info = v == null ? new SeaCodec.Vessel("", 0) : SeaCodec.vessel(v);
    VesselTrack ship = new VesselTrack(Integer.parseInt(ctx.getCurrentKey()), info.name(), info.shipType(), List.of());
    TreeMap<String, Observation> now = new TreeMap<>();
    for (Map.Entry<String, byte[]> s : silences.entries()) {
      List<TrackPoint> ends = SeaCodec.silence(s.getValue());
      Observation gap = gaps.gap(new AisGapDetector.Silence(ship, ends.get(0), ends.get(1)),
          union.getOrDefault(s.getKey(), Set.of()).size());
      now.put(gap.id().hex(), gap);
    }
    List<String> gone = new ArrayList<>();
    for (String k : sent.keys()) {
      if (!now.containsKey(k)) {
        gone.add(k);
      }
    }
    gone.sort(null);
    for (String k : gone) {
      sent.remove(k);
      out.collect(toFusion(StageElement.WITHDRAWN, k, timestamp, null));
    }
    for (Map.Entry<String, Observation> e : now.entrySet()) {
      if (!sent.contains(e.getKey())) {
        sent.put(e.getKey(), SENT);
        out.collect(toFusion(StageElement.OBSERVATION, e.getKey(), timestamp,
            ObservationCodec.encode(matcher.enrich(e.getValue()))));
      }
    }
  }

  private static StageElement toFusion(int kind, String key, long timestamp, byte[] payload) {
    StageElement e = new StageElement(kind, key, timestamp, payload);
    e.lanes = StageElement.LANE_FUSION;
    return e;
  }
}
