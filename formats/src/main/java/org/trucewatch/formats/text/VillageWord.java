package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A name after a word for a village ("у селищі Донецьке", "село Великая Знаменка", "the village of
 * Lvove", "im Dorf Luhove") is a village's: a city the name also reads as (Донецьке as a case form of
 * Донецьк) is not what the text names, when a smaller namesake is there to take.
 */
final class VillageWord {
  /** Village and small-settlement words, as lower-case tokens. */
  private static final Set<String> WORDS = Set.of("село", "села", "селі", "селе", "селу", "селом", "селище", "селища",
      "селищі", "селищу", "поселок", "поселка", "поселке", "посёлок", "посёлка", "посёлке", "деревня", "деревне",
      "village", "hamlet", "dorf");
  /** A city has at least this many people; no village has. */
  private static final long CITY_POPULATION = 50_000;

  private VillageWord() {}

  /** Whether a village word stands right before {@code i} ("the village of" too). */
  static boolean before(List<Token> tokens, int i) {
    return SettlementWord.before(tokens, i, WORDS, false);
  }

  /** The candidates that are no cities, when any is; else all. */
  static List<Place> villages(List<Place> candidates) {
    return SettlementWord.ofKind(candidates, p -> p.population() < CITY_POPULATION);
  }
}
