package org.trucewatch.formats.text;

import java.util.List;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Two towns of one name, neither a large city ("Pervomaisk": 62,000 people in Mykolaiv Oblast,
 * 38,000 in Luhansk Oblast): the larger one is not so well known that the text's other places
 * cannot say which is meant ("the LPR Stakhanov and Pervomaisk" is the one beside Stakhanov).
 */
final class RivalTown {
  /** Under this size a town's name does not settle which namesake is meant. */
  private static final long CITY_POPULATION = 100_000;
  /** From this size a namesake is a town, a rival the text's other places may choose. */
  private static final long TOWN_POPULATION = 10_000;

  private RivalTown() {}

  /** Whether {@code chosen}, under 100,000 people, has a namesake of 10,000 or more among the candidates. */
  static boolean has(List<Place> candidates, Place chosen) {
    return chosen.population() < CITY_POPULATION
        && candidates.stream().anyMatch(p -> p != chosen && p.population() >= TOWN_POPULATION);
  }
}
