package org.trucewatch.core.thermal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.Provenance;

/**
 * Keeps each observation once when it arrives more than once: the same content (the same id)
 * in repeated files, and, for satellite pixels, the same {@link DetectionIdentity} in both the
 * near-real-time and the standard product. Observations without a pixel footprint are the same
 * only by id.
 *
 * <p>Of several copies the standard product is kept (its {@code version} does not end in {@code
 * NRT}: it is the reprocessed, science-quality record), else the first in the order given. Where
 * the other copies were read from is kept with it. Pure and deterministic: the same observations
 * in the same order give the same result. O(n).
 */
public final class DetectionDeduplicator {
  /**
   * The outcome.
   *
   * @param kept the observations kept, in the order given (a standard copy takes the place of the
   *     first copy)
   * @param alsoReadFrom for each kept observation with copies, where the copies were read from,
   *     sorted by name then line
   * @param repeats copies dropped with the same content (the same id) as the one kept
   * @param pixelCopies copies dropped that are the same pixel with other content (another
   *     product version, revised values)
   */
  public record Result(
      List<Observation> kept, SortedMap<ObservationId, List<Provenance>> alsoReadFrom, long repeats, long pixelCopies) {
    /** Freezes the fields. */
    public Result {
      kept = List.copyOf(kept);
      alsoReadFrom = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(alsoReadFrom));
    }
  }

  /** Deduplicates {@code observations}, given in reading order (exact repeats included). */
  public Result deduplicate(List<Observation> observations) {
    List<Observation> kept = new ArrayList<>(observations.size());
    Map<Object, Integer> slot = new HashMap<>();
    Map<Integer, List<Provenance>> copies = new HashMap<>();
    long repeats = 0;
    long pixelCopies = 0;
    for (Observation o : observations) {
      Object key = DetectionIdentity.of(o).map(Object.class::cast).orElse(o.id());
      Integer at = slot.get(key);
      if (at == null) {
        slot.put(key, kept.size());
        kept.add(o);
        continue;
      }
      Observation held = kept.get(at);
      if (held.id().equals(o.id())) {
        repeats++;
      } else {
        pixelCopies++;
      }
      List<Provenance> list = copies.computeIfAbsent(at, k -> new ArrayList<>());
      if (isStandard(o) && !isStandard(held)) {
        kept.set(at, o);
        list.add(held.provenance());
      } else {
        list.add(o.provenance());
      }
    }
    SortedMap<ObservationId, List<Provenance>> also = new TreeMap<>();
    for (Map.Entry<Integer, List<Provenance>> e : copies.entrySet()) {
      Observation k = kept.get(e.getKey());
      List<Provenance> list = new ArrayList<>(e.getValue());
      list.removeIf(p -> p.equals(k.provenance()));
      list.sort(Comparator.comparing(Provenance::name).thenComparingLong(Provenance::line)
          .thenComparing(Provenance::entrySha256));
      if (!list.isEmpty()) {
        also.put(k.id(), List.copyOf(list));
      }
    }
    return new Result(kept, also, repeats, pixelCopies);
  }

  /** Whether an observation comes from a FIRMS standard (not near-real-time) product. */
  static boolean isStandard(Observation o) {
    String v = o.attributes().getOrDefault("version", "");
    return !v.isEmpty() && !v.toUpperCase(Locale.ROOT).endsWith("NRT");
  }
}
