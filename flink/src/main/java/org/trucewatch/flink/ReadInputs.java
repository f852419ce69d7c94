package org.trucewatch.flink;

import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.engine.publish.RejectsJsonlWriter;
import org.trucewatch.engine.replay.ObservationReaders;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.sources.SourcesReadResult;
import org.trucewatch.formats.sources.SourcesYamlReader;

/**
 * The read stage: each input file through the same reader a ledger replay uses for its format
 * ({@link ObservationReaders}), observations on, rejects (bad lines, unknown formats, bad source
 * declarations) to the {@link #REJECTS} side output as {@code rejects.jsonl} lines.
 */
public final class ReadInputs extends ProcessFunction<InputRecord, StageElement> {
  private static final long serialVersionUID = 1L;

  /** Rejected lines and records, for the rejects topic. */
  public static final OutputTag<ResultRecord> REJECTS = new OutputTag<>("rejects") {};

  private transient Map<String, ObservationReader> readers;

  @Override
  public void open(OpenContext context) {
    readers = ObservationReaders.all();
  }

  @Override
  public void processElement(InputRecord in, Context ctx, Collector<StageElement> out) {
    String sha = sha256(in.raw);
    if (in.format.equals("sources-yaml")) {
      SourcesReadResult r = new SourcesYamlReader().read(in.name, in.raw);
      reject(r.rejects(), ctx);
      StageElement e = new StageElement(StageElement.SOURCES, in.name, Long.MIN_VALUE, in.raw).routed(in.name);
      // fusion sends every incident again when the sources change, for assessment with them
      e.lanes = StageElement.LANE_FUSION;
      out.collect(e);
      return;
    }
    ObservationReader reader = readers.get(in.format);
    if (reader == null) {
      reject(java.util.List.of(new Reject(in.name, 0, "",
          "format '" + in.format + "', which this version cannot read")), ctx);
      return;
    }
    ReadResult r = reader.read(in.name, sha, in.raw);
    reject(r.rejects(), ctx);
    for (Observation o : r.observations()) {
      StageElement e = new StageElement(StageElement.OBSERVATION, o.id().hex(), o.eventTime().toEpochMilli(),
          ObservationCodec.encode(new EnrichedObservation(o, java.util.List.of()))).routed(KeptCopy.copyKey(o));
      String mmsi = EnrichObservations.trackMmsi(o);
      e.vessel = mmsi == null ? "" : mmsi;
      e.lanes = EnrichObservations.lanes(o);
      out.collect(e);
    }
  }

  private static void reject(java.util.List<Reject> rejects, Context ctx) {
    for (Reject r : rejects) {
      String line = new RejectsJsonlWriter().render(java.util.List.of(r)).stripTrailing();
      ctx.output(REJECTS, new ResultRecord(InputTopics.REJECTS, r.file() + ":" + r.line(), line));
    }
  }

  static String sha256(byte[] raw) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
