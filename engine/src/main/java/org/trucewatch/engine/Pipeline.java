package org.trucewatch.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.fuse.StreamingFuser;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.core.thermal.SiteActivityBaseline;
import org.trucewatch.core.thermal.SiteActivityRule;

/**
 * Runs core's operators in order over a batch of observations: the sea layer (vessel tracks and
 * their detectors), enrich, fuse, assess. Pure: the same agreement, sources and observations give
 * the same result.
 */
public final class Pipeline {
  private final Agreement agreement;
  private final SourceDirectory sources;
  private final FusionParameters fusion;
  private final SiteActivityBaseline siteBaseline;

  /** A pipeline for this agreement and these sources, without a site baseline. */
  public Pipeline(Agreement agreement, SourceDirectory sources, FusionParameters fusion) {
    this(agreement, sources, fusion, SiteActivityBaseline.NONE);
  }

  /**
   * A pipeline whose protected sites count thermal detections only above their normal activity
   * ({@link SiteActivityRule}).
   */
  public Pipeline(Agreement agreement, SourceDirectory sources, FusionParameters fusion, SiteActivityBaseline siteBaseline) {
    this.agreement = agreement;
    this.sources = sources;
    this.fusion = fusion;
    this.siteBaseline = siteBaseline;
  }

  /**
   * The result of one batch.
   *
   * @param enriched every observation with what it touches
   * @param incidents incidents, sorted by start then id
   * @param findings findings, sorted by time then id
   */
  public record Result(List<EnrichedObservation> enriched, List<Incident> incidents, List<Finding> findings) {
    /** Freezes the lists. */
    public Result {
      enriched = List.copyOf(enriched);
      incidents = List.copyOf(incidents);
      findings = List.copyOf(findings);
    }
  }

  /** Runs the batch, reporting each stage. */
  public Result run(List<Observation> observations, Progress progress) {
    MaritimeDetection.Result sea = sea(observations);
    if (!sea.tracks().isEmpty()) {
      progress.report(String.format(java.util.Locale.ROOT, "sea: %,d vessel tracks, %,d detections (%s)",
          sea.tracks().size(), sea.detections().size(), kinds(sea.detections())));
    }
    return afterSea(sea.onward(), progress);
  }

  /**
   * The sea stage taken ship by ship: the tracks of the vessel fixes held apart ({@code fixTracks},
   * e.g. AIS in primitive columns) together with the vessel points among {@code observations}, and
   * their detections ({@link MaritimeDetection#detectShipByShip}). Only one ship's track is built at
   * a time.
   *
   * @param ships every ship's track, made on each call
   * @param detections the sea layer's detections, sorted by time then id
   */
  public record SeaByShip(ShipTracks ships, List<Observation> detections) {
    /** Freezes the list. */
    public SeaByShip {
      detections = List.copyOf(detections);
    }
  }

  /**
   * The sea stage over {@code observations} (sorted or not) and the vessel fixes held apart: equal
   * to {@link #sea}'s tracks and detections over the observations and the fixes' observations
   * together.
   */
  public SeaByShip seaByShip(List<Observation> observations, ShipTracks fixTracks) {
    ShipTracks ships = new CombinedShipTracks(fixTracks, observations, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots());
    return new SeaByShip(ships, new MaritimeDetection(MaritimeRules.DEFAULTS, agreement).detectShipByShip(ships));
  }

  /**
   * Runs the batch with the sea stage already taken ship by ship ({@link #seaByShip}): the same
   * result as {@link #run(List, Progress)} over the observations and the fixes' observations
   * together.
   *
   * @param observations the other observations, sorted by time then id
   * @param sea the sea stage over them and the fixes
   * @param fixesOnward the fixes' observations that go on as they are ({@code military-vessel}),
   *     sorted by time then id
   */
  public Result run(List<Observation> observations, SeaByShip sea, List<Observation> fixesOnward, Progress progress) {
    int tracks = sea.ships().mmsis().length;
    if (tracks > 0) {
      progress.report(String.format(java.util.Locale.ROOT, "sea: %,d vessel tracks, %,d detections (%s)",
          tracks, sea.detections().size(), kinds(sea.detections())));
    }
    java.util.Comparator<Observation> order =
        java.util.Comparator.comparing(Observation::eventTime).thenComparing(Observation::id);
    List<Observation> onward = new ArrayList<>(observations.size() + fixesOnward.size() + sea.detections().size());
    int j = 0;
    for (Observation o : observations) {
      if (o.kind() == ObservationKind.VESSEL && o.attributes().containsKey(VesselTrack.MMSI)) {
        continue;
      }
      while (j < fixesOnward.size() && order.compare(fixesOnward.get(j), o) < 0) {
        onward.add(fixesOnward.get(j++));
      }
      onward.add(o);
    }
    onward.addAll(fixesOnward.subList(j, fixesOnward.size()));
    onward.addAll(sea.detections());
    return afterSea(onward, progress);
  }

