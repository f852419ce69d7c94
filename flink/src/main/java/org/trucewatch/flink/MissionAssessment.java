package org.trucewatch.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.thermal.DetectionDeduplicator;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.lifecycle.IncidentLifecycles;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.engine.publish.IncidentsGeoJsonWriter;
import org.trucewatch.formats.sources.SourcesYamlReader;

/**
 * The mission's stages over its keyed state: keeps every distinct observation (enriched) and every
 * source declaration, and each time the event-time watermark passes an assessment tick runs the
 * engine's sea, fuse and assess stages over all of it, exactly as {@code trucewatch run} does over
 * a ledger. It then emits what changed since the last assessment: new or changed findings and
 * incidents, and withdrawals of those no longer there. Applied in order, the emitted records leave
 * the assessment of everything read so far.
 *
 * <p>The watermark trails the latest event time by the allowed lateness, so an assessment waits
 * for that much late data; data later still is kept and counts at the next assessment.
 */
public final class MissionAssessment extends KeyedProcessFunction<String, StageElement, ResultRecord> {
  private static final long serialVersionUID = 1L;

  private final MissionConfig mission;
  private final long tickMillis;

  private transient MapState<String, byte[]> observations;
  private transient MapState<String, byte[]> sources;
  private transient MapState<String, String> emitted;
  private transient ValueState<Long> assessedAt;

  /** The stage for this mission, assessing every {@code tick} of event time. */
  public MissionAssessment(MissionConfig mission, Duration tick) {
    this.mission = mission;
    this.tickMillis = tick.toMillis();
    if (tickMillis < 1) {
      throw new IllegalArgumentException("the assessment tick must be at least 1 ms: " + tick);
    }
  }

  @Override
  public void open(OpenContext context) {
    observations = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("observations", Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    sources = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("sources", Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    emitted = getRuntimeContext().getMapState(new MapStateDescriptor<>("emitted", Types.STRING, Types.STRING));
    assessedAt = getRuntimeContext().getState(new ValueStateDescriptor<>("assessed-at", Types.LONG));
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<ResultRecord> out) throws Exception {
    if (e.kind == StageElement.SOURCES) {
      sources.put(e.key, e.payload);
    } else {
      observations.put(e.key, e.payload);
    }
    long watermark = ctx.timerService().currentWatermark();
    long next = watermark == Long.MIN_VALUE ? Long.MIN_VALUE : tickAfter(watermark);
    long own = e.eventMillis == Long.MIN_VALUE ? Long.MIN_VALUE : tickAfter(e.eventMillis - 1);
    long at = Math.max(next, own);
    if (at != Long.MIN_VALUE) {
      ctx.timerService().registerEventTimeTimer(at);
    }
  }

  // the first tick boundary strictly after t
  private long tickAfter(long t) {
    if (t >= Long.MAX_VALUE - tickMillis) {
      return Long.MAX_VALUE;
    }
    return Math.floorDiv(t, tickMillis) * tickMillis + tickMillis;
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ResultRecord> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    Long last = assessedAt.value();
    if (last != null && last == watermark) {
      return; // several ticks passed at once: one assessment covers them
    }
    assessedAt.update(watermark);
    assess(out);
  }

  private void assess(Collector<ResultRecord> out) throws Exception {
    List<EnrichedObservation> held = new ArrayList<>();
    for (byte[] b : observations.values()) {
      held.add(ObservationCodec.decode(b));
    }
    held.sort(Comparator.comparing((EnrichedObservation x) -> x.observation().eventTime())
        .thenComparing(x -> x.observation().id()));
    Map<String, EnrichedObservation> byId = new HashMap<>();
    List<Observation> read = new ArrayList<>(held.size());
    for (EnrichedObservation x : held) {
      byId.put(x.observation().id().hex(), x);
      read.add(x.observation());
    }
    List<Observation> kept = new DetectionDeduplicator().deduplicate(read).kept();
    Pipeline pipeline = mission.pipeline(declaredSources());
    MaritimeDetection.Result sea = pipeline.sea(kept);
    ProvisionMatcher matcher = null;
    List<EnrichedObservation> enriched = new ArrayList<>(sea.onward().size());
    for (Observation o : sea.onward()) {
      EnrichedObservation x = byId.get(o.id().hex());
      if (x == null) {
        // the sea stage's own detections: enriched here, they are few
        matcher = matcher == null ? pipeline.matcher() : matcher;
        x = matcher.enrich(o);
      }
      enriched.add(x);
    }
    List<Incident> incidents = pipeline.fuse(enriched);
    List<Finding> findings = pipeline.assess(incidents);
    emitChanges(current(incidents, findings), out);
  }

  private List<Source> declaredSources() throws Exception {
    TreeMap<String, byte[]> byName = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : sources.entries()) {
      byName.put(e.getKey(), e.getValue());
    }
    List<Source> declared = new ArrayList<>();
    SourcesYamlReader reader = new SourcesYamlReader();
    for (Map.Entry<String, byte[]> e : byName.entrySet()) {
      declared.addAll(reader.read(e.getKey(), e.getValue()).sources());
    }
    return declared;
  }

  // topic + '\n' + key -> JSON text, sorted, so that emission order is deterministic
  private static TreeMap<String, String> current(List<Incident> incidents, List<Finding> findings) throws Exception {
    TreeMap<String, String> now = new TreeMap<>();
    FindingsJsonlWriter findingsWriter = new FindingsJsonlWriter();
    // no analyst actions reach the job: each incident's lifecycle is its automatic state, as in a
    // run over a ledger without actions
    Map<String, LifecycleState> lifecycle = IncidentLifecycles.states(IncidentLifecycles.of(incidents, List.of()));
    Map<String, List<Finding>> byIncident = new HashMap<>();
    for (Finding f : findings) {
      now.put(InputTopics.FINDINGS + "\n" + f.id(), findingsWriter.toJson(f, lifecycle.get(f.incidentId())).toString());
      byIncident.computeIfAbsent(f.incidentId(), k -> new ArrayList<>()).add(f);
    }
    IncidentsGeoJsonWriter incidentsWriter = new IncidentsGeoJsonWriter();
    for (Incident i : incidents) {
      now.put(InputTopics.INCIDENTS + "\n" + i.id(), incidentsWriter
          .feature(i, byIncident.getOrDefault(i.id(), List.of()), lifecycle.getOrDefault(i.id(), LifecycleState.of(i.status())))
          .toString());
    }
    return now;
  }

  private void emitChanges(TreeMap<String, String> now, Collector<ResultRecord> out) throws Exception {
    TreeMap<String, String> before = new TreeMap<>();
    for (Map.Entry<String, String> e : emitted.entries()) {
      before.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : before.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        out.collect(record(e.getKey(), null));
        emitted.remove(e.getKey());
      }
    }
    for (Map.Entry<String, String> e : now.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        out.collect(record(e.getKey(), e.getValue()));
        emitted.put(e.getKey(), e.getValue());
      }
    }
  }

  private static ResultRecord record(String topicAndKey, String value) {
    int nl = topicAndKey.indexOf('\n');
    return new ResultRecord(topicAndKey.substring(0, nl), topicAndKey.substring(nl + 1), value);
  }
}
