package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A name after a word for a town or city ("г. Лиман", "города Кременная", "місто Покровськ", "the
 * city of Sloviansk", "die Stadt Lyman") is a town's: its namesakes that are villages (fewer than a
 * thousand people, or no count in GeoNames) are not what the text names, however near the text's
 * other places they lie.
 */
final class CityWord {
  /** Town and city words, as lower-case tokens; "г" and "м" are the abbreviations, their stop taken off. */
  private static final Set<String> WORDS = Set.of("г", "м", "город", "города", "городе", "городу", "місто", "міста", "місті",
      "місту", "city", "town", "stadt", "kleinstadt");
  /** A town has at least this many people; GeoNames gives most villages none. */
  private static final long TOWN_POPULATION = 1_000;

  private CityWord() {}

  /** Whether a town or city word stands right before {@code i} ("the city of", "г." too). */
  static boolean before(List<Token> tokens, int i) {
    return SettlementWord.before(tokens, i, WORDS, true);
  }

  /** The candidates that are towns, when the word says so and any is; else all. */
  static List<Place> towns(List<Place> candidates) {
    return SettlementWord.ofKind(candidates, p -> p.population() >= TOWN_POPULATION);
  }
}
