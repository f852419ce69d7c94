package org.trucewatch.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.maritime.EncounterDetector;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;

/**
 * Encounters, the part of the sea layer that pairs ships, in one task (keyed by a constant). It
 * holds what {@link SeaPerVessel} sends for it: every ship's slow fixes (one per 10-minute slot, a
 * small fraction of all fixes) and its name and type. At a tick, when slow fixes changed, ships are
 * paired again with core's {@link EncounterDetector#detect} over tracks of just the slow fixes
 * (which finds what it finds over whole tracks); what changed goes on to fusion. AIS gaps, which
 * need every fix, are judged per grid cell ({@link ReceptionPerCell}) and per ship ({@link
 * GapsPerVessel}).
 */
public final class SeaAcrossVessels extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;
  private static final byte[] SENT = new byte[0];
  private static final String ENCOUNTER = "encounter\n";

  private final MissionConfig mission;
  private final Ticks ticks;
  private transient MapState<String, byte[]> slotFixes;
  private transient MapState<String, byte[]> vessels;
  private transient MapState<String, byte[]> sent;
  private transient ValueState<Boolean> encountersChanged;
  private transient ProvisionMatcher matcher;
  private transient EncounterDetector encounters;
  // derived from the keyed state, so rebuilt from it after a restore
  private transient TreeMap<String, TrackPoint> slow;

  /** The stage for this mission, working at every {@code tick} of event time. */
  public SeaAcrossVessels(MissionConfig mission, Duration tick) {
    this.mission = mission;
    this.ticks = new Ticks(tick.toMillis());
  }

  @Override
  public void open(OpenContext context) {
    slotFixes = StageState.bytesByKey(getRuntimeContext(), "slot-fixes");
    vessels = StageState.bytesByKey(getRuntimeContext(), "vessels");
    sent = StageState.bytesByKey(getRuntimeContext(), "sent");
    encountersChanged = StageState.flag(getRuntimeContext(), "encounters-changed");
    matcher = mission.matcher();
    encounters = new EncounterDetector(MaritimeRules.DEFAULTS);
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<StageElement> out) throws Exception {
    indexes();
    if (e.kind == StageElement.SLOT_FIX) {
      StageState.apply(slotFixes, e);
      if (e.payload == null) {
        slow.remove(e.key);
      } else {
        slow.put(e.key, SeaCodec.slotFix(e.payload));
      }
      encountersChanged.update(Boolean.TRUE);
    } else if (e.kind == StageElement.VESSEL) {
      StageState.apply(vessels, e);
      encountersChanged.update(Boolean.TRUE);
    } else {
      return;
    }
    ticks.schedule(ctx.timerService(), e.eventMillis);
  }

  private void indexes() throws Exception {
    if (slow != null) {
      return;
    }
    slow = new TreeMap<>();
    for (Map.Entry<String, byte[]> f : slotFixes.entries()) {
      slow.put(f.getKey(), SeaCodec.slotFix(f.getValue()));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<StageElement> out) throws Exception {
    indexes();
    if (encountersChanged.value() != null) {
      encountersChanged.clear();
      TreeMap<Integer, List<TrackPoint>> byShip = new TreeMap<>();
      for (Map.Entry<String, TrackPoint> f : slow.entrySet()) {
        int mmsi = Integer.parseInt(f.getKey().substring(0, f.getKey().indexOf(' ')));
        byShip.computeIfAbsent(mmsi, k -> new ArrayList<>()).add(f.getValue());
      }
      List<VesselTrack> tracks = new ArrayList<>();
      for (Map.Entry<Integer, List<TrackPoint>> s : byShip.entrySet()) {
        List<TrackPoint> pts = s.getValue();
        pts.sort(java.util.Comparator.comparing(TrackPoint::time).thenComparing(p -> p.observation().id()));
        tracks.add(ship(s.getKey(), pts));
      }
      TreeMap<String, Observation> now = new TreeMap<>();
      for (Observation o : encounters.detect(tracks)) {
        now.put(ENCOUNTER + o.id().hex(), o);
      }
      emitChanges(ENCOUNTER, now, timestamp, out);
    }
  }

  private VesselTrack ship(int mmsi, List<TrackPoint> points) throws Exception {
    byte[] v = vessels.get(Integer.toString(mmsi));
    SeaCodec.Vessel info = v == null ? new SeaCodec.Vessel("", 0) : SeaCodec.vessel(v);
    return new VesselTrack(mmsi, info.name(), info.shipType(), points);
  }

  private void emitChanges(String family, TreeMap<String, Observation> now, long timestamp, Collector<StageElement> out)
      throws Exception {
    List<String> gone = new ArrayList<>();
    for (String k : sent.keys()) {
      if (k.startsWith(family) && !now.containsKey(k)) {
        gone.add(k);
      }
    }
    gone.sort(null);
    for (String k : gone) {
      sent.remove(k);
      out.collect(toFusion(StageElement.WITHDRAWN, k.substring(family.length()), timestamp, null));
    }
    for (Map.Entry<String, Observation> e : now.entrySet()) {
      if (!sent.contains(e.getKey())) {
        sent.put(e.getKey(), SENT);
        out.collect(toFusion(StageElement.OBSERVATION, e.getValue().id().hex(), timestamp,
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
