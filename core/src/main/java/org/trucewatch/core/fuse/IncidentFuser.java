package org.trucewatch.core.fuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.SourceDirectory;

/**
 * The fuse operator over a whole batch: groups observations of all layers that may be one event
 * into incidents.
 *
 * <p>Two observations are linked when {@link FusionParameters} gives their pair of kinds a link
 * (kind compatibility: a hot spot and a strike report may be one event, a hot spot and a ship's
 * detention never), their event times differ by at most its window (widened by their time
 * uncertainties, attribute {@value #TIME_UNCERTAINTY}, up to a cap), and the geodesic distance
 * between their centres is at most its link distance, widened by their location uncertainties: the
 * stated one plus a footprint's half-width (a FIRMS pixel, a drone frame), up to the rule's cap.
 * Incidents are the connected groups (single linkage), so the result depends neither on input order
 * nor on arrival order: {@link IncrementalFuser} gives the same incidents one observation at a
 * time. Observations whose kind shows no activity and that report no casualties (plain vessel
 * positions, say) form no incident.
 *
 * <p>Cost: O(n log n) for the index plus the candidates each query returns. Deterministic:
 * incidents come out sorted by start time, then id.
 */
public final class IncidentFuser {
  /** Attribute giving how far an observation's event time may be off, seconds (reports, ACLED). */
  public static final String TIME_UNCERTAINTY = "time_uncertainty_s";

  private final FusionParameters parameters;
  private final SourceDirectory sources;

  /** A fuser with these parameters, judging the independence of origins from the directory. */
  public IncidentFuser(FusionParameters parameters, SourceDirectory sources) {
    this.parameters = parameters;
    this.sources = sources;
  }

  /** The parameters it links by. */
  public FusionParameters parameters() {
    return parameters;
  }

  /** Whether an observation can be part of an incident. */
  public static boolean eventful(Observation o) {
    return !o.kind().activities().isEmpty() || o.casualties().any();
  }

  /** Fuses the observations into incidents, sorted by start then id. */
  public List<Incident> fuse(List<EnrichedObservation> observations) {
    List<FusionPoint> pts = new ArrayList<>();
    Set<ObservationId> seen = new HashSet<>();
    for (EnrichedObservation e : observations) {
      // the same content twice (a repeated file) is one observation
      if (eventful(e.observation()) && seen.add(e.observation().id())) {
        pts.add(FusionPoint.of(e));
      }
    }
    pts.sort(Comparator.comparingLong(FusionPoint::epochSecond).thenComparing(p -> p.observation().id()));
    int n = pts.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    double reach = parameters.maxReachMetres();
    // Points are in time order and no rule links two further apart than the time reach, so each
    // point's candidates lie in its own block of that length or the next: one spatial index per
    // block, two alive at a time, keeps the work linear in the mission's length.
    long block = Math.max(1, parameters.maxTimeReachSeconds());
    TimeBlock current = TimeBlock.of(pts, 0, block);
    TimeBlock next = TimeBlock.of(pts, current.end(), block);
    for (int i = 0; i < n; i++) {
      if (i == current.end()) {
        current = next;
        next = TimeBlock.of(pts, current.end(), block);
      }
      FusionPoint p = pts.get(i);
      Envelope around = p.around(reach);
      for (TimeBlock b : List.of(current, next)) {
        @SuppressWarnings("unchecked")
        List<Integer> candidates = b.index().query(around);
        for (int j : candidates) {
          if (j > i && find(parent, i) != find(parent, j) && p.linked(pts.get(j), parameters)) {
            union(parent, i, j);
          }
        }
      }
    }
    TreeMap<Integer, List<EnrichedObservation>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(pts.get(i).enriched());
    }
    List<Incident> incidents = new ArrayList<>();
    for (List<EnrichedObservation> g : groups.values()) {
      incidents.add(incidentOf(g));
    }
    incidents.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    return incidents;
  }

  /** Builds the incident of one group of observations; the group may come in any order. */
  public Incident incidentOf(List<EnrichedObservation> group) {
    List<EnrichedObservation> members = new ArrayList<>(group);
    members.sort(Comparator.comparing((EnrichedObservation e) -> e.observation().eventTime())
        .thenComparing(e -> e.observation().id()));
    ObservationId anchor = members.get(0).observation().id();
    Instant start = members.get(0).observation().eventTime();
    Instant end = start;
    double sumLat = 0;
    double sumLon = 0;
    // start from unknown, not none: an incident whose reports say nothing of casualties has
    // unknown casualties; sensor detections carry none, so their incidents still say none
    Casualties casualties = Casualties.UNKNOWN;
    TreeSet<String> supporting = new TreeSet<>();
    TreeSet<String> denying = new TreeSet<>();
    for (EnrichedObservation m : members) {
      Observation o = m.observation();
      if (o.eventTime().isAfter(end)) {
        end = o.eventTime();
      }
      Coordinate c = o.representativeCoordinate();
      sumLat += c.y;
      sumLon += c.x;
      casualties = casualties.combine(o.casualties());
      (Stance.of(o) == Stance.SUPPORTS ? supporting : denying).add(Origin.keyOf(o, sources));
    }
    denying.removeAll(supporting);
    // members lie within a few kilometres of each other, so the arithmetic mean is a fine centre
    Coordinate centre = new Coordinate(sumLon / members.size(), sumLat / members.size());
    double radius = 0;
    for (EnrichedObservation m : members) {
      Observation o = m.observation();
      radius = Math.max(radius, Geodesy.distanceMetres(centre, o.representativeCoordinate()) + o.uncertaintyMetres());
    }
    return new Incident(
        Incident.idOf(anchor),
        anchor,
        dominantKind(members),
        start,
        end,
        centre,
        radius,
        members,
        supporting.size(),
        supporting.size() >= 2 ? IncidentStatus.CORROBORATED : IncidentStatus.REPORTED,
        List.copyOf(supporting),
        List.copyOf(denying),
        casualties);
  }

  /** The first direct kind in declaration order, else the first kind: what the event most likely was. */
  static ObservationKind dominantKind(List<EnrichedObservation> members) {
    ObservationKind best = null;
    for (EnrichedObservation m : members) {
      ObservationKind k = m.observation().kind();
      if (best == null
          || (k.direct() && !best.direct())
          || (k.direct() == best.direct() && k.ordinal() < best.ordinal())) {
        best = k;
      }
    }
    return best;
  }

  /**
   * The points from {@code start} (inclusive) to {@code end} (exclusive) whose times lie within
   * one block length of the first one's, with their spatial index.
   */
  private record TimeBlock(int end, STRtree index) {
    static TimeBlock of(List<FusionPoint> pts, int start, long seconds) {
      STRtree index = new STRtree();
      int end = start;
      if (start < pts.size()) {
        long until = pts.get(start).epochSecond() + seconds;
        while (end < pts.size() && pts.get(end).epochSecond() <= until) {
          index.insert(new Envelope(pts.get(end).centre()), end);
          end++;
        }
      }
      return new TimeBlock(end, index);
    }
  }

  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    // the smaller index wins, so the grouping is the same whatever the union order
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
