package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A number that counts places, not people: "постраждали чотири громади", "обстріляли 12 населених
 * пунктів", "пострадали три поселка", "shelling hit 14 villages", "fünf Gemeinden". Round-ups say how
 * many communities or villages an attack reached with the same verbs they use for people, so the
 * casualty verb before such a number gives it no figure.
 */
final class CountedPlaces {
  /** Nouns of places and administrative units, in the plural or after a number, exactly. */
  private static final Set<String> NOUNS = Set.copyOf(List.of(
      "громади", "громад", "громадам", "громадах", "населених", "населені", "сіл", "села", "селищ", "селища", "міст",
      "міста", "районів", "райони", "району", "районах", "областей", "області", "напрямків", "напрямки",
      "громады", "общины", "общин", "населенных", "населённых", "сел", "поселков", "поселка", "городов", "города",
      "районов", "района", "районах", "областей", "области", "направлений", "направлениях",
      "communities", "hromadas", "villages", "settlements", "towns", "cities", "districts", "regions", "oblasts",
      "localities", "directions", "gemeinden", "dörfer", "orte", "ortschaften", "städte", "siedlungen", "bezirke",
      "regionen", "gebiete", "kreise"));

  private CountedPlaces() {}

  /** Whether the token at {@code i} is a noun of places a number before it counts. */
  static boolean nounAt(List<Token> tokens, int i) {
    return i < tokens.size() && NOUNS.contains(tokens.get(i).lower());
  }
}
