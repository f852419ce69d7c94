package org.trucewatch.formats.text;

import java.util.Set;
import java.util.List;

/**
 * A relative clause between a person and the verb that tells what happened to them: "a
 * 70-year-old woman, who was in her courtyard, sustained serious injuries", "Ein 52-jähriger
 * Mann, der sich auf einer Straße aufhielt, sei ums Leben gekommen", "чоловік, який перебував
 * у дворі, отримав поранення". The clause may be long; the person is the verb's subject all the same.
 * A year of birth set off by commas stands there alike: "ein Mann, Jahrgang 1956, verletzt", "мужчина,
 * 1960 года рождения, ранен", "a man, born in 1974, was wounded".
 */
final class RelativeClause {
  /** Relative pronouns of persons that open a clause without a comma: "a man who was taking a cow out was wounded". */
  private static final Set<String> BARE = Set.of("who");
  /** Relative pronouns of persons after a comma (German and Cyrillic ones are also articles or adjectives). */
  private static final Set<String> AFTER_COMMA = Set.of("who", "der", "die", "який", "яка", "котрий", "котра", "который",
      "которая");
  /** Words that open a year of birth set off by commas: "Jahrgang 1956", "born in 1974". */
  private static final Set<String> BIRTH = Set.of("jahrgang", "born", "geboren", "geb");
  /** How far before the verb the person may stand. */
  private static final int REACH = 20;

  private RelativeClause() {}

  /**
   * The word right before the relative clause that ends before the casualty word at {@code cue}
   * (the person, when it is one), or -1 when no relative clause of a person stands there.
   */
  static int antecedent(List<Token> tokens, int cue, int[] sentence) {
    boolean closed = false;
    for (int k = cue - 1; k >= Math.max(1, cue - REACH) && sentence[k] == sentence[cue]; k--) {
      String w = tokens.get(k).lower();
      boolean comma = tokens.get(k - 1).text().equals(",");
      if (comma && (AFTER_COMMA.contains(w) || BIRTH.contains(w) || year(w)) && closed && k >= 2) {
        return k - 2;
      }
      if (!comma && BARE.contains(w)) {
        return k - 1;
      }
      closed |= w.equals(",");
    }
    return -1;
  }

  /** Whether the word is a year of birth of a living person, 1900 to 2029. */
  private static boolean year(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
  }
}
