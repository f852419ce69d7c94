package org.trucewatch.engine.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.engine.IncrementalPipeline;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import java.util.TreeMap;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.lifecycle.FindingVersions;
import org.trucewatch.engine.lifecycle.IncidentLifecycles;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.engine.ingest.LedgerFormats;
import org.trucewatch.formats.fusion.FusionFileException;
import org.trucewatch.formats.fusion.FusionYamlReader;
import org.trucewatch.engine.replay.ObservationReaders;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.firms.FirmsSources;
import org.trucewatch.formats.sources.SourcesReadResult;
import org.trucewatch.formats.sources.SourcesYamlReader;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.LedgerEntry;

/**
 * The pipeline run continuously: reads the entries the store gained since the last refresh, and
 * recomputes incidents and findings over everything read so far.
 *
 * <p>The result depends only on the ledger's contents, never on when refreshes happen: it equals
 * what {@code trucewatch run} computes over the same ledger. Reading is incremental (each entry is
 * parsed once), and so are enrichment, fusion (of every layer but the sea's) and assessment (of
 * incidents whose members did not change), through {@link IncrementalPipeline}; the sea layer's
 * vessel tracks are still rebuilt at every refresh.
 *
 * <p>Thread-safety: {@link #refresh} is serialised; {@link #snapshot} may be called from any
 * thread and never blocks.
 */
public final class LiveMonitor {
  private final Agreement agreement;
  private final EvidenceStore store;
  // the constructor's, until a fusion file in the ledger replaces it (as a batch run reads it)
  private FusionParameters fusion;
  private final IncrementalPipeline pipeline;
  private final List<Consumer<Update>> listeners = new CopyOnWriteArrayList<>();

  private final List<Source> sources = new ArrayList<>(FirmsSources.defaults());
  private final List<Observation> observations = new ArrayList<>();
  private final Set<ObservationId> seen = new HashSet<>();
  private final List<ActionRecord> actions = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final Map<String, ObservationReader> readers = ObservationReaders.all();
  private final SourcesYamlReader sourcesReader = new SourcesYamlReader();
  private Checkpoint read = Checkpoint.EMPTY;
  private final FindingVersions versions = new FindingVersions();
  /** The latest version kept of each finding; read from the store at the first refresh. */
  private TreeMap<String, FindingVersion> latestVersions;
  private volatile LiveSnapshot snapshot;

  /**
   * What one refresh changed.
   *
   * @param snapshot the new snapshot
   * @param changes findings that are new, changed or withdrawn, sorted by finding id
   */
  public record Update(LiveSnapshot snapshot, List<FindingChange> changes) {
    /** Freezes the list. */
    public Update {
      Objects.requireNonNull(snapshot, "snapshot");
      changes = List.copyOf(changes);
    }
  }

  /** A monitor of this agreement over this store; call {@link #refresh} to read it. */
  public LiveMonitor(Agreement agreement, EvidenceStore store, FusionParameters fusion) {
    this.agreement = agreement;
    this.store = store;
    this.fusion = fusion;
    this.pipeline = new IncrementalPipeline(agreement);
    this.snapshot = LiveSnapshot.empty(new SourceDirectory(sources));
  }

  /** The agreement it checks against. */
  public Agreement agreement() {
    return agreement;
  }

  /** The latest snapshot. */
  public LiveSnapshot snapshot() {
    return snapshot;
  }

  /** Calls {@code listener} after every refresh that read new entries. */
  public void onUpdate(Consumer<Update> listener) {
    listeners.add(listener);
  }

