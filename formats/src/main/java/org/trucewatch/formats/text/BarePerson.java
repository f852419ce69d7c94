package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * One person named by a word that names one only in some places: an adjective standing as a noun
 * ("Цивільна дістала вибухову травму", "гражданский 52 лет получил ранения") and Russian "человек",
 * which is one person only when no quantity comes before it ("погиб человек", not "пять человек").
 */
final class BarePerson {
  /** Adjectives that stand for a civilian when no noun follows them. */
  private static final Set<String> ADJECTIVES = Set.of("цивільна", "цивільний", "цивільну", "цивільного",
      "гражданский", "гражданская", "гражданскую", "гражданского");
  /** "человек": the nominative singular, and the genitive plural after a number. */
  private static final String HUMAN = "человек";
  /** Endings of a past-tense verb right after the adjective: it is the verb's subject ("цивільна дістала"). */
  private static final List<String> VERB_ENDINGS = List.of("ла", "ли", "ло", "в", "л");

  private BarePerson() {}

  /**
   * Whether the word at {@code k} names one person here; {@code verbBefore} tells whether a casualty
   * word ends right before it ("погиб человек": the verb first, then its subject).
   */
  static boolean at(List<Token> tokens, int k, boolean verbBefore) {
    String w = tokens.get(k).lower();
    if (w.equals(HUMAN)) {
      // the genitive plural always follows its quantity ("пять человек", "несколько человек"): the singular
      // stands after its verb or opens its clause
      return verbBefore || k == 0 || tokens.get(k - 1).clauseBreak();
    }
    if (!ADJECTIVES.contains(w) || k + 1 >= tokens.size()) {
      return false;
    }
    // an adjective before its noun is no person ("цивільний автомобіль", "гражданский сектор"): as a noun
    // it is followed by its verb or its age
    Token next = tokens.get(k + 1);
    String n = next.lower();
    return Character.isDigit(n.charAt(0)) || next.word() && n.length() > 3 && VERB_ENDINGS.stream().anyMatch(n::endsWith);
  }
}