  /**
   * An incident as it closes in a streamed run, with its findings.
   *
   * @param incident the incident, complete
   * @param findings its findings, one per provision it may breach or alert on, in provision order
   */
  public record Assessed(Incident incident, List<Finding> findings) {
    /** Freezes the list. */
    public Assessed {
      findings = List.copyOf(findings);
    }
  }

  /**
   * What a streamed run counted.
   *
   * @param incidents incidents handed on
   * @param findings their findings
   */
  public record Streamed(long incidents, long findings) {}

  /**
   * The batch of {@link #run(List, SeaByShip, List, Progress)} taken as a stream: the observations
   * are enriched, fused ({@link StreamingFuser}) and assessed one at a time, and each incident goes
   * to {@code closed} with its findings as soon as no later observation can join it, so memory
   * holds the fusion window, not the mission. The incidents and findings are those of {@code run},
   * in the order they close: sort them (incidents by start then id, findings by time then id) for
   * its order. With a site baseline an incident waits until the UTC day of its latest member has
   * been counted whole.
   *
   * @param observations the other observations, sorted by time then id; iterated once
   * @param sea the sea stage over them and the fixes
   * @param fixesOnward the fixes' observations that go on as they are, sorted by time then id
   * @throws IllegalArgumentException when the observations are not in time order
   */
  public Streamed runStreaming(Iterable<Observation> observations, SeaByShip sea, List<Observation> fixesOnward,
      Progress progress, Consumer<Assessed> closed) {
    int tracks = sea.ships().mmsis().length;
    if (tracks > 0) {
      progress.report(String.format(java.util.Locale.ROOT, "sea: %,d vessel tracks, %,d detections (%s)",
          tracks, sea.detections().size(), kinds(sea.detections())));
    }
    ProvisionMatcher matcher = matcher();
    Assessor assessor = new Assessor(agreement, sources);
    SiteActivityRule.Counts siteDays = new SiteActivityRule(agreement, siteBaseline).counts();
    long[] findings = new long[1];
    Consumer<Incident> assess = incident -> {
      List<Finding> fs = assessor.assess(incident);
      findings[0] += fs.size();
      closed.accept(new Assessed(incident, fs));
    };
    // with a site baseline, a closed incident waits for its last day's count, then loses the touches held back
    ArrayDeque<Incident> waiting = new ArrayDeque<>();
    StreamingFuser fuser = new StreamingFuser(fusion, sources, siteBaseline.isEmpty() ? assess : waiting::add);
    long enriched = 0;
    long touching = 0;
    LocalDate today = null;
    for (Iterator<Observation> it = inOrder(observations, fixesOnward, sea.detections()); it.hasNext(); ) {
      Observation o = it.next();
      EnrichedObservation e = matcher.enrich(o);
      enriched++;
      if (!e.touches().isEmpty()) {
        touching++;
      }
      if (!siteBaseline.isEmpty()) {
        LocalDate day = LocalDate.ofInstant(o.eventTime(), ZoneOffset.UTC);
        if (!day.equals(today)) {
          today = day;
          release(waiting, day, siteDays, assess);
        }
        siteDays.add(e);
      }
      fuser.add(e);
    }
    fuser.finish();
    release(waiting, LocalDate.MAX, siteDays, assess);
    progress.report(String.format(java.util.Locale.ROOT, "enrich: %,d observations, %,d within a provision's area", enriched, touching));
    if (!siteBaseline.isEmpty()) {
      reportSiteDays(siteDays.siteDays(), progress);
    }
    progress.report(String.format(java.util.Locale.ROOT, "fuse: %,d incidents", fuser.closedCount()));
    progress.report(String.format(java.util.Locale.ROOT, "assess: %,d findings", findings[0]));
    return new Streamed(fuser.closedCount(), findings[0]);
  }

  /** Assesses the waiting incidents whose latest member's day lies before {@code day}: its count is whole. */
  private void release(ArrayDeque<Incident> waiting, LocalDate day, SiteActivityRule.Counts counts,
      Consumer<Incident> assess) {
    IncidentFuser builder = new IncidentFuser(fusion, sources);
    for (Iterator<Incident> it = waiting.iterator(); it.hasNext(); ) {
      Incident i = it.next();
      if (LocalDate.ofInstant(i.end(), ZoneOffset.UTC).isBefore(day)) {
        it.remove();
        List<EnrichedObservation> members = new ArrayList<>(i.members().size());
        boolean changed = false;
        for (EnrichedObservation m : i.members()) {
          EnrichedObservation kept = counts.apply(m);
          changed |= kept != m;
          members.add(kept);
        }
        assess.accept(changed ? builder.incidentOf(members) : i);
      }
    }
  }

