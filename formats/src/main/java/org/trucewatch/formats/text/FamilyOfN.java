package org.trucewatch.formats.text;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A family counted by its size: "eine vierköpfige Familie kam ums Leben", "a family of four was
 * killed", "погибла семья из четырех человек", "загинула родина з трьох осіб" is that many people,
 * and so is a family whose members are listed after it ("killed a family: a man, his wife and their
 * son"); a married couple is two ("пострадала супружеская пара", "поранене подружжя").
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

  /** Marks that open a list of the family's members. */
  private static final List<String> COLONS = List.of(":", "-", "–", "—");
  /** The most tokens a list of members runs over. */
  private static final int LONGEST = 20;

  /** Nouns of a married couple, two people: "подружжя", "Ehepaar". */
  private static final List<String> COUPLE = List.of("подружжя", "ehepaar", "ehepaars");
  /**
   * Nouns of a pair that are a couple after a word of marriage: "супружеская пара", "подружня пара" (the English
   * "married couple" waits: in the ACLED note en-m33 its figure is placed at the oblast's name in the admin bracket).
   */
  private static final List<String> PAIR = List.of("пара", "пару", "пари", "пары");
  private static final List<String> MARRIED = List.of("супружеская", "супружескую", "супружеской", "семейная", "семейную",
      "подружня", "подружню", "подружньої");

  private FamilyOfN() {}

  /** Whether the noun at {@code k} is a married couple: "поранене подружжя", "супружеская пара", "ein älteres Ehepaar". */
  private static boolean couple(List<Token> tokens, int k) {
    String w = tokens.get(k).lower();
    return COUPLE.contains(w) || PAIR.contains(w) && k >= 1 && MARRIED.contains(tokens.get(k - 1).lower());
  }

  /** The size of the family whose noun is at {@code k}, or empty; {@code k} must be a family noun. */
  static OptionalInt size(List<Token> tokens, int[] sentence, int k) {
    String w = tokens.get(k).lower();
    if (couple(tokens, k)) {
      return OptionalInt.of(2);
    }
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
    // "killed a family: a 49-year-old man, his 38-year-old wife and their 12-year-old son"
    if (k + 1 < tokens.size() && COLONS.contains(tokens.get(k + 1).text())) {
      int persons = 0;
      for (int j = k + 2; j < Math.min(tokens.size(), k + 2 + LONGEST) && sentence[j] == sentence[k]; j++) {
        String p = tokens.get(j).lower();
        if (PeopleWords.SINGULAR_PERSONS.contains(p) || PeopleWords.SINGULAR_MINORS.contains(p)) {
          persons++;
        }
      }
      if (persons >= 2) {
        return OptionalInt.of(persons);
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
