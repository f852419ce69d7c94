package org.trucewatch.core.fuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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
 * The fuse operator: groups observations close in space and time into incidents.
 *
 * <p>Two observations are linked when their event times differ by at most the window (widened by
 * their time uncertainties, attribute {@value #TIME_UNCERTAINTY}, up to half a day) and the
 * geodesic distance between their centres is at most the link distance, widened by their
 * location uncertainties (up to a cap). Incidents are the connected groups (single linkage), so
 * the result does not depend on input order. Observations whose kind shows no activity and that
 * report no casualties (plain vessel positions, say) form no incident.
 *
 * <p>Cost: O(n log n) for the index plus the candidates each query returns. Deterministic:
 * incidents come out sorted by start time, then id.
 */
public final class IncidentFuser {
  // fewer metres than any degree of latitude has, so query envelopes err on the large side
  private static final double METRES_PER_DEGREE = 110_000;

  /** Attribute giving how far an observation's event time may be off, seconds (reports, ACLED). */
  public static final String TIME_UNCERTAINTY = "time_uncertainty_s";
  /**
   * How much time uncertainty may widen the window: half a day, so that a report's "yesterday"
   * meets the governor's "overnight", while one vague report cannot glue a week together.
   */
  static final long MAX_TIME_WIDENING_SECONDS = 12 * 3600;

  private final FusionParameters parameters;
  private final SourceDirectory sources;

  /** A fuser with these parameters, judging independence of sources from the directory. */
  public IncidentFuser(FusionParameters parameters, SourceDirectory sources) {
    this.parameters = parameters;
    this.sources = sources;
  }

  /** Whether an observation can be part of an incident. */
  public static boolean eventful(Observation o) {
    return !o.kind().activities().isEmpty() || o.casualties().any();
  }

  /** Fuses the observations into incidents, sorted by start then id. */
  public List<Incident> fuse(List<EnrichedObservation> observations) {
    List<EnrichedObservation> obs = new ArrayList<>();
    Set<ObservationId> seen = new HashSet<>();
    for (EnrichedObservation e : observations) {
      // the same content twice (a repeated file) is one observation
      if (eventful(e.observation()) && seen.add(e.observation().id())) {
        obs.add(e);
      }
    }
    obs.sort(
        Comparator.comparing((EnrichedObservation e) -> e.observation().eventTime())
            .thenComparing(e -> e.observation().id()));
    int n = obs.size();
    Coordinate[] centres = new Coordinate[n];
    STRtree index = new STRtree();
    for (int i = 0; i < n; i++) {
      centres[i] = obs.get(i).observation().representativeCoordinate();
      index.insert(new Envelope(centres[i]), i);
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    long windowSeconds = parameters.window().getSeconds();
    for (int i = 0; i < n; i++) {
      Observation a = obs.get(i).observation();
      Envelope query = around(centres[i], parameters.linkMetres() + parameters.maxUncertaintyMetres());
      @SuppressWarnings("unchecked")
      List<Integer> candidates = index.query(query);
      for (int j : candidates) {
        if (j <= i) {
          continue;
        }
        Observation b = obs.get(j).observation();
        long allowedSeconds = windowSeconds + Math.min(MAX_TIME_WIDENING_SECONDS, timeUncertaintySeconds(a) + timeUncertaintySeconds(b));
        if (Math.abs(b.eventTime().getEpochSecond() - a.eventTime().getEpochSecond()) > allowedSeconds) {
          continue;
        }
        double allowed =
            parameters.linkMetres()
                + Math.min(parameters.maxUncertaintyMetres(), a.uncertaintyMetres() + b.uncertaintyMetres());
        if (Geodesy.distanceMetres(centres[i], centres[j]) <= allowed) {
          union(parent, i, j);
        }
      }
    }
    TreeMap<Integer, List<EnrichedObservation>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(obs.get(i));
    }
    List<Incident> incidents = new ArrayList<>();
    for (List<EnrichedObservation> g : groups.values()) {
      incidents.add(incidentOf(g));
    }
    incidents.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    return incidents;
  }

  /** Builds the incident of one group of observations sorted by time then id. */
  Incident incidentOf(List<EnrichedObservation> members) {
    StringBuilder canonical = new StringBuilder("trucewatch-incident/1\n");
    members.stream().map(m -> m.observation().id().hex()).sorted().forEach(h -> canonical.append(h).append('\n'));
    String id = ObservationId.sha256Hex(canonical.toString());

    Instant start = members.get(0).observation().eventTime();
    Instant end = start;
    double sumLat = 0;
    double sumLon = 0;
    Casualties casualties = Casualties.NONE;
    Set<String> independent = new HashSet<>();
    for (EnrichedObservation m : members) {
      Observation o = m.observation();
      if (o.eventTime().isBefore(start)) {
        start = o.eventTime();
      }
      if (o.eventTime().isAfter(end)) {
        end = o.eventTime();
      }
      Coordinate c = o.representativeCoordinate();
      sumLat += c.y;
      sumLon += c.x;
      casualties = casualties.combine(o.casualties());
      independent.add(sources.lookup(o.sourceId()).independenceKey());
    }
    // members lie within a few kilometres of each other, so the arithmetic mean is a fine centre
    Coordinate centre = new Coordinate(sumLon / members.size(), sumLat / members.size());
    double radius = 0;
    for (EnrichedObservation m : members) {
      Observation o = m.observation();
      radius = Math.max(radius, Geodesy.distanceMetres(centre, o.representativeCoordinate()) + o.uncertaintyMetres());
    }
    return new Incident(
        id,
        dominantKind(members),
        start,
        end,
        centre,
        radius,
        members,
        independent.size(),
        independent.size() >= 2 ? IncidentStatus.CORROBORATED : IncidentStatus.REPORTED,
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

  private static long timeUncertaintySeconds(Observation o) {
    String t = o.attributes().get(TIME_UNCERTAINTY);
    if (t == null) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(t));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Envelope around(Coordinate c, double metres) {
    double dLat = metres / METRES_PER_DEGREE;
    double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.9, Math.abs(c.y) + dLat))));
    double dLon = metres / (METRES_PER_DEGREE * cos);
    return new Envelope(c.x - dLon, c.x + dLon, c.y - dLat, c.y + dLat);
  }

  private static int find(int[] parent, int i) {
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
