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
    return OptionalInt.empty();
  }
}
