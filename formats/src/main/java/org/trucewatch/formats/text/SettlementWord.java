package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A word for a kind of settlement right before a name ("село", "the city of", "г."), and the namesakes of that kind:
 * what {@link VillageWord} and {@link CityWord} share.
 */
final class SettlementWord {
  private SettlementWord() {}

  /**
   * Whether one of {@code words} stands right before {@code i}, an English "of" between them skipped ("the village of
   * Lvove"), and an abbreviation's full stop too when {@code abbreviated} ("г. Лиман").
   */
  static boolean before(List<Token> tokens, int i, Set<String> words, boolean abbreviated) {
    int k = i - 1;
    if (k >= 0 && tokens.get(k).lower().equals("of")) {
      k--;
    }
    if (abbreviated && k >= 0 && tokens.get(k).text().equals(".")) {
      k--;
    }
    return k >= 0 && words.contains(tokens.get(k).lower());
  }

  /** The candidates that {@code kind} keeps, when any is; else all, since the word cannot rule out every namesake. */
  static List<Place> ofKind(List<Place> candidates, Predicate<Place> kind) {
    List<Place> kept = candidates.stream().filter(kind).toList();
    return kept.isEmpty() ? candidates : kept;
  }
}
