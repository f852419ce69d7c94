package org.trucewatch.engine.replay;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.formats.Reject;
import org.trucewatch.ledger.Checkpoint;

/**
 * Everything read back from a ledger: the sources it declares, its observations (each once,
 * sorted by event time then id), every reject, and the checkpoint it was read up to.
 *
 * @param sources built-in sources plus those declared in the ledger, later declarations winning
 * @param observations distinct observations, sorted by event time then id
 * @param repeats observations dropped because the same content was already read
 * @param pixelCopies satellite detections dropped because the same pixel (satellite, time,
 *     footprint) was already read with other content: the NRT and the standard product
 * @param alsoReadFrom for each kept observation read more than once, where the other copies were
 *     read from (see {@link org.trucewatch.core.thermal.DetectionDeduplicator})
 * @param rejects rejected lines and records, in ledger order
 * @param entries what each entry gave
 * @param checkpoint the last entry read
 * @param cloudCover the cloud cover of the ledger's cloud-cover entries, later entries winning;
 *     {@link CloudCover#NONE} when there is none
 * @param actions analyst and administrative actions ({@code action-json} entries), in ledger order
 * @param fusion the fusion parameters in force: the latest fusion file in the ledger, else the defaults
 * @param siteBaseline the detections of the ledger's site-baseline entries ({@code run
 *     --site-baseline}); empty when there are none
 */
public record LedgerContents(
    SourceDirectory sources,
    List<Observation> observations,
    long repeats,
    long pixelCopies,
    SortedMap<ObservationId, List<Provenance>> alsoReadFrom,
    List<Reject> rejects,
    List<EntryReading> entries,
    Checkpoint checkpoint,
    CloudCover cloudCover,
    List<org.trucewatch.engine.ingest.ActionRecord> actions,
    org.trucewatch.core.fuse.FusionParameters fusion,
    SiteBaselineDetections siteBaseline) {
  /** Freezes the lists. */
  public LedgerContents {
    observations = List.copyOf(observations);
    alsoReadFrom = Collections.unmodifiableSortedMap(new TreeMap<>(alsoReadFrom));
    rejects = List.copyOf(rejects);
    entries = List.copyOf(entries);
    actions = List.copyOf(actions);
    java.util.Objects.requireNonNull(fusion, "fusion");
  }
}
