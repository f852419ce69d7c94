package org.trucewatch.core.fuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.source.SourceDirectory;

/**
 * Fusion one observation at a time, as evidence arrives: a late observation joins the incident it
 * links to, or merges the incidents it bridges. Single linkage never splits a group when a member
 * is added, so after any arrival order the incidents equal what {@link IncidentFuser#fuse} makes
 * of the same observations in one batch (the property test {@code IncrementalFusionPropertiesTest}
 * checks this on random inputs and orders). Incident ids follow {@link Incident#idOf}: a merged
 * incident keeps the earlier anchor's id.
 *
 * <p>Cost per observation: one query of a quadtree plus the link tests of its candidates, and a
 * merge of the smaller member list into the larger. Incidents are rebuilt only when their members
 * changed. State: the observations added so far, so memory grows with the evidence. Not
 * thread-safe.
 */
public final class IncrementalFuser {
  private final FusionParameters parameters;
  private final IncidentFuser builder;
  private final double reach;
  private final Quadtree index = new Quadtree();
  private final List<FusionPoint> points = new ArrayList<>();
  private final Map<ObservationId, Integer> byId = new HashMap<>();
  private int[] parent = new int[64];
  private final Map<Integer, List<Integer>> groups = new HashMap<>();
  private final Map<Integer, Incident> built = new HashMap<>();

  /** An empty fuser with these parameters, judging origins from the directory. */
  public IncrementalFuser(FusionParameters parameters, SourceDirectory sources) {
    this.parameters = parameters;
    this.builder = new IncidentFuser(parameters, sources);
    this.reach = parameters.maxReachMetres();
  }

  /** How many observations it holds. */
  public int size() {
    return points.size();
  }

  /**
   * Adds one observation and returns the incident it is now part of; empty when it can be part of
   * none ({@link IncidentFuser#eventful}) or was added before (same content id).
   */
  public Optional<Incident> add(EnrichedObservation e) {
    if (!IncidentFuser.eventful(e.observation()) || byId.containsKey(e.observation().id())) {
      return Optional.empty();
    }
    FusionPoint p = FusionPoint.of(e);
    int i = points.size();
    points.add(p);
    byId.put(e.observation().id(), i);
    if (i == parent.length) {
      parent = Arrays.copyOf(parent, parent.length * 2);
    }
    parent[i] = i;
    groups.put(i, new ArrayList<>(List.of(i)));
    @SuppressWarnings("unchecked")
    List<Integer> candidates = index.query(p.around(reach));
    for (int j : candidates) {
      if (IncidentFuser.find(parent, i) != IncidentFuser.find(parent, j) && p.linked(points.get(j), parameters)) {
        merge(i, j);
      }
    }
    index.insert(new Envelope(p.centre()), i);
    int root = IncidentFuser.find(parent, i);
    return Optional.of(incident(root));
  }

  /** Adds the observations in the order given. */
  public void addAll(List<EnrichedObservation> observations) {
    for (EnrichedObservation e : observations) {
      add(e);
    }
  }

  /** Every incident so far, sorted by start then id. */
  public List<Incident> incidents() {
    List<Incident> out = new ArrayList<>(groups.size());
    for (Integer root : new TreeMap<>(groups).keySet()) {
      out.add(incident(root));
    }
    out.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    return out;
  }

  private Incident incident(int root) {
    return built.computeIfAbsent(root, r -> {
      List<EnrichedObservation> members = new ArrayList<>();
      for (int k : groups.get(r)) {
        members.add(points.get(k).enriched());
      }
      return builder.incidentOf(members);
    });
  }

  private void merge(int a, int b) {
    int ra = IncidentFuser.find(parent, a);
    int rb = IncidentFuser.find(parent, b);
    List<Integer> ga = groups.get(ra);
    List<Integer> gb = groups.get(rb);
    // the larger group's root stays, so each observation moves O(log n) times at most
    int keep = ga.size() >= gb.size() ? ra : rb;
    int gone = keep == ra ? rb : ra;
    parent[gone] = keep;
    groups.get(keep).addAll(groups.remove(gone));
    built.remove(keep);
    built.remove(gone);
  }
}
