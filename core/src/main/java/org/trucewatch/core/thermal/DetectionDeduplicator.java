package org.trucewatch.core.thermal;

import java.util.List;
import java.util.Locale;
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
 * in the same order give the same result. O(n). {@link DistinctDetections} applies the same rule
 * one observation at a time.
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
    // one rule for a batch and for observations arriving one at a time (the ledger's fold)
    DistinctDetections distinct = new DistinctDetections();
    for (Observation o : observations) {
      distinct.add(o);
    }
    return distinct.result();
  }

  /** Whether an observation comes from a FIRMS standard (not near-real-time) product. */
  public static boolean isStandard(Observation o) {
    String v = o.attributes().getOrDefault("version", "");
    return !v.isEmpty() && !v.toUpperCase(Locale.ROOT).endsWith("NRT");
  }
}
