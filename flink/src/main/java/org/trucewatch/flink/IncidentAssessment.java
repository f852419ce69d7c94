package org.trucewatch.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.engine.lifecycle.IncidentLifecycles;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.engine.publish.IncidentsGeoJsonWriter;
import org.trucewatch.formats.sources.SourcesYamlReader;

/**
 * Assessment, keyed by incident id, in parallel: at a tick, an incident that fusion sent again is
 * built from its members with the declared sources (broadcast state: every task holds every
 * sources file) and judged by the engine's assess stage; its findings and its GeoJSON feature, as
 * {@code trucewatch run} writes them, go out where they changed, and when fusion withdraws the
 * incident they are withdrawn (tombstones). An incident's findings depend on nothing but the
 * incident ({@code Assessor.assess} of a list is the sorted concatenation of each incident's), and
 * finding ids name their incident, so no two keys ever write the same record.
 */
public final class IncidentAssessment extends KeyedBroadcastProcessFunction<String, StageElement, StageElement, ResultRecord> {
  private static final long serialVersionUID = 1L;

  /** The sources files by name, in every task. */
  public static final MapStateDescriptor<String, byte[]> SOURCES = new MapStateDescriptor<>(
      "declared-sources", Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);

  private final MissionConfig mission;
  private final Ticks ticks;
  private transient ValueState<byte[]> members;
  private transient ValueState<Boolean> changed;
  private transient MapState<String, String> emitted;
  // the directory of the sources files last seen, parsed once per change
  private transient TreeMap<String, byte[]> parsedFrom;
  private transient Pipeline pipeline;
  private transient SourceDirectory directory;

  /** The stage for this mission, working at every {@code tick} of event time. */
  public IncidentAssessment(MissionConfig mission, Duration tick) {
    this.mission = mission;
    this.ticks = new Ticks(tick.toMillis());
  }

  @Override
  public void open(OpenContext context) {
    members = StageState.bytes(getRuntimeContext(), "members");
    changed = StageState.flag(getRuntimeContext(), "changed");
    emitted = getRuntimeContext().getMapState(new MapStateDescriptor<>("emitted", Types.STRING, Types.STRING));
  }

  @Override
  public void processBroadcastElement(StageElement e, Context ctx, Collector<ResultRecord> out) throws Exception {
    if (e.kind == StageElement.SOURCES) {
      BroadcastState<String, byte[]> state = ctx.getBroadcastState(SOURCES);
      state.put(e.key, e.payload);
    }
  }

  @Override
  public void processElement(StageElement e, ReadOnlyContext ctx, Collector<ResultRecord> out) throws Exception {
    if (e.kind != StageElement.INCIDENT) {
      return;
    }
    members.update(e.payload);
    changed.update(Boolean.TRUE);
    ticks.schedule(ctx.timerService(), e.eventMillis);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ResultRecord> out) throws Exception {
    if (changed.value() == null) {
      return;
    }
    changed.clear();
    TreeMap<String, String> now = new TreeMap<>();
    byte[] packed = members.value();
    if (packed != null) {
      sources(ctx.getBroadcastState(SOURCES));
      List<EnrichedObservation> group = new ArrayList<>();
      for (byte[] b : SeaCodec.unpack(packed)) {
        group.add(ObservationCodec.decode(b));
      }
      Incident incident = new IncidentFuser(mission.fusion(), directory).incidentOf(group);
      List<Finding> findings = pipeline.assess(List.of(incident));
      // no analyst actions reach the job: the lifecycle is the automatic state, as in a run over a
      // ledger without actions
      LifecycleState lifecycle = IncidentLifecycles.states(IncidentLifecycles.of(List.of(incident), List.of()))
          .get(incident.id());
      FindingsJsonlWriter findingsWriter = new FindingsJsonlWriter();
      for (Finding f : findings) {
        now.put(InputTopics.FINDINGS + "\n" + f.id(), findingsWriter.toJson(f, lifecycle).toString());
      }
      now.put(InputTopics.INCIDENTS + "\n" + incident.id(),
          new IncidentsGeoJsonWriter().feature(incident, findings, lifecycle).toString());
    } else {
      members.clear();
    }
    TreeMap<String, String> before = new TreeMap<>();
    for (Map.Entry<String, String> e : emitted.entries()) {
      before.put(e.getKey(), e.getValue());
    }
    for (String k : before.keySet()) {
      if (!now.containsKey(k)) {
        out.collect(record(k, null));
        emitted.remove(k);
      }
    }
    for (Map.Entry<String, String> e : now.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        out.collect(record(e.getKey(), e.getValue()));
        emitted.put(e.getKey(), e.getValue());
      }
    }
  }

  private void sources(ReadOnlyBroadcastState<String, byte[]> state) throws Exception {
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : state.immutableEntries()) {
      files.put(e.getKey(), e.getValue());
    }
    if (pipeline != null && sameFiles(files, parsedFrom)) {
      return;
    }
    List<Source> declared = new ArrayList<>();
    SourcesYamlReader reader = new SourcesYamlReader();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      declared.addAll(reader.read(e.getKey(), e.getValue()).sources());
    }
    pipeline = mission.pipeline(declared);
    directory = mission.sources(declared);
    parsedFrom = files;
  }

  private static boolean sameFiles(TreeMap<String, byte[]> a, TreeMap<String, byte[]> b) {
    if (b == null || !a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> e : a.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static ResultRecord record(String topicAndKey, String value) {
    int nl = topicAndKey.indexOf('\n');
    return new ResultRecord(topicAndKey.substring(0, nl), topicAndKey.substring(nl + 1), value);
  }
}
