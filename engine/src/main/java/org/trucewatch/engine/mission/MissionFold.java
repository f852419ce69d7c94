package org.trucewatch.engine.mission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.core.thermal.DistinctDetections;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.ais.AisFixes;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.firms.FirmsSources;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.LedgerView;

/**
 * The one reading of a ledger: takes entries one at a time, in ledger order, and gives the {@link
 * Mission} they make at any point. Observations, sources, the agreement, the fusion file, cloud
 * cover, refusals and actions enter every runner's pipeline only through here, so outputs rest on
 * nothing the ledger does not hold, and every runner reads the same ledger the same way.
 *
 * <p>Memory: an entry's bytes are dropped once it is read; what is kept is what the mission is
 * made of (distinct observations, where their copies came from, rejects, actions, sources, the
 * agreements' text). An entry of observations is read a batch of rows at a time ({@link
 * LedgerEntryReader#readObservations}), each observation kept or dropped as it comes. With {@code
 * spillObservations} the kept observations go to a temporary file ({@link SpilledDetections}), a
 * few primitives each held in memory, and a FIRMS entry read from a ledger is read through its
 * stream, never held whole. Not thread-safe.
 */
public final class MissionFold implements AutoCloseable {
  private final LedgerEntryReader reader = new LedgerEntryReader();
  private final Progress progress;
  private final List<Source> sources = new ArrayList<>(FirmsSources.defaults());
  private final DistinctDetections observations = new DistinctDetections();
  // the kept observations on disk instead, when the runner takes them in one pass at a time
  private final SpilledDetections spilled;
  private final SharedValues shared = new SharedValues();
  private final TreeMap<String, LedgerAgreement> agreements = new TreeMap<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final List<EntryReading> entries = new ArrayList<>();
  private final List<ActionRecord> actions = new ArrayList<>();
  private LedgerAgreement latestAgreement;
  private FusionParameters fusion;
  private String fusionEntry;
  private CloudCover cloudCover = CloudCover.NONE;
  private Checkpoint checkpoint = Checkpoint.EMPTY;
  // normal years for the site rule: positions and days kept as primitive arrays, not observations
  private final SiteBaselineDetections.Builder siteBaseline = new SiteBaselineDetections.Builder();
  // AIS position reports as primitive columns per ship when the runner takes tracks ship by ship
  private final boolean compactVessels;
  private final AisObservationReader aisReader = new AisObservationReader();
  private final FirmsCsvReader firmsReader = new FirmsCsvReader();
  private final AisFixes vesselFixes = new AisFixes(aisReader);
  private long vesselRepeats;
  private final TreeMap<ObservationId, List<Provenance>> vesselCopies = new TreeMap<>();

  /** A fold of no entries yet, fusing by {@link FusionParameters#DEFAULT} until a fusion file comes. */
  public MissionFold() {
    this(FusionParameters.DEFAULT, Progress.SILENT);
  }

  /** A fold fusing by {@code defaults} until a fusion file comes, reporting each entry it reads. */
  public MissionFold(FusionParameters defaults, Progress progress) {
    this(defaults, progress, false);
  }

  /**
   * A fold as {@link #MissionFold(FusionParameters, Progress)}; with {@code compactVessels}, AIS
   * entries go into {@link Mission#vesselFixes} (primitive columns per ship, about 60 bytes a fix)
   * instead of {@link Mission#observations}, for a runner that takes vessel tracks ship by ship
   * ({@code RunOutputs}): a month of a sea's traffic then fits in a default heap.
   */
  public MissionFold(FusionParameters defaults, Progress progress, boolean compactVessels) {
    this(defaults, progress, compactVessels, false);
  }

  /**
   * A fold as {@link #MissionFold(FusionParameters, Progress, boolean)}; with {@code
   * spillObservations}, the kept observations are held in a temporary file, not as objects (about 60
   * bytes of memory each instead of 1.3 kB), and {@link Mission#observations} reads them from a file
   * of its own, decoding each anew at every pass: for a runner that passes over them a few times
   * ({@code RunOutputs}), so that years of detections fit in a default heap. Close the fold to
   * delete its file.
   */
  public MissionFold(FusionParameters defaults, Progress progress, boolean compactVessels, boolean spillObservations) {
    this.fusion = defaults;
    this.progress = progress;
    this.compactVessels = compactVessels;
    this.spilled = spillObservations ? new SpilledDetections() : null;
  }

  /** The mission of the ledger's entries up to and including {@code lastSeq}. */
  public static Mission of(LedgerView ledger, long lastSeq, Progress progress) {
    return of(ledger, lastSeq, progress, false);
  }

