package org.trucewatch.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.maritime.AisGapDetector;
import org.trucewatch.core.maritime.ClosedAreaDetector;
import org.trucewatch.core.maritime.EncounterDetector;
import org.trucewatch.core.maritime.LoiteringDetector;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;

/**
 * The sea stage, keyed by MMSI: each ship's AIS track points in keyed state. At a tick, a ship that
 * got new points rebuilds its track ({@link VesselTrack#fromObservations}) and reruns what needs
 * only its own track: loitering and closed-area entries, sent on to fusion (enriched); its
 * silences, plausible fixes, slow fixes per 10-minute slot, and name and type, sent to {@link
 * SeaAcrossVessels}, which judges gaps and encounters between ships. Only what changed since the
 * ship's last tick is sent, and what is gone is withdrawn.
 */
public final class SeaPerVessel extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;
  private static final byte[] SENT = new byte[0];

  private final MissionConfig mission;
  private final long tickMillis;
  private transient Ticks ticks;
  private transient MapState<String, byte[]> points;
  private transient MapState<String, byte[]> sent;
  private transient ValueState<Boolean> changed;
  private transient ProvisionMatcher matcher;
  private transient LoiteringDetector loitering;
  private transient ClosedAreaDetector closedAreas;
  private transient AisGapDetector gaps;
  private transient EncounterDetector encounters;

  /** The stage for this mission, working at every {@code tick} of event time. */
  public SeaPerVessel(MissionConfig mission, Duration tick) {
    this.mission = mission;
    this.tickMillis = tick.toMillis();
    new Ticks(tickMillis);
  }

  @Override
  public void open(OpenContext context) {
    ticks = new Ticks(tickMillis);
    points = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("points", Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    sent = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("sent", Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    changed = getRuntimeContext().getState(new ValueStateDescriptor<>("changed", Types.BOOLEAN));
    matcher = mission.pipeline(List.of()).matcher();
    MaritimeRules rules = MaritimeRules.DEFAULTS;
    loitering = new LoiteringDetector(rules);
    closedAreas = new ClosedAreaDetector(mission.agreement(), rules);
    gaps = new AisGapDetector(rules);
    encounters = new EncounterDetector(rules);
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<StageElement> out) throws Exception {
    if (e.kind == StageElement.OBSERVATION) {
      points.put(e.key, e.payload);
    } else if (e.kind == StageElement.WITHDRAWN) {
      points.remove(e.key);
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
    List<Observation> held = new ArrayList<>();
    for (byte[] b : points.values()) {
      held.add(ObservationCodec.decode(b).observation());
    }
    // kind + '\n' + key -> payload, sorted so that what is sent comes in a fixed order
    TreeMap<String, byte[]> now = new TreeMap<>();
    Map<String, Observation> detections = new HashMap<>();
    Map<String, TrackPoint> fixes = new HashMap<>();
    for (VesselTrack t : VesselTrack.fromObservations(held, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots())) {
      List<Observation> own = new ArrayList<>(loitering.detect(List.of(t)));
      own.addAll(closedAreas.detect(List.of(t)));
      for (Observation d : own) {
        String k = StageElement.OBSERVATION + "\n" + d.id().hex();
        detections.put(k, d);
        now.put(k, SENT);
      }
      for (AisGapDetector.Silence s : gaps.silences(t)) {
        now.put(StageElement.SILENCE + "\n" + t.mmsi() + " " + s.before().observation().id().hex() + " "
            + s.after().observation().id().hex(), SeaCodec.silence(s.before(), s.after()));
      }
      for (TrackPoint p : t.plausiblePoints()) {
        // a fix's payload follows from its id: only whether it is sent matters
        now.put(StageElement.FIX + "\n" + t.mmsi() + " " + p.observation().id().hex(), SENT);
      }
      for (TrackPoint p : encounters.slotFixes(t)) {
        now.put(StageElement.SLOT_FIX + "\n" + t.mmsi() + " " + EncounterDetector.slotOf(p.time()), SeaCodec.slotFix(p));
      }
      now.put(StageElement.VESSEL + "\n" + t.mmsi(), SeaCodec.vessel(t.name(), t.shipType()));
      for (TrackPoint p : t.plausiblePoints()) {
        fixes.put(p.observation().id().hex(), p);
      }
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
      out.collect(element(k, null, timestamp));
    }
    for (Map.Entry<String, byte[]> e : now.entrySet()) {
      byte[] before = sent.get(e.getKey());
      if (before != null && java.util.Arrays.equals(before, e.getValue())) {
        continue;
      }
      sent.put(e.getKey(), e.getValue());
      byte[] payload = e.getValue();
      int kind = kindOf(e.getKey());
      String key = e.getKey().substring(e.getKey().indexOf('\n') + 1);
      if (kind == StageElement.OBSERVATION) {
        payload = ObservationCodec.encode(matcher.enrich(detections.get(e.getKey())));
      } else if (kind == StageElement.FIX) {
        TrackPoint p = fixes.get(key.substring(key.indexOf(' ') + 1));
        payload = SeaCodec.fix(Integer.parseInt(ctx.getCurrentKey()), p.time().toEpochMilli(), p.position());
      }
      out.collect(element(e.getKey(), payload, timestamp));
    }
  }

  private static int kindOf(String kindAndKey) {
    return Integer.parseInt(kindAndKey.substring(0, kindAndKey.indexOf('\n')));
  }

  private static StageElement element(String kindAndKey, byte[] payload, long timestamp) {
    int kind = kindOf(kindAndKey);
    String key = kindAndKey.substring(kindAndKey.indexOf('\n') + 1);
    if (kind == StageElement.OBSERVATION && payload == null) {
      // a detection no longer there
      kind = StageElement.WITHDRAWN;
    }
    StageElement out = new StageElement(kind, key, timestamp, payload);
    out.lanes = kind == StageElement.OBSERVATION || kind == StageElement.WITHDRAWN ? StageElement.LANE_FUSION : 0;
    return out;
  }
}
