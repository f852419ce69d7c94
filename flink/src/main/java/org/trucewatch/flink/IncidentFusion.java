package org.trucewatch.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncrementalFuser;

/**
 * Fusion, in one task (keyed by a constant), incremental: the eventful observations (plain vessel
 * points never come here) are held in keyed state and added one at a time to an {@link
 * IncrementalFuser}, which makes the incidents {@code IncidentFuser} makes of them all (single
 * linkage). The fuser lives on the heap and is rebuilt from the keyed state after a restore, and
 * when an observation is withdrawn (single linkage cannot split a group in place). At a tick, each
 * incident whose members changed is sent on, keyed by its id, with its members; an incident merged
 * into another is withdrawn. A tick costs the new observations' links plus the size of the
 * incidents they joined, not the size of everything held (a rebuild does cost that). When a sources file changes every incident is sent again, since who
 * supports an incident and how it is graded depend on the sources.
 *
 * <p>Which observations link does not depend on the sources, so fusion needs none: the incidents
 * are built, with the sources, by {@link IncidentAssessment}.
 */
public final class IncidentFusion extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;

  private final MissionConfig mission;
  private final Ticks ticks;
  private transient MapState<String, byte[]> held;
  private transient MapState<String, Boolean> added;
  private transient MapState<String, byte[]> sources;
  private transient MapState<String, String> sent;
  private transient ValueState<Boolean> rebuild;
  private transient ValueState<Boolean> resend;
  // derived from the keyed state, so rebuilt from it after a restore
  private transient IncrementalFuser fuser;

  /** The stage for this mission, working at every {@code tick} of event time. */
  public IncidentFusion(MissionConfig mission, Duration tick) {
    this.mission = mission;
    this.ticks = new Ticks(tick.toMillis());
  }

  @Override
  public void open(OpenContext context) {
    held = StageState.bytesByKey(getRuntimeContext(), "held");
    added = StageState.marksByKey(getRuntimeContext(), "added");
    sources = StageState.bytesByKey(getRuntimeContext(), "sources");
    sent = getRuntimeContext().getMapState(new MapStateDescriptor<>("sent", Types.STRING, Types.STRING));
    rebuild = StageState.flag(getRuntimeContext(), "rebuild");
    resend = StageState.flag(getRuntimeContext(), "resend");
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<StageElement> out) throws Exception {
    if (e.kind == StageElement.SOURCES) {
      if (!Arrays.equals(sources.get(e.key), e.payload)) {
        sources.put(e.key, e.payload);
        resend.update(Boolean.TRUE);
      }
    } else if (e.kind == StageElement.OBSERVATION) {
      if (held.contains(e.key)) {
        return;
      }
      held.put(e.key, e.payload);
      added.put(e.key, Boolean.TRUE);
    } else if (e.kind == StageElement.WITHDRAWN) {
      if (!held.contains(e.key)) {
        return;
      }
      held.remove(e.key);
      added.remove(e.key);
      rebuild.update(Boolean.TRUE);
    } else {
      return;
    }
    ticks.schedule(ctx.timerService(), e.eventMillis);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<StageElement> out) throws Exception {
    boolean again = resend.value() != null;
    // incident id -> the incident as it now is, for those that may have changed; ids merged away
    TreeMap<String, Incident> touched = new TreeMap<>();
    TreeSet<String> gone = new TreeSet<>();
    if (fuser == null || rebuild.value() != null || again) {
      // the incidents do not depend on the order of arrival; sorted for a fixed rebuild
      TreeMap<String, byte[]> all = new TreeMap<>();
      for (Map.Entry<String, byte[]> h : held.entries()) {
        all.put(h.getKey(), h.getValue());
      }
      fuser = newFuser();
      for (byte[] b : all.values()) {
        fuser.add(ObservationCodec.decode(b));
      }
      for (Incident i : fuser.incidents()) {
        touched.put(i.id(), i);
      }
      for (String id : sent.keys()) {
        if (!touched.containsKey(id)) {
          gone.add(id);
        }
      }
    } else {
      // only the incidents new observations joined can have changed; an incident merged into
      // another, or one that a new earliest member renamed, has its anchor among the members of
      // the incident it became
      List<String> ids = new ArrayList<>();
      for (String id : added.keys()) {
        ids.add(id);
      }
      ids.sort(null);
      for (String id : ids) {
        Optional<Incident> now = fuser.add(ObservationCodec.decode(held.get(id)));
        if (now.isEmpty()) {
          continue;
        }
        Incident i = now.get();
        for (EnrichedObservation m : i.members()) {
          String was = Incident.idOf(m.observation().id());
          if (!was.equals(i.id()) && (touched.remove(was) != null || sent.contains(was))) {
            gone.add(was);
          }
        }
        gone.remove(i.id());
        touched.put(i.id(), i);
      }
    }
    rebuild.clear();
    resend.clear();
    added.clear();
    for (String id : gone) {
      if (sent.contains(id)) {
        sent.remove(id);
        out.collect(new StageElement(StageElement.INCIDENT, id, timestamp, null).routed(id));
      }
    }
    for (Incident i : touched.values()) {
      StringBuilder members = new StringBuilder();
      for (EnrichedObservation m : i.members()) {
        members.append(m.observation().id().hex()).append(' ');
      }
      String signature = members.toString();
      if (!again && signature.equals(sent.get(i.id()))) {
        continue;
      }
      List<byte[]> encoded = new ArrayList<>(i.members().size());
      for (EnrichedObservation m : i.members()) {
        encoded.add(held.get(m.observation().id().hex()));
      }
      sent.put(i.id(), signature);
      out.collect(new StageElement(StageElement.INCIDENT, i.id(), timestamp, SeaCodec.pack(encoded)).routed(i.id()));
    }
  }

  private IncrementalFuser newFuser() {
    // links depend on the parameters alone; FIRMS's sources only make the fuser's own incidents complete
    return new IncrementalFuser(mission.fusion(), mission.sources(List.of()));
  }
}