  private static void reportSiteDays(List<SiteActivityRule.SiteDay> siteDays, Progress progress) {
    long heldBack = siteDays.stream().filter(d -> !d.above()).count();
    progress.report(String.format(java.util.Locale.ROOT,
        "site baseline: %,d site-days with thermal detections, %,d at or below the site's normal bound held back",
        siteDays.size(), heldBack));
    for (SiteActivityRule.SiteDay d : siteDays) {
      if (!d.above()) {
        progress.report(String.format(java.util.Locale.ROOT, "site baseline: held back %s %s: %d detection%s, normal bound %d",
            d.site(), d.day(), d.detections(), d.detections() == 1 ? "" : "s", d.bound()));
      }
    }
  }

  /**
   * The observations that go on past the sea stage, in time then id order: the others without
   * their AIS track points, the fixes' onward observations and the sea layer's detections, merged.
   */
  private static Iterator<Observation> inOrder(Iterable<Observation> observations, List<Observation> fixesOnward,
      List<Observation> detections) {
    Iterator<Observation> others = new Iterator<>() {
      private final Iterator<Observation> all = observations.iterator();
      private Observation next = advance();

      private Observation advance() {
        while (all.hasNext()) {
          Observation o = all.next();
          if (!(o.kind() == ObservationKind.VESSEL && o.attributes().containsKey(VesselTrack.MMSI))) {
            return o;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Observation next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Observation o = next;
        next = advance();
        return o;
      }
    };
    return merged(merged(others, fixesOnward.iterator()), detections.iterator());
  }

  /** Two iterators in time then id order merged into one; on a tie the first's element comes first. */
  private static Iterator<Observation> merged(Iterator<Observation> a, Iterator<Observation> b) {
    return new Iterator<>() {
      private Observation x = a.hasNext() ? a.next() : null;
      private Observation y = b.hasNext() ? b.next() : null;

      @Override
      public boolean hasNext() {
        return x != null || y != null;
      }

      @Override
      public Observation next() {
        Observation out;
        if (y == null || (x != null && ORDER.compare(x, y) <= 0)) {
          if (x == null) {
            throw new java.util.NoSuchElementException();
          }
          out = x;
          x = a.hasNext() ? a.next() : null;
        } else {
          out = y;
          y = b.hasNext() ? b.next() : null;
        }
        return out;
      }
    };
  }

  private static final Comparator<Observation> ORDER =
      Comparator.comparing(Observation::eventTime).thenComparing(Observation::id);

  private Result afterSea(List<Observation> observations, Progress progress) {
    ProvisionMatcher matcher = matcher();
    List<EnrichedObservation> enriched = new ArrayList<>(observations.size());
    long touching = 0;
    for (Observation o : observations) {
      EnrichedObservation e = matcher.enrich(o);
      if (!e.touches().isEmpty()) {
        touching++;
      }
      enriched.add(e);
    }
    progress.report(String.format(java.util.Locale.ROOT, "enrich: %,d observations, %,d within a provision's area", enriched.size(), touching));
    if (!siteBaseline.isEmpty()) {
      SiteActivityRule.Result rule = new SiteActivityRule(agreement, siteBaseline).apply(enriched);
      enriched = new ArrayList<>(rule.enriched());
      reportSiteDays(rule.siteDays(), progress);
    }
    List<Incident> incidents = fuse(enriched);
    progress.report(String.format(java.util.Locale.ROOT, "fuse: %,d incidents", incidents.size()));
    List<Finding> findings = assess(incidents);
    progress.report(String.format(java.util.Locale.ROOT, "assess: %,d findings", findings.size()));
    return new Result(enriched, incidents, findings);
  }

  /**
   * The sea stage: AIS track points (observations with an {@code mmsi}) become tracks, and the
   * detections go on in place of the plain track points ({@link MaritimeDetection.Result#onward}).
   * Only observations with an {@code mmsi} make tracks, so those alone give the same tracks and
   * detections.
   */
  public MaritimeDetection.Result sea(List<Observation> observations) {
    return new MaritimeDetection(MaritimeRules.DEFAULTS, agreement).run(observations);
  }

  /** The enrich stage's matcher: {@link ProvisionMatcher#enrich} per observation; one per thread. */
  public ProvisionMatcher matcher() {
    return new ProvisionMatcher(agreement);
  }

  /**
   * The fuse stage: incidents of the enriched observations (given in the order of {@link
   * MaritimeDetection.Result#onward}), sorted by start then id.
   */
  public List<Incident> fuse(List<EnrichedObservation> enriched) {
    // every layer in one pass: kind compatibility keeps a hot spot from a ship's loitering, and
    // air-layer detections fuse by class and place over days (see FusionParameters)
    return new IncidentFuser(fusion, sources).fuse(enriched);
  }

  /** The assess stage: the findings of these incidents, sorted by time then id. */
  public List<Finding> assess(List<Incident> incidents) {
    return new Assessor(agreement, sources).assess(incidents);
  }

  private static String kinds(List<Observation> detections) {
    java.util.TreeMap<String, Integer> n = new java.util.TreeMap<>();
    for (Observation o : detections) {
      n.merge(o.kind().code(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    n.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
    return sb.length() == 0 ? "none" : sb.toString();
  }
}
