package org.trucewatch.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
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
 * only its own track: loitering and closed-area entries, sent on to fusion (enriched). What needs
 * other ships goes on: each plausible fix to its grid cell and each silence to the cells within
 * reception range of its ends ({@link ReceptionPerCell}), each silence and the ship's name and type
 * to {@link GapsPerVessel}, and slow fixes per 10-minute slot and the name and type to {@link
 * SeaAcrossVessels} for encounters. Only what changed since the ship's last tick is sent, and what
 * is gone is withdrawn.
 */
public final class SeaPerVessel extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;
  private static final byte[] SENT = new byte[0];

  private final MissionConfig mission;
  private final Ticks ticks;
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
    this.ticks = new Ticks(tick.toMillis());
  }

  @Override
  public void open(OpenContext context) {
    points = StageState.bytesByKey(getRuntimeContext(), "points");
    sent = StageState.bytesByKey(getRuntimeContext(), "sent");
    changed = StageState.flag(getRuntimeContext(), "changed");
    matcher = mission.matcher();
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
    int mmsi = Integer.parseInt(ctx.getCurrentKey());
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
        // kept as sent too, so that its withdrawal finds its cell
        now.put(StageElement.FIX + "\n" + t.mmsi() + " " + p.observation().id().hex(),
            SeaCodec.fix(mmsi, p.time().toEpochMilli(), p.position()));
      }
      for (TrackPoint p : encounters.slotFixes(t)) {
        now.put(StageElement.SLOT_FIX + "\n" + t.mmsi() + " " + EncounterDetector.slotOf(p.time()), SeaCodec.slotFix(p));
      }
      now.put(StageElement.VESSEL + "\n" + t.mmsi(), SeaCodec.vessel(t.name(), t.shipType()));
    }
    List<String> gone = new ArrayList<>();
    for (String k : sent.keys()) {
      if (!now.containsKey(k)) {
        gone.add(k);
      }
    }
    gone.sort(null);
    for (String k : gone) {
      byte[] was = sent.get(k);
      sent.remove(k);
      send(k, null, was, timestamp, out);
    }
    for (Map.Entry<String, byte[]> e : now.entrySet()) {
      byte[] before = sent.get(e.getKey());
      if (before != null && java.util.Arrays.equals(before, e.getValue())) {
        continue;
      }
      sent.put(e.getKey(), e.getValue());
      byte[] payload = e.getValue();
      if (kindOf(e.getKey()) == StageElement.OBSERVATION) {
        payload = ObservationCodec.encode(matcher.enrich(detections.get(e.getKey())));
      }
      send(e.getKey(), payload, payload, timestamp, out);
    }
  }

  /**
   * Sends what changed to the stages that take it: a detection to fusion, a fix to its grid cell,
   * a silence to each cell that may have heard ships near its ends and to the ship's gap stage, a
   * slow fix to encounters, the ship's name and type to gaps and encounters. {@code payload} is
   * {@code null} to withdraw; {@code routing} is what was or is sent, which says where.
   */
  private void send(String kindAndKey, byte[] payload, byte[] routing, long timestamp, Collector<StageElement> out) {
    int kind = kindOf(kindAndKey);
    String key = kindAndKey.substring(kindAndKey.indexOf('\n') + 1);
    String mmsi = key.indexOf(' ') < 0 ? key : key.substring(0, key.indexOf(' '));
    if (kind == StageElement.OBSERVATION) {
      out.collect(element(payload == null ? StageElement.WITHDRAWN : kind, key, payload, timestamp,
          StageElement.LANE_FUSION, "", ""));
    } else if (kind == StageElement.FIX) {
      out.collect(element(kind, key, payload, timestamp, StageElement.LANE_CELLS, mmsi,
          ReceptionCells.cellOf(SeaCodec.fix(routing).position())));
    } else if (kind == StageElement.SILENCE) {
      TreeSet<String> cells = new TreeSet<>();
      for (TrackPoint end : SeaCodec.silence(routing)) {
        cells.addAll(ReceptionCells.cover(end.position(), MaritimeRules.DEFAULTS.receptionRadiusMetres()));
      }
      for (String cell : cells) {
        out.collect(element(kind, key, payload, timestamp, StageElement.LANE_CELLS, mmsi, cell));
      }
      out.collect(element(kind, key, payload, timestamp, StageElement.LANE_GAPS, mmsi, ""));
    } else if (kind == StageElement.SLOT_FIX) {
      out.collect(element(kind, key, payload, timestamp, StageElement.LANE_ENCOUNTERS, mmsi, ""));
    } else {
      out.collect(element(kind, key, payload, timestamp, StageElement.LANE_GAPS | StageElement.LANE_ENCOUNTERS, mmsi,
          ""));
    }
  }

  private static int kindOf(String kindAndKey) {
    return Integer.parseInt(kindAndKey.substring(0, kindAndKey.indexOf('\n')));
  }

  private static StageElement element(int kind, String key, byte[] payload, long timestamp, int lanes, String mmsi,
      String route) {
    StageElement out = new StageElement(kind, key, timestamp, payload);
    out.lanes = lanes;
    out.vessel = mmsi;
    out.route = route;
    return out;
  }
}
