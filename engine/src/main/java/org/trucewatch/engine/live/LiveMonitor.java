package org.trucewatch.engine.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.engine.IncrementalPipeline;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.lifecycle.FindingVersions;
import org.trucewatch.engine.lifecycle.IncidentLifecycles;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.engine.mission.SiteBaselines;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.ledger.LedgerEntry;

/**
 * The pipeline run continuously: reads the entries the store gained since the last refresh, and
 * recomputes incidents and findings over everything read so far.
 *
 * <p>The result depends only on the ledger's contents, never on when refreshes happen: it equals
 * what {@code trucewatch run} computes over the same ledger, which both read through the same fold
 * ({@link MissionFold}), one entry at a time, each entry parsed once. Enrichment, fusion (of every
 * layer but the sea's), the sea layer's tracks and detections (per ship with new fixes) and
 * assessment (of incidents whose members did not change) are incremental too, through {@link
 * IncrementalPipeline}.
 *
 * <p>Thread-safety: {@link #refresh} is serialised; {@link #snapshot} may be called from any
 * thread and never blocks.
 */
public final class LiveMonitor {
  private final Agreement agreement;
  private final EvidenceStore store;
  // the one reading of the ledger every runner shares; the constructor's fusion parameters are in
  // force until a fusion file in the ledger replaces them (as a batch run reads it)
  private final MissionFold fold;
  private IncrementalPipeline pipeline;
  private long replaced;
  private final List<Consumer<Update>> listeners = new CopyOnWriteArrayList<>();
  private final FindingVersions versions = new FindingVersions();
  /** The latest version kept of each finding; read from the store at the first refresh. */
  private TreeMap<String, FindingVersion> latestVersions;
  private org.trucewatch.core.thermal.SiteActivityBaseline siteBaseline;
  private int siteBaselineSize = -1;
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

  /**
   * A monitor of this agreement over this store, fusing by {@code fusion} until the ledger holds a
   * fusion file; call {@link #refresh} to read it.
   */
  public LiveMonitor(Agreement agreement, EvidenceStore store, FusionParameters fusion) {
    this.agreement = agreement;
    this.store = store;
    this.fold = new MissionFold(fusion, Progress.SILENT);
    this.pipeline = new IncrementalPipeline(agreement);
    this.snapshot = LiveSnapshot.empty(fold.mission().sources());
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
    // the fold's own checkpoint, not the snapshot's: no entry is read twice, even after a failed refresh
    List<LedgerEntry> fresh = store.entriesAfter(fold.checkpoint().entryCount());
    if (fresh.isEmpty()) {
      return snapshot;
    }
    for (LedgerEntry e : fresh) {
      fold.read(e, store.raw(e.seq()));
    }
    Mission mission = fold.mission();
    if (mission.replaced() != replaced) {
      // a standard product's copy took the place of a pixel already fused: fusion cannot take an
      // observation back, so it starts over (what a batch run costs)
      replaced = mission.replaced();
      pipeline = new IncrementalPipeline(agreement);
    }
    Pipeline.Result result;
    List<VesselTrack> tracks;
    if (mission.siteBaseline().isEmpty()) {
      result = pipeline.run(mission.observations(), mission.sources(), mission.fusion());
      tracks = pipeline.tracks();
    } else {
      // the site rule weighs each site-day's detections against the site's normal activity, which a
      // new detection can move across the bound: with a site baseline the refresh is a batch run
      if (siteBaseline == null || siteBaselineSize != mission.siteBaseline().size()) {
        siteBaseline = SiteBaselines.of(agreement, mission.siteBaseline(), 0);
        siteBaselineSize = mission.siteBaseline().size();
      }
      result = new Pipeline(agreement, mission.sources(), mission.fusion(), siteBaseline)
          .run(mission.observations(), Progress.SILENT);
      tracks = VesselTrack.fromObservations(mission.observations(), MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots());
    }
    LiveSnapshot before = snapshot;
    LiveSnapshot after =
        new LiveSnapshot(mission.checkpoint(), result.incidents(), result.findings(), mission.actions(), mission.sources(),
            mission.rejects(), mission.observations(), IncidentLifecycles.of(result.incidents(), mission.actions()),
            tracks);
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
