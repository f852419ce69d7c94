package org.trucewatch.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.fuse.IncrementalFuser;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.SourceDirectory;

/**
 * The {@link Pipeline} for a growing set of observations, doing again only what new evidence
 * changes: observations of every kind but the sea's are enriched once and fused one at a time
 * ({@link IncrementalFuser}); the sea layer keeps each ship's track across runs and runs the
 * detectors again only for ships with new fixes, on the part of the track the new fixes can change
 * ({@link IncrementalSeaLayer}), and its few detections (which a new fix can change or withdraw)
 * are fused again as a batch; an incident whose members did not change keeps its findings. The result equals {@link Pipeline#run} over the same
 * observations: the live monitor's tests compare them.
 *
 * <p>That holds only while no fusion rule links a sea kind to another kind (the defaults do not);
 * under parameters that do, and whenever the sources or the parameters change, it starts over,
 * which costs what a batch run does. Not thread-safe.
 */
public final class IncrementalPipeline {
  private final Agreement agreement;
  private final ProvisionMatcher matcher;
  private SourceDirectory sources;
  private FusionParameters fusion;
  private IncrementalFuser fuser;
  private final Map<ObservationId, Boolean> added = new HashMap<>();
  private IncrementalSeaLayer sea;
  /** The observations of the last run when it went to the batch pipeline, else null. */
  private List<Observation> batchObservations;
  /** The sea observations enriched at the last run (detections come and go), by id. */
  private Map<ObservationId, EnrichedObservation> seaEnrichedBefore = new HashMap<>();
  private final Map<String, Incident> assessedIncident = new HashMap<>();
  private final Map<String, List<Finding>> assessedFindings = new HashMap<>();

  /** A pipeline for this agreement; sources and parameters come with each run. */
  public IncrementalPipeline(Agreement agreement) {
    this.agreement = agreement;
    this.matcher = new ProvisionMatcher(agreement);
  }

  /** Whether no rule links a sea kind with another kind, so the sea can be fused apart. */
  static boolean seaApart(FusionParameters p) {
    for (FusionParameters.KindPair pair : p.pairs().keySet()) {
      if (sea(pair.first()) != sea(pair.second())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sea(ObservationKind k) {
    return FusionParameters.SEA_KINDS.contains(k);
  }

  /**
   * Runs over {@code observations}, every observation read so far (earlier ones again, in any
   * order), with these sources and parameters.
   */
  public Pipeline.Result run(List<Observation> observations, SourceDirectory sources, FusionParameters fusion) {
    if (!seaApart(fusion)) {
      batchObservations = observations;
      return new Pipeline(agreement, sources, fusion).run(observations, Progress.SILENT);
    }
    batchObservations = null;
    if (fuser == null || !List.copyOf(sources.all()).equals(List.copyOf(this.sources.all())) || !fusion.equals(this.fusion)) {
      this.sources = sources;
      this.fusion = fusion;
      fuser = new IncrementalFuser(fusion, sources);
      added.clear();
      sea = new IncrementalSeaLayer(agreement, MaritimeRules.DEFAULTS);
      seaEnrichedBefore = new HashMap<>();
      assessedIncident.clear();
      assessedFindings.clear();
    }
    List<EnrichedObservation> seaEnriched = new ArrayList<>();
    Map<ObservationId, EnrichedObservation> enrichedNow = new HashMap<>();
    for (Observation o : observations) {
      Integer mmsi = IncrementalSeaLayer.mmsiOf(o);
      boolean fresh = added.putIfAbsent(o.id(), Boolean.TRUE) == null;
      if (mmsi != null && fresh) {
        sea.add(o, mmsi);
      }
      // as MaritimeDetection: plain vessel fixes stay in the tracks, everything else goes on
      if (o.kind() == ObservationKind.VESSEL && o.attributes().containsKey(VesselTrack.MMSI)) {
        continue;
      }
      if (sea(o.kind())) {
        seaEnriched.add(enrichedSea(o, enrichedNow));
      } else if (fresh) {
        fuser.add(matcher.enrich(o));
      }
    }
    for (Observation d : sea.detections()) {
      seaEnriched.add(enrichedSea(d, enrichedNow));
    }
    seaEnrichedBefore = enrichedNow;
    List<Incident> incidents = new ArrayList<>(fuser.incidents());
    incidents.addAll(new IncidentFuser(fusion, sources).fuse(seaEnriched));
    incidents.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    Assessor assessor = new Assessor(agreement, sources);
    List<Finding> findings = new ArrayList<>();
    Map<String, Incident> nowIncident = new HashMap<>();
    Map<String, List<Finding>> nowFindings = new HashMap<>();
    for (Incident i : incidents) {
      List<Finding> fs = Objects.equals(assessedIncident.get(i.id()), i) ? assessedFindings.get(i.id()) : assessor.assess(i);
      nowIncident.put(i.id(), i);
      nowFindings.put(i.id(), fs);
      findings.addAll(fs);
    }
    assessedIncident.clear();
    assessedIncident.putAll(nowIncident);
    assessedFindings.clear();
    assessedFindings.putAll(nowFindings);
    findings.sort(Comparator.comparing(Finding::time).thenComparing(Finding::id));
    // the enriched list is not kept: the live monitor reads incidents and findings only
    return new Pipeline.Result(List.of(), incidents, findings);
  }

  /**
   * The vessel tracks of the observations of the last {@link #run}, ascending MMSI, as {@link
   * VesselTrack#fromObservations} makes them (empty before the first run).
   */
  public List<VesselTrack> tracks() {
    if (batchObservations != null) {
      return VesselTrack.fromObservations(batchObservations, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots());
    }
    return sea == null ? List.of() : sea.tracks();
  }

  private EnrichedObservation enrichedSea(Observation o, Map<ObservationId, EnrichedObservation> now) {
    EnrichedObservation e = seaEnrichedBefore.get(o.id());
    if (e == null) {
      e = now.get(o.id());
    }
    if (e == null) {
      e = matcher.enrich(o);
    }
    now.put(o.id(), e);
    return e;
  }
}
