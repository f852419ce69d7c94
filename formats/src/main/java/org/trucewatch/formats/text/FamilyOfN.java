package org.trucewatch.formats.text;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A family counted by its size: "eine vierköpfige Familie kam ums Leben", "a family of four was
 * killed", "погибла семья из четырех человек", "загинула родина з трьох осіб" is that many people.
 */
final class FamilyOfN {
  /** German sizes written before "-köpfig": "vierköpfige", "fünfköpfigen". */
  private static final Map<String, Integer> GERMAN = Map.of("zwei", 2, "drei", 3, "vier", 4, "fünf", 5, "sechs", 6,
      "sieben", 7, "acht", 8, "neun", 9, "zehn", 10);
  /** Nouns of a family. */
  private static final List<String> FAMILY = List.of("familie", "family", "семья", "семью", "семьи", "родина", "родину",
      "родини");
  /** Words between the family noun and its size: "family of four", "семья из четырех", "родина з трьох". */
  private static final List<String> OF = List.of("of", "из", "з", "із");

  private FamilyOfN() {}

  /** The size of the family whose noun is at {@code k}, or empty; {@code k} must be a family noun. */
  static OptionalInt size(List<Token> tokens, int k) {
    String w = tokens.get(k).lower();
    if (!FAMILY.contains(w)) {
      return OptionalInt.empty();
    }
    // "vierköpfige Familie", "4-köpfige Familie"
    if (k >= 1) {
      String before = tokens.get(k - 1).lower();
      int at = before.indexOf("köpfig");
      if (at > 0 && GERMAN.containsKey(before.substring(0, at))) {
        return OptionalInt.of(GERMAN.get(before.substring(0, at)));
      }
      if (before.startsWith("köpfig") && k >= 3 && tokens.get(k - 2).text().equals("-")) {
        OptionalInt[] n = NumberWords.at(tokens, k - 3);
        if (n.length > 0) {
          return n[0];
        }
      }
    }
    // "family of four", "семья из четырех человек"
    if (k + 2 < tokens.size() && OF.contains(tokens.get(k + 1).lower())) {
      OptionalInt[] n = NumberWords.at(tokens, k + 2);
      if (n.length > 0 && n[0].getAsInt() >= 2 && n[0].getAsInt() <= 15) {
        return n[0];
      }
    }
    return OptionalInt.empty();
  }
}