  /**
   * Reads the entries the store gained and, if there were any, recomputes the findings and tells
   * the listeners what changed.
   */
  public synchronized LiveSnapshot refresh() {
    List<LedgerEntry> fresh = store.entriesAfter(read.entryCount());
    if (fresh.isEmpty()) {
      return snapshot;
    }
    for (LedgerEntry e : fresh) {
      readEntry(e);
      read = e.checkpoint();
    }
    observations.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    SourceDirectory directory = new SourceDirectory(sources);
    Pipeline.Result result = pipeline.run(observations, directory, fusion);
    LiveSnapshot before = snapshot;
    LiveSnapshot after =
        new LiveSnapshot(read, result.incidents(), result.findings(), actions, directory, rejects, observations,
            IncidentLifecycles.of(result.incidents(), actions));
    keepVersions(after);
    snapshot = after;
    List<FindingChange> changes = changes(before.findings(), after.findings());
    Update update = new Update(after, changes);
    for (Consumer<Update> l : listeners) {
      l.accept(update);
    }
    return after;
  }

  /** Stores a new version of every finding the refresh changed, before anyone is told of it. */
  private void keepVersions(LiveSnapshot s) {
    if (latestVersions == null) {
      latestVersions = new TreeMap<>(store.latestFindingVersions());
    }
    Map<ObservationId, String> sourceOf = new HashMap<>();
    for (Observation o : s.observations()) {
      sourceOf.put(o.id(), o.sourceId());
    }
    List<FindingVersion> fresh =
        versions.since(latestVersions, s.incidents(), s.findings(), s.lifecycles(), sourceOf, s.checkpoint());
    for (FindingVersion v : store.recordFindingVersions(fresh)) {
      latestVersions.put(v.findingId(), v);
    }
  }

  private void readEntry(LedgerEntry e) {
    byte[] raw = store.raw(e.seq());
    if (e.format().equals(ActionRecord.FORMAT)) {
      try {
        actions.add(ActionRecord.fromBytes(raw));
      } catch (IllegalArgumentException bad) {
        rejects.add(new Reject(e.name(), 0, "", "ledger entry " + e.seq() + ": " + bad.getMessage()));
      }
      return;
    }
    if (e.format().equals(LedgerFormats.FUSION)) {
      try {
        fusion = new FusionYamlReader().read(e.name(), raw);
      } catch (FusionFileException bad) {
        bad.problems().forEach(p -> rejects.add(new Reject(e.name(), 0, "", p)));
      }
      return;
    }
    if (e.format().equals("sources-yaml")) {
      SourcesReadResult r = sourcesReader.read(e.name(), raw);
      // SourceDirectory lets a later grade of a source replace an earlier one, as in a batch run.
      sources.addAll(r.sources());
      rejects.addAll(r.rejects());
      return;
    }
    ObservationReader reader = readers.get(e.format());
    if (reader == null) {
      rejects.add(new Reject(e.name(), 0, "", "ledger entry " + e.seq() + " has format '" + e.format()
          + "', which this version cannot read"));
      return;
    }
    ReadResult r = reader.read(e.name(), e.sha256(), raw);
    for (Observation o : r.observations()) {
      if (seen.add(o.id())) {
        observations.add(o);
      }
    }
    rejects.addAll(r.rejects());
  }

  /** New, changed and withdrawn findings between two lists, sorted by finding id. */
  static List<FindingChange> changes(List<Finding> before, List<Finding> after) {
    Map<String, Finding> old = new HashMap<>();
    for (Finding f : before) {
      old.put(f.id(), f);
    }
    List<FindingChange> out = new ArrayList<>();
    Set<String> still = new HashSet<>();
    for (Finding f : after) {
      still.add(f.id());
      Finding was = old.get(f.id());
      if (was == null) {
        out.add(new FindingChange(FindingChange.Kind.NEW, f));
      } else if (!was.equals(f)) {
        out.add(new FindingChange(FindingChange.Kind.CHANGED, f));
      }
    }
    for (Finding f : before) {
      if (!still.contains(f.id())) {
        out.add(new FindingChange(FindingChange.Kind.WITHDRAWN, f));
      }
    }
    out.sort(Comparator.comparing((FindingChange c) -> c.finding().id()));
    return out;
  }
}
