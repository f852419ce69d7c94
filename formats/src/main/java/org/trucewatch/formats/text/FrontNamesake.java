package org.trucewatch.formats.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Of a town's namesakes, with no oblast of the text to choose, the one in an oblast at the front or the Russian border
 * ("обстреляли Золочев", "Золочівська громада": Zolochiv of Kharkiv oblast, 7,700 people, not the larger Zolochiv
 * of Lviv oblast): news of shelling is of the front, and a reader of it takes the town there.
 */
final class FrontNamesake {
  /** The oblasts at the front line or on the Russian border (ISO 3166-2). */
  private static final Set<String> FRONT = Set.of("UA-63", "UA-59", "UA-74", "UA-14", "UA-09", "UA-23", "UA-65",
      "UA-12", "UA-48");
  /** A namesake at the front must be a town at least this large (or a seat) to be taken over a larger one. */
  private static final long TOWN_POPULATION = 5_000;
  /** A chosen place this large is the one a reader assumes wherever it lies. */
  private static final long WELL_KNOWN_POPULATION = 50_000;

  private FrontNamesake() {}

  /**
   * The largest town at the front among {@code candidates} when {@code chosen} lies elsewhere, is no city a reader
   * knows, and none of the candidates lies in a region of {@code context}; empty otherwise.
   */
  static Optional<Place> of(List<Place> candidates, Place chosen, List<String> context) {
    if (FRONT.contains(chosen.region()) || chosen.population() >= WELL_KNOWN_POPULATION
        || candidates.stream().anyMatch(p -> context.contains(p.region()))) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(p -> FRONT.contains(p.region()) && (p.population() >= TOWN_POPULATION || p.feature().startsWith("PPLA")))
        .findFirst();
  }
}
