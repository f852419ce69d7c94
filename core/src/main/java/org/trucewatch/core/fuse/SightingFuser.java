package org.trucewatch.core.fuse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.DetectionClass;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.source.SourceDirectory;

/**
 * Fuses air-layer detections (observations with a {@link DetectionClass}) into incidents: repeated
 * sightings of the same class at the same place, by one platform or several, are one incident
 * ("artillery at this position from 06:10 to 14:40"), not one per pass.
 *
 * <p>Two detections are linked when they have the same class, their centres lie within {@code
 * linkMetres} (widened by their location uncertainties, at most {@code maxUncertaintyMetres}) and
 * their times differ by at most {@code window}; incidents are the connected groups (single
 * linkage), so the result does not depend on input order. Detections of different classes at one
 * place stay apart, so that a tank and a truck parked side by side are judged each by its own
 * rules. Cost O(n^2) within a class, which suits the tens to thousands of detections a day brings.
 *
 * @param linkMetres same place: centres this close, metres
 * @param maxUncertaintyMetres cap on how much location uncertainty widens the link, metres
 * @param window same object: sightings this close in time
 */
public record SightingFuser(double linkMetres, double maxUncertaintyMetres, Duration window) {
  /** 500 m (plus up to 500 m of uncertainty), 72 hours: a position held over a few days. */
  public static final SightingFuser DEFAULT = new SightingFuser(500, 500, Duration.ofHours(72));

  /** Checks the fields. */
  public SightingFuser {
    Objects.requireNonNull(window, "window");
    if (!(linkMetres > 0) || !(maxUncertaintyMetres >= 0) || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("sighting link distance and window must be positive");
    }
  }

  /** Whether the observation is an air-layer detection this fuser handles. */
  public static boolean isDetection(EnrichedObservation e) {
    return DetectionClass.of(e.observation()).isPresent();
  }

  /**
   * Fuses the detections among {@code observations} (others are ignored) into incidents, sorted
   * by start then id. Sources are judged for independence through {@code sources}.
   */
  public List<Incident> fuse(List<EnrichedObservation> observations, SourceDirectory sources) {
    TreeMap<DetectionClass, List<EnrichedObservation>> byClass = new TreeMap<>();
    Set<ObservationId> seen = new HashSet<>();
    for (EnrichedObservation e : observations) {
      DetectionClass.of(e.observation()).ifPresent(c -> {
        if (seen.add(e.observation().id())) {
          byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
        }
      });
    }
    IncidentFuser builder = new IncidentFuser(FusionParameters.DEFAULT, sources);
    List<Incident> out = new ArrayList<>();
    for (List<EnrichedObservation> group : byClass.values()) {
      group.sort(Comparator.comparing((EnrichedObservation e) -> e.observation().eventTime())
          .thenComparing(e -> e.observation().id()));
      int n = group.size();
      Coordinate[] centres = new Coordinate[n];
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        centres[i] = group.get(i).observation().representativeCoordinate();
        parent[i] = i;
      }
      long windowSeconds = window.getSeconds();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          Observation a = group.get(i).observation();
          Observation b = group.get(j).observation();
          if (b.eventTime().getEpochSecond() - a.eventTime().getEpochSecond() > windowSeconds) {
            break; // sorted by time: every later one is farther still
          }
          double allowed = linkMetres + Math.min(maxUncertaintyMetres, a.uncertaintyMetres() + b.uncertaintyMetres());
          if (Geodesy.distanceMetres(centres[i], centres[j]) <= allowed) {
            union(parent, i, j);
          }
        }
      }
      TreeMap<Integer, List<EnrichedObservation>> groups = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(group.get(i));
      }
      for (List<EnrichedObservation> g : groups.values()) {
        out.add(builder.incidentOf(g));
      }
    }
    out.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    return out;
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
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
