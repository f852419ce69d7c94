package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * How reports write people's ages apart from the count of people: a range after an age word
 * ("aged between 60 and 85", "im Alter von 48 bis 70 Jahren", "віком від 60 до 85 років", "в
 * возрасте от 60 до 85 лет") and an age in months or weeks ("ein sieben Monate altes Baby",
 * "seven months old"). Such numbers are ages, never a count of the hurt.
 */
final class Ages {
  /** Words that open an age phrase: "aged", "age of", "im Alter von", "віком", "у віці", "в возрасте". */
  private static final Set<String> OPENERS = Set.of("aged", "ages", "age", "alter", "віком", "віці", "возрасте");
  /** Words that may stand between the opener and the numbers of its range. */
  private static final Set<String> RANGE_WORDS = Set.of("between", "from", "of", "to", "and", "von", "zwischen", "bis",
      "und", "від", "до", "і", "та", "от", "и", ",", "-", "–");
  /** Units of an age told in months, weeks or days, before "old"/"alt". */
  private static final Set<String> SHORT_UNITS = Set.of("months", "month", "weeks", "week", "days", "monate", "monaten",
      "monat", "wochen", "woche", "tage");

  private Ages() {}

  /** Whether the number at {@code i} stands in an age phrase: "aged between 60 and 85", "im Alter von 48 bis 70". */
  static boolean inAgePhrase(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      String w = tokens.get(k).lower();
      if (OPENERS.contains(w)) {
        return true;
      }
      if (!RANGE_WORDS.contains(w) && !Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the number ending at {@code end} is an age in months, weeks or days: "sieben Monate altes", "seven months old". */
  static boolean shortAge(List<Token> tokens, int end) {
    return end + 2 < tokens.size() && SHORT_UNITS.contains(tokens.get(end + 1).lower())
        && (tokens.get(end + 2).lower().startsWith("alt") || tokens.get(end + 2).lower().equals("old"));
  }
}
