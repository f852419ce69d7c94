package org.trucewatch.engine.mission;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.ais.AisFixes;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.ledger.Checkpoint;

/**
 * Everything a ledger says about the mission, up to a checkpoint: what every runner ({@code run},
 * {@code verify}, {@code review}, the live monitor, the Flink job) builds its pipeline from. Made
 * by {@link MissionFold}; immutable. A mission whose observations the fold spilled to a temporary
 * file reads them from there at every pass ({@link MissionFold#of(org.trucewatch.ledger.LedgerView,
 * long, org.trucewatch.engine.Progress, boolean, boolean)}); {@link #close()} deletes the file.
 *
 * @param checkpoint the last entry read
 * @param agreements the agreements the ledger holds, by SHA-256
 * @param latestAgreement the agreement stored last, if any
 * @param sources built-in sources plus those declared in the ledger, later declarations winning
 * @param fusion the fusion parameters in force: the latest good fusion file's, else the fold's defaults
 * @param fusionEntry the name of the fusion file in force; empty for the defaults
 * @param cloudCover the cloud cover of the ledger's cloud-cover entries, later entries winning;
 *     {@link CloudCover#NONE} when there is none
 * @param observations distinct observations (each content once, each satellite pixel once, the
 *     standard product's copy kept), sorted by event time then id; read from the fold's spill file
 *     when it spilled them, each pass decoding them anew
 * @param repeats observations dropped because the same content was already read
 * @param pixelCopies satellite detections dropped because the same pixel was already read with
 *     other content: the NRT and the standard product
 * @param replaced kept observations a later standard copy took the place of, so far: a runner that
 *     fused the earlier copy must start over
 * @param alsoReadFrom for each kept observation read more than once, where the other copies were read from
 * @param rejects rejected lines, records and entries, in ledger order
 * @param entries what each entry gave
 * @param actions analyst and administrative actions, in ledger order
 * @param siteBaseline the detections of the ledger's site-baseline entries ({@code run
 *     --site-baseline}); empty when there are none
 * @param vesselFixes the AIS position reports held compactly, each distinct report once, when the
 *     fold was asked to ({@link MissionFold#of(org.trucewatch.ledger.LedgerView, long,
 *     org.trucewatch.engine.Progress, boolean)}): then they are not among {@code observations};
 *     empty otherwise. The fold's own store, not a copy.
 */
public record Mission(
    Checkpoint checkpoint,
    SortedMap<String, LedgerAgreement> agreements,
    Optional<LedgerAgreement> latestAgreement,
    SourceDirectory sources,
    FusionParameters fusion,
    Optional<String> fusionEntry,
    CloudCover cloudCover,
    List<Observation> observations,
    long repeats,
    long pixelCopies,
    long replaced,
    SortedMap<ObservationId, List<Provenance>> alsoReadFrom,
    List<Reject> rejects,
    List<EntryReading> entries,
    List<ActionRecord> actions,
    SiteBaselineDetections siteBaseline,
    AisFixes vesselFixes) implements AutoCloseable {
  /** Checks and freezes the fields. */
  public Mission {
    Objects.requireNonNull(checkpoint, "checkpoint");
    agreements = Collections.unmodifiableSortedMap(new TreeMap<>(agreements));
    Objects.requireNonNull(latestAgreement, "latestAgreement");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(fusion, "fusion");
    Objects.requireNonNull(fusionEntry, "fusionEntry");
    Objects.requireNonNull(cloudCover, "cloudCover");
    // spilled observations stay on disk: a copy would hold them all
    observations = observations instanceof SpilledObservations ? observations : List.copyOf(observations);
    alsoReadFrom = Collections.unmodifiableSortedMap(new TreeMap<>(alsoReadFrom));
    rejects = List.copyOf(rejects);
    entries = List.copyOf(entries);
    actions = List.copyOf(actions);
    Objects.requireNonNull(siteBaseline, "siteBaseline");
    Objects.requireNonNull(vesselFixes, "vesselFixes");
  }

  /** A mission with every observation among {@code observations} (no AIS fixes held apart). */
  public Mission(Checkpoint checkpoint, SortedMap<String, LedgerAgreement> agreements,
      Optional<LedgerAgreement> latestAgreement, SourceDirectory sources, FusionParameters fusion,
      Optional<String> fusionEntry, CloudCover cloudCover, List<Observation> observations, long repeats,
      long pixelCopies, long replaced, SortedMap<ObservationId, List<Provenance>> alsoReadFrom, List<Reject> rejects,
      List<EntryReading> entries, List<ActionRecord> actions, SiteBaselineDetections siteBaseline) {
    this(checkpoint, agreements, latestAgreement, sources, fusion, fusionEntry, cloudCover, observations, repeats,
        pixelCopies, replaced, alsoReadFrom, rejects, entries, actions, siteBaseline,
        new AisFixes(new AisObservationReader()));
  }

  /** How many distinct observations the mission holds: {@code observations} and {@code vesselFixes}. */
  public long observationCount() {
    return observations.size() + vesselFixes.store().size();
  }

  /**
   * Deletes the file the observations were spilled to, if they were; they cannot be read after.
   * A mission not closed has its file deleted once unreachable, or at exit.
   */
  @Override
  public void close() {
    if (observations instanceof SpilledObservations s) {
      s.close();
    }
  }

  /** The agreement the ledger holds with this SHA-256, if it holds one. */
  public Optional<LedgerAgreement> agreement(String sha256) {
    return Optional.ofNullable(agreements.get(sha256));
  }
}
