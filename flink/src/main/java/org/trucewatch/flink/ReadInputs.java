package org.trucewatch.flink;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.engine.mission.EntryContent;
import org.trucewatch.engine.mission.LedgerEntryReader;
import org.trucewatch.engine.publish.RejectsJsonlWriter;
import org.trucewatch.formats.Reject;

/**
 * The read stage: each input record read as a ledger entry is read ({@link LedgerEntryReader}, the
 * reader of the fold every runner shares), observations on, rejects (bad lines, refused inputs,
 * unknown formats, bad source declarations, bad cloud-cover rows) to the {@link #REJECTS} side
 * output as {@code rejects.jsonl} lines. A fusion file on a topic is refused by name unless it sets
 * what the job fuses by: the job's parameters are fixed when it starts ({@code --fusion}). An
 * agreement, cloud cover and analysts' actions change nothing the job computes.
 */
public final class ReadInputs extends ProcessFunction<InputRecord, StageElement> {
  private static final long serialVersionUID = 1L;

  /** Rejected lines and records, for the rejects topic. */
  public static final OutputTag<ResultRecord> REJECTS = new OutputTag<>("rejects") {};

  private final MissionConfig mission;
  private transient LedgerEntryReader reader;

  /** The read stage of a job on this mission. */
  public ReadInputs(MissionConfig mission) {
    this.mission = mission;
  }

  @Override
  public void open(OpenContext context) {
    reader = new LedgerEntryReader();
  }

  @Override
  public void processElement(InputRecord in, Context ctx, Collector<StageElement> out) {
    String sha = sha256(in.raw);
    EntryContent content = reader.read(0, in.name, in.format, sha, in.raw);
    reject(content.rejects(), ctx);
    if (content instanceof EntryContent.Sources) {
      StageElement e = new StageElement(StageElement.SOURCES, in.name, Long.MIN_VALUE, in.raw).routed(in.name);
      // fusion sends every incident again when the sources change, for assessment with them
      e.lanes = StageElement.LANE_FUSION;
      out.collect(e);
    } else if (content instanceof EntryContent.Fusion f && f.parameters().isPresent()
        && !f.parameters().get().equals(mission.fusion())) {
      reject(List.of(new Reject(in.name, 0, "", "a fusion file other than the one this job fuses by ("
          + mission.fusionEntry().orElse("the defaults") + "); to fuse by it, restart the job with --fusion naming it")),
          ctx);
    } else if (content instanceof EntryContent.SiteBaseline) {
      // the site rule needs every site-day's count against the site's normal activity, which the
      // keyed stages do not hold: refused by name, never silently ignored
      reject(List.of(new Reject(in.name, 0, "", "a site baseline (run --site-baseline), which the Flink job does not "
          + "apply; run the mission with trucewatch run or serve for the site rule")), ctx);
    } else if (content instanceof EntryContent.Observations o) {
      for (Observation obs : o.observations()) {
        StageElement e = new StageElement(StageElement.OBSERVATION, obs.id().hex(), obs.eventTime().toEpochMilli(),
            ObservationCodec.encode(new EnrichedObservation(obs, List.of()))).routed(KeptCopy.copyKey(obs));
        String mmsi = EnrichObservations.trackMmsi(obs);
        e.vessel = mmsi == null ? "" : mmsi;
        e.lanes = EnrichObservations.lanes(obs);
        out.collect(e);
      }
    }
  }

  private static void reject(List<Reject> rejects, Context ctx) {
    for (Reject r : rejects) {
      String line = new RejectsJsonlWriter().render(List.of(r)).stripTrailing();
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
