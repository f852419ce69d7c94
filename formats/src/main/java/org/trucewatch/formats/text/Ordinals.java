package org.trucewatch.formats.text;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Ordinals that count the hurt: "ein fünfter Verletzter", "a third person was killed". The n-th
 * one says that the count has reached n.
 */
final class Ordinals {
  private static final Map<String, Integer> STEMS = Map.ofEntries(Map.entry("zweit", 2), Map.entry("dritt", 3),
      Map.entry("viert", 4), Map.entry("fünft", 5), Map.entry("sechst", 6), Map.entry("siebt", 7), Map.entry("neunt", 9),
      Map.entry("zehnt", 10));
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("achte", 8), Map.entry("achter", 8),
      Map.entry("achten", 8), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
      Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));

  /**
   * Russian and Ukrainian ordinals by stem, declined as adjectives: "третья пострадавшая", "об еще одной,
   * третьей, пострадавшей", "четвертий загиблий". The Ukrainian "другий" is left out: it is also "the other".
   */
  private static final Map<String, Integer> CYRILLIC_STEMS = Map.ofEntries(Map.entry("втор", 2), Map.entry("трет", 3),
      Map.entry("четверт", 4), Map.entry("четвёрт", 4), Map.entry("пят", 5), Map.entry("п'ят", 5), Map.entry("п’ят", 5));
  /** The adjective endings of those stems, Russian and Ukrainian. */
  private static final java.util.Set<String> CYRILLIC_ENDINGS = java.util.Set.of("ой", "ий", "ый", "ій", "ая", "ья", "я", "а",
      "ое", "ье", "е", "є", "ого", "ьего", "ього", "ому", "ьему", "ьому", "ую", "ью", "ю", "у", "ей", "ьей", "ьої", "ої",
      "ым", "им", "ьим", "ом", "ьем");

  private Ordinals() {}

  /** The number an ordinal word stands for ("fünfter" 5, "third" 3), or empty. */
  static OptionalInt of(String lower) {
    Integer w = WORDS.get(lower);
    if (w != null) {
      return OptionalInt.of(w);
    }
    for (Map.Entry<String, Integer> e : STEMS.entrySet()) {
      // "fünfte", "fünfter", "fünften", "fünftes"; not "fünftägig"
      String rest = lower.startsWith(e.getKey()) ? lower.substring(e.getKey().length()) : null;
      if (rest != null && (rest.equals("e") || rest.equals("er") || rest.equals("en") || rest.equals("es") || rest.equals("em"))) {
        return OptionalInt.of(e.getValue());
      }
    }
    for (Map.Entry<String, Integer> e : CYRILLIC_STEMS.entrySet()) {
      if (lower.startsWith(e.getKey()) && CYRILLIC_ENDINGS.contains(lower.substring(e.getKey().length()))) {
        return OptionalInt.of(e.getValue());
      }
    }
    return OptionalInt.empty();
  }
}
