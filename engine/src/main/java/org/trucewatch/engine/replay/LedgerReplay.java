package org.trucewatch.engine.replay;

import java.util.ArrayList;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.formats.fusion.FusionFileException;
import org.trucewatch.formats.fusion.FusionYamlReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.core.thermal.DetectionDeduplicator;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.cloud.CloudCoverCsv;
import org.trucewatch.formats.cloud.CloudCoverCsvReader;
import org.trucewatch.formats.firms.FireTable;
import org.trucewatch.formats.firms.FireTableReader;
import org.trucewatch.formats.firms.FirmsSources;
import org.trucewatch.formats.sources.SourcesReadResult;
import org.trucewatch.formats.sources.SourcesYamlReader;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.LedgerView;
import org.trucewatch.engine.ingest.LedgerFormats;

/**
 * Reads a ledger back, entry by entry in ledger order, into sources and observations. This is the
 * only way observations enter the pipeline, so outputs rest on nothing the ledger does not hold.
 */
public final class LedgerReplay {
  private final Progress progress;

  /** A replay reporting each entry. */
  public LedgerReplay(Progress progress) {
    this.progress = progress;
  }

  /** Reads every entry of the ledger. */
  public LedgerContents read(LedgerView ledger) {
    return read(ledger, Long.MAX_VALUE);
  }

  /**
   * Reads the entries up to and including {@code lastSeq}: what the ledger held when an output
   * citing that checkpoint was made.
   */
  public LedgerContents read(LedgerView ledger, long lastSeq) {
    List<Source> sources = new ArrayList<>(FirmsSources.defaults());
    List<Observation> observations = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    List<EntryReading> readings = new ArrayList<>();
    Checkpoint checkpoint = Checkpoint.EMPTY;
    CloudCover cloudCover = CloudCover.NONE;
    Map<String, ObservationReader> readers = ObservationReaders.all();
    SourcesYamlReader sourcesReader = new SourcesYamlReader();
    List<ActionRecord> actions = new ArrayList<>();
    FusionParameters fusion = FusionParameters.DEFAULT;
    SiteBaselineDetections.Builder baseline = new SiteBaselineDetections.Builder();
    for (LedgerEntry e : ledger.entries()) {
      if (e.seq() > lastSeq) {
        break;
      }
      byte[] raw = ledger.raw(e.seq());
      long nObs = 0;
      long nSources = 0;
      long nRejects;
      if (e.format().equals(LedgerFormats.AGREEMENT)) {
        // The agreement the run checked against: read by the run, not an observation.
        nRejects = 0;
      } else if (e.format().equals(LedgerFormats.CLOUD_COVER)) {
        // the clouds the run was given: read by the run for the coverage table, not observations
        CloudCoverCsv read = new CloudCoverCsvReader().read(e.name(), raw);
        cloudCover = cloudCover.updatedBy(read.cover());
        rejects.addAll(read.rejects());
        nRejects = read.rejects().size();
      } else if (e.format().equals(LedgerFormats.SITE_BASELINE)) {
        // normal years for the site rule: positions and dates kept compactly, not observations
        FireTable table = new FireTableReader().read(e.name(), raw);
        baseline.addAll(table.rows());
        rejects.addAll(table.rejects());
        nRejects = table.rejects().size();
      } else if (e.format().equals(LedgerFormats.FUSION)) {
        // a later fusion file replaces an earlier one; a bad one is a reject and changes nothing
        try {
          fusion = new FusionYamlReader().read(e.name(), raw);
          nRejects = 0;
        } catch (FusionFileException bad) {
          for (String problem : bad.problems()) {
            rejects.add(new Reject(e.name(), 0, "", problem));
          }
          nRejects = bad.problems().size();
        }
      } else if (e.format().equals(LedgerFormats.INGEST_REFUSAL)) {
        Reject refusal = LedgerFormats.refusalReject(e.name(), raw);
        rejects.add(refusal);
        nRejects = 1;
      } else if (e.format().equals(ActionRecord.FORMAT)) {
        // an analyst's review or an administrator's act: read by the lifecycle, not an observation
        nRejects = 0;
        try {
          actions.add(ActionRecord.fromBytes(raw));
        } catch (IllegalArgumentException bad) {
          rejects.add(new Reject(e.name(), 0, "", "ledger entry " + e.seq() + ": " + bad.getMessage()));
          nRejects = 1;
        }
      } else if (e.format().equals("sources-yaml")) {
        SourcesReadResult r = sourcesReader.read(e.name(), raw);
        sources.addAll(r.sources());
        rejects.addAll(r.rejects());
        nSources = r.sources().size();
        nRejects = r.rejects().size();
      } else {
        ObservationReader reader = readers.get(e.format());
        ReadResult r;
        if (reader != null) {
          r = reader.read(e.name(), e.sha256(), raw);
        } else {
          r = new ReadResult(List.of(), List.of(new Reject(e.name(), 0, "", "ledger entry " + e.seq()
              + " has format '" + e.format() + "', which this version cannot read")));
        }
        observations.addAll(r.observations());
        rejects.addAll(r.rejects());
        nObs = r.observations().size();
        nRejects = r.rejects().size();
      }
      readings.add(new EntryReading(e.seq(), e.name(), e.format(), e.sha256(), nObs, nSources, nRejects));
      progress.report(String.format(java.util.Locale.ROOT, "read ledger entry %d %s: %,d observations, %,d sources, %,d rejects",
          e.seq(), e.name(), nObs, nSources, nRejects));
      checkpoint = e.checkpoint();
    }
    // the same content read twice, and the same satellite pixel in NRT and standard products, count once
    DetectionDeduplicator.Result distinct = new DetectionDeduplicator().deduplicate(observations);
    List<Observation> kept = new ArrayList<>(distinct.kept());
    kept.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    return new LedgerContents(new SourceDirectory(sources), kept, distinct.repeats(), distinct.pixelCopies(),
        distinct.alsoReadFrom(), rejects, readings, checkpoint, cloudCover, actions, fusion, baseline.build());
  }
}
