package org.trucewatch.formats.text;

import java.util.List;

/**
 * A number joined by a hyphen to the adjective or noun it measures: "15-километровой зоны", "30-kilometre zone",
 * "9-поверховий", "16-stöckiges". The number says how far, how tall or how large, not how many people; ages
 * ("15-річний") are told apart before this is asked, and case endings written after a numeral ("3-х", "5-ти", "2-му")
 * are too short to be a word of their own.
 */
final class MeasureAdjective {
  /** Case endings written after a numeral are at most three letters; a measured word is longer. */
  private static final int SHORTEST_WORD = 4;

  private MeasureAdjective() {}

  /**
   * Whether the number ending at {@code end} is joined, with no space either side of the hyphen, to a lower-case word
   * that names no person ({@code people} tells which do).
   */
  static boolean at(List<Token> tokens, int end, PeopleWords people) {
    if (end + 2 >= tokens.size()) {
      return false;
    }
    Token hyphen = tokens.get(end + 1);
    Token word = tokens.get(end + 2);
    return hyphen.text().equals("-") && hyphen.start() == tokens.get(end).end() && word.start() == hyphen.end()
        && word.word() && !word.capitalised() && word.text().length() >= SHORTEST_WORD && !people.isPeopleWord(end + 2);
  }
}