  /**
   * The mission of the ledger's entries up to and including {@code lastSeq}; with {@code
   * compactVessels}, its AIS fixes held compactly ({@link #MissionFold(FusionParameters, Progress, boolean)}).
   */
  public static Mission of(LedgerView ledger, long lastSeq, Progress progress, boolean compactVessels) {
    return of(ledger, lastSeq, progress, compactVessels, false);
  }

  /**
   * The mission of the ledger's entries up to and including {@code lastSeq}; with {@code
   * compactVessels} its AIS fixes held compactly, with {@code spillObservations} its other
   * observations in a temporary file ({@link #MissionFold(FusionParameters, Progress, boolean,
   * boolean)}), deleted when the mission is {@linkplain Mission#close() closed}.
   */
  public static Mission of(LedgerView ledger, long lastSeq, Progress progress, boolean compactVessels,
      boolean spillObservations) {
    try (MissionFold fold = new MissionFold(FusionParameters.DEFAULT, progress, compactVessels, spillObservations)) {
      for (LedgerEntry e : ledger.entries()) {
        if (e.seq() > lastSeq) {
          break;
        }
        fold.read(e, ledger);
      }
      return fold.mission();
    }
  }

  /**
   * Reads the next ledger entry from {@code ledger}. An AIS entry held compactly, and a FIRMS entry
   * when observations are spilled, is read through its stream ({@link LedgerView#open}), line by
   * line, so the entry is never held whole (a month of a sea's traffic in one file is half a
   * gigabyte, years of fire detections a few hundred megabytes); any other by its bytes.
   *
   * @throws org.trucewatch.ledger.LedgerException naming the entry if its bytes are not the ones
   *     it records
   */
  public void read(LedgerEntry e, LedgerView ledger) {
    boolean vessels = compactVessels && AisObservationReader.FORMAT.equals(e.format());
    boolean fires = spilled != null && FirmsCsvReader.FORMAT.equals(e.format());
    if (!vessels && !fires) {
      read(e, ledger.raw(e.seq()));
      return;
    }
    try (InputStream in = ledger.open(e.seq())) {
      if (vessels) {
        readVessels(e.seq(), e.name(), e.format(), e.sha256(), in);
      } else {
        Taking taken = new Taking();
        List<Reject> read = firmsReader.read(e.name(), e.sha256(), in, taken);
        // a file rejected at its header is not read to its end, and the stream checks the bytes there
        in.transferTo(OutputStream.nullOutputStream());
        noteObservations(e.seq(), e.name(), e.format(), e.sha256(), taken, read);
      }
    } catch (IOException x) {
      throw new UncheckedIOException(ledger.location() + ": could not read entry " + e.seq() + " (" + e.name() + ")", x);
    }
    checkpoint = e.checkpoint();
  }

  /** Reads the next ledger entry, whose bytes are {@code raw}. */
  public void read(LedgerEntry e, byte[] raw) {
    read(e.seq(), e.name(), e.format(), e.sha256(), raw);
    checkpoint = e.checkpoint();
  }

  /**
   * Reads an entry not taken from a ledger (the Flink job's agreement and fusion file): named,
   * with its format, hash and bytes; {@code seq} 0 when it has none.
   */
  public void read(long seq, String name, String format, String sha256, byte[] raw) {
    EntryContent content;
    if (compactVessels && AisObservationReader.FORMAT.equals(format)) {
      try {
        readVessels(seq, name, format, sha256, new ByteArrayInputStream(raw));
      } catch (IOException x) {
        throw new UncheckedIOException("reading bytes in memory", x);
      }
      return;
    }
    Taking taken = new Taking();
    Optional<List<Reject>> streamed = reader.readObservations(name, format, sha256, raw, taken);
    if (streamed.isPresent()) {
      noteObservations(seq, name, format, sha256, taken, streamed.get());
      return;
    }
    ReducedNote reducedNote = new ReducedNote();
    content = reader.read(seq, name, format, sha256, raw);
    long nObs = 0;
    long nSources = 0;
    String reduced = "";
    if (content instanceof EntryContent.Observations o) {
      // no reader gives these: observation entries were read above, as they came
      o.observations().forEach(this::add);
      nObs = o.observations().size();
      o.observations().forEach(reducedNote::add);
      reduced = reducedNote.text();
    } else if (content instanceof EntryContent.Sources s) {
      // SourceDirectory lets a later grade of a source replace an earlier one
      sources.addAll(s.sources());
      nSources = s.sources().size();
    } else if (content instanceof EntryContent.AgreementText a) {
      agreements.put(a.agreement().sha256(), a.agreement());
      latestAgreement = a.agreement();
    } else if (content instanceof EntryContent.Fusion f && f.parameters().isPresent()) {
      // a later fusion file replaces an earlier one; a bad one changes nothing
      fusion = f.parameters().get();
      fusionEntry = f.name();
    } else if (content instanceof EntryContent.Clouds c) {
      cloudCover = cloudCover.updatedBy(c.cover());
    } else if (content instanceof EntryContent.SiteBaseline b) {
      siteBaseline.addAll(b.rows());
    } else if (content instanceof EntryContent.Action a) {
      a.action().ifPresent(actions::add);
    }
    rejects.addAll(content.rejects());
    long nRejects = content.rejects().size();
    entries.add(new EntryReading(seq, name, format, sha256, nObs, nSources, nRejects));
    progress.report(String.format(Locale.ROOT, "read ledger entry %d %s: %,d observations, %,d sources, %,d rejects%s",
        seq, name, nObs, nSources, nRejects, reduced));
  }

