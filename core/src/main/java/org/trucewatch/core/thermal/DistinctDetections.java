package org.trucewatch.core.thermal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.Provenance;

/**
 * {@link DetectionDeduplicator}'s rule applied as observations arrive, one at a time: the same
 * content (id) and the same satellite pixel ({@link DetectionIdentity}) count once, the standard
 * product's copy taking the near-real-time copy's place. After any sequence of {@link #add} calls
 * it holds what {@link DetectionDeduplicator#deduplicate} gives for the whole sequence. Not
 * thread-safe.
 */
public final class DistinctDetections {
  private final Map<Object, Observation> kept = new LinkedHashMap<>();
  private final Map<Object, List<Provenance>> copies = new HashMap<>();
  private long repeats;
  private long pixelCopies;
  private long replaced;

  /**
   * Adds an observation in reading order; returns the copy it took the place of, when it is the
   * standard product's copy of a pixel kept so far from the near-real-time product.
   */
  public Optional<Observation> add(Observation o) {
    Object key = DetectionIdentity.of(o).map(Object.class::cast).orElse(o.id());
    Observation held = kept.get(key);
    if (held == null) {
      kept.put(key, o);
      return Optional.empty();
    }
    if (held.id().equals(o.id())) {
      repeats++;
    } else {
      pixelCopies++;
    }
    List<Provenance> list = copies.computeIfAbsent(key, k -> new ArrayList<>());
    if (DetectionDeduplicator.isStandard(o) && !DetectionDeduplicator.isStandard(held)) {
      // a LinkedHashMap keeps the key's first place: the standard copy takes the first copy's slot
      kept.put(key, o);
      list.add(held.provenance());
      replaced++;
      return Optional.of(held);
    }
    list.add(o.provenance());
    return Optional.empty();
  }

  /** The observations kept, in the order their first copy arrived. */
  public List<Observation> kept() {
    return List.copyOf(kept.values());
  }

  /** How many observations are kept. */
  public int size() {
    return kept.size();
  }

  /** Copies dropped with the same content as the one kept. */
  public long repeats() {
    return repeats;
  }

  /** Copies dropped that are the same pixel with other content. */
  public long pixelCopies() {
    return pixelCopies;
  }

  /** How many kept copies a later standard copy has replaced so far. */
  public long replaced() {
    return replaced;
  }

  /** For each kept observation with copies, where the other copies were read from, by name then line. */
  public SortedMap<ObservationId, List<Provenance>> alsoReadFrom() {
    SortedMap<ObservationId, List<Provenance>> also = new TreeMap<>();
    for (Map.Entry<Object, List<Provenance>> e : copies.entrySet()) {
      Observation k = kept.get(e.getKey());
      List<Provenance> list = new ArrayList<>(e.getValue());
      list.removeIf(p -> p.equals(k.provenance()));
      list.sort(Comparator.comparing(Provenance::name).thenComparingLong(Provenance::line)
          .thenComparing(Provenance::entrySha256));
      if (!list.isEmpty()) {
        also.put(k.id(), List.copyOf(list));
      }
    }
    return also;
  }

  /** What is held, as {@link DetectionDeduplicator#deduplicate} gives it. */
  public DetectionDeduplicator.Result result() {
    return new DetectionDeduplicator.Result(kept(), alsoReadFrom(), repeats, pixelCopies);
  }
}
