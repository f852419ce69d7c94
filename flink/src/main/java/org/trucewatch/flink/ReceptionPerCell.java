package org.trucewatch.flink;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.trucewatch.core.maritime.AisGapDetector;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;

/**
 * AIS reception, keyed by grid cell ({@link ReceptionCells}): the plausible fixes that lie in the
 * cell (MMSI, time and position; a time index per cell on the heap, rebuilt from the keyed state
 * after a restore) and the silences whose reception radius reaches it. At a tick, each silence whose answer
 * may have changed (it is new or withdrawn, or fixes within its time span came or went) is judged
 * again with core's {@link AisGapDetector#heardDuring}: the other ships heard here strictly during
 * it within reception range of an end. When that set changed it goes to the silent ship's {@link
 * GapsPerVessel}, which unions the cells' sets; an empty set withdraws the cell's answer.
 */
public final class ReceptionPerCell extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;

  private final Ticks ticks;
  private transient MapState<String, byte[]> fixes;
  private transient MapState<String, byte[]> silences;
  private transient MapState<String, byte[]> answers;
  private transient MapState<String, Boolean> asked;
  private transient ValueState<long[]> changedSpan;
  private transient AisGapDetector gaps;
  // cell -> its fixes by time and its silences, derived from the keyed state, so rebuilt from it
  // (cell by cell, as they are next touched) after a restore
  private transient Map<String, Index> indexes;
  // the current cell's
  private transient TreeMap<Long, Map<String, SeaCodec.Fix>> heard;
  private transient TreeMap<String, AisGapDetector.Silence> spans;

  private record Index(
      TreeMap<Long, Map<String, SeaCodec.Fix>> heard, TreeMap<String, AisGapDetector.Silence> spans) {}

  /** The stage, working at every {@code tick} of event time. */
  public ReceptionPerCell(Duration tick) {
    this.ticks = new Ticks(tick.toMillis());
  }

  @Override
  public void open(OpenContext context) {
    fixes = StageState.bytesByKey(getRuntimeContext(), "fixes");
    silences = StageState.bytesByKey(getRuntimeContext(), "silences");
    answers = StageState.bytesByKey(getRuntimeContext(), "answers");
    asked = StageState.marksByKey(getRuntimeContext(), "asked");
    changedSpan = getRuntimeContext().getState(
        new ValueStateDescriptor<>("changed-span", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    gaps = new AisGapDetector(MaritimeRules.DEFAULTS);
    indexes = new HashMap<>();
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<StageElement> out) throws Exception {
    index(ctx.getCurrentKey());
    if (e.kind == StageElement.FIX) {
      byte[] before = fixes.get(e.key);
      if (before != null) {
        SeaCodec.Fix f = SeaCodec.fix(before);
        unhear(e.key, f);
        changedAt(f.millis());
      }
      if (e.payload == null) {
        fixes.remove(e.key);
      } else {
        fixes.put(e.key, e.payload);
        SeaCodec.Fix f = SeaCodec.fix(e.payload);
        hear(e.key, f);
        changedAt(f.millis());
      }
    } else if (e.kind == StageElement.SILENCE) {
      if (e.payload == null) {
        silences.remove(e.key);
        spans.remove(e.key);
      } else {
        silences.put(e.key, e.payload);
        spans.put(e.key, silence(e.key, e.payload));
      }
      asked.put(e.key, Boolean.TRUE);
    } else {
      return;
    }
    ticks.schedule(ctx.timerService(), e.eventMillis);
  }

  private void changedAt(long millis) throws Exception {
    long[] span = changedSpan.value();
    changedSpan.update(span == null ? new long[] {millis, millis}
        : new long[] {Math.min(span[0], millis), Math.max(span[1], millis)});
  }

  // points heard and spans at the cell's index, building it from the keyed state if need be
  private void index(String cell) throws Exception {
    Index i = indexes.get(cell);
    if (i == null) {
      i = new Index(new TreeMap<>(), new TreeMap<>());
      indexes.put(cell, i);
      heard = i.heard();
      for (Map.Entry<String, byte[]> f : fixes.entries()) {
        hear(f.getKey(), SeaCodec.fix(f.getValue()));
      }
      for (Map.Entry<String, byte[]> s : silences.entries()) {
        i.spans().put(s.getKey(), silence(s.getKey(), s.getValue()));
      }
    }
    heard = i.heard();
    spans = i.spans();
  }

  private void hear(String key, SeaCodec.Fix f) {
    heard.computeIfAbsent(f.millis(), k -> new HashMap<>()).put(key, f);
  }

  private void unhear(String key, SeaCodec.Fix f) {
    Map<String, SeaCodec.Fix> at = heard.get(f.millis());
    if (at != null) {
      at.remove(key);
      if (at.isEmpty()) {
        heard.remove(f.millis());
      }
    }
  }

  // a silence's key starts with the silent ship's MMSI; only that is needed of the ship here
  private static AisGapDetector.Silence silence(String key, byte[] payload) {
    int mmsi = Integer.parseInt(key.substring(0, key.indexOf(' ')));
    List<TrackPoint> ends = SeaCodec.silence(payload);
    return new AisGapDetector.Silence(new VesselTrack(mmsi, "", 0, List.of()), ends.get(0), ends.get(1));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<StageElement> out) throws Exception {
    index(ctx.getCurrentKey());
    TreeSet<String> judge = new TreeSet<>();
    for (String k : asked.keys()) {
      judge.add(k);
    }
    asked.clear();
    long[] span = changedSpan.value();
    changedSpan.clear();
    if (span != null) {
      for (Map.Entry<String, AisGapDetector.Silence> s : spans.entrySet()) {
        // a fix at t counts for a silence only if before < t < after
        if (millis(s.getValue().before()) < span[1] && millis(s.getValue().after()) > span[0]) {
          judge.add(s.getKey());
        }
      }
    }
    for (String k : judge) {
      AisGapDetector.Silence s = spans.get(k);
      TreeSet<Integer> ships = new TreeSet<>();
      if (s != null) {
        for (Map<String, SeaCodec.Fix> at
            : heard.subMap(millis(s.before()), false, millis(s.after()), false).values()) {
          for (SeaCodec.Fix f : at.values()) {
            if (!ships.contains(f.mmsi())
                && gaps.heardDuring(s, f.mmsi(), Instant.ofEpochMilli(f.millis()), f.position())) {
              ships.add(f.mmsi());
            }
          }
        }
      }
      byte[] answer = ships.isEmpty() ? null : SeaCodec.mmsis(ships);
      byte[] before = answers.get(k);
      if (java.util.Arrays.equals(before, answer)) {
        continue;
      }
      if (answer == null) {
        answers.remove(k);
      } else {
        answers.put(k, answer);
      }
      StageElement e = new StageElement(StageElement.HEARD, k + " " + ctx.getCurrentKey(), timestamp, answer);
      e.vessel = k.substring(0, k.indexOf(' '));
      out.collect(e);
    }
  }

  private static long millis(TrackPoint p) {
    return p.time().toEpochMilli();
  }
}