  /** Keeps each observation of an entry as it comes, counting them and noting the reduced ones. */
  private final class Taking implements Consumer<Observation> {
    private final ReducedNote reducedNote = new ReducedNote();
    private long count;

    @Override
    public void accept(Observation o) {
      count++;
      reducedNote.add(o);
      add(o);
    }
  }

  /** Notes an entry of observations read: what {@code taken} kept and the entry's rejects. */
  private void noteObservations(long seq, String name, String format, String sha256, Taking taken, List<Reject> read) {
    rejects.addAll(read);
    entries.add(new EntryReading(seq, name, format, sha256, taken.count, 0, read.size()));
    progress.report(String.format(Locale.ROOT, "read ledger entry %d %s: %,d observations, %,d sources, %,d rejects%s",
        seq, name, taken.count, 0, read.size(), taken.reducedNote.text()));
  }

  /** Keeps {@code o} unless a copy of it is kept already (the standard product's copy replacing the NRT's). */
  private void add(Observation o) {
    if (spilled != null) {
      // decoded strings are shared through the codec's table: nothing to share here
      spilled.add(o);
    } else {
      observations.add(shared.share(o));
    }
  }

  /** An AIS entry's position reports into the compact fixes, read from {@code in}. */
  private void readVessels(long seq, String name, String format, String sha256, InputStream in) throws IOException {
    long before = vesselFixes.store().size();
    List<Reject> read = aisReader.readFixes(name, sha256, in, vesselFixes);
    rejects.addAll(read);
    long nFixes = vesselFixes.store().size() - before;
    entries.add(new EntryReading(seq, name, format, sha256, nFixes, 0, read.size()));
    progress.report(String.format(Locale.ROOT, "read ledger entry %d %s: %,d observations, %,d sources, %,d rejects",
        seq, name, nFixes, 0, read.size()));
  }

  /** The last ledger entry read: where the next {@link #read(LedgerEntry, byte[])} follows on. */
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  /** The mission of the entries read so far. O(n log n) in the observations held. */
  public Mission mission() {
    List<Observation> kept;
    TreeMap<ObservationId, List<Provenance>> alsoReadFrom;
    long repeats;
    long pixelCopies;
    long replaced;
    if (spilled != null) {
      // a file of the mission's own, in order: the fold may read on and spill more
      kept = spilled.sorted();
      alsoReadFrom = new TreeMap<>(spilled.alsoReadFrom());
      repeats = spilled.repeats();
      pixelCopies = spilled.pixelCopies();
      replaced = spilled.replaced();
    } else {
      kept = new ArrayList<>(observations.kept());
      kept.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
      alsoReadFrom = new TreeMap<>(observations.alsoReadFrom());
      repeats = observations.repeats();
      pixelCopies = observations.pixelCopies();
      replaced = observations.replaced();
    }
    // AIS copies are dropped here, once all is read, as DistinctDetections drops them on arrival
    vesselRepeats += vesselFixes.dropRepeats((id, p) -> vesselCopies.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
    vesselCopies.forEach(alsoReadFrom::put);
    return new Mission(checkpoint, agreements, Optional.ofNullable(latestAgreement), new SourceDirectory(sources), fusion,
        Optional.ofNullable(fusionEntry), cloudCover, kept, repeats + vesselRepeats,
        pixelCopies, replaced, alsoReadFrom, rejects, entries, actions,
        siteBaseline.build(), vesselFixes);
  }

  /** Deletes the fold's spill file, if it has one; the missions it gave keep theirs. */
  @Override
  public void close() {
    if (spilled != null) {
      spilled.close();
    }
  }
}
