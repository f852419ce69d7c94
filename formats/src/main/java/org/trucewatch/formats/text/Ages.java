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
  /** German articles before an aged person: "einen 41-jährigen Landwirt". */
  private static final Set<String> ARTICLES_BEFORE_AGE = Set.of("einen", "einem", "einer", "dem", "des");
  /** Words that open an age phrase: "aged", "age of", "im Alter von", "віком", "у віці", "в возрасте". */
  private static final Set<String> OPENERS = Set.of("aged", "ages", "age", "alter", "віком", "віці", "возрасте");
  /** Words that may stand between the opener and the numbers of its range. */
  private static final Set<String> RANGE_WORDS = Set.of("between", "from", "of", "to", "and", "von", "zwischen", "bis",
      "und", "від", "до", "і", "та", "от", "и", ",", "-", "–");
  /** Units of an age told in months, weeks or days, before "old"/"alt". */
  private static final Set<String> SHORT_UNITS = Set.of("months", "month", "weeks", "week", "days", "monate", "monaten",
      "monat", "wochen", "woche", "tage",
      // and in years, written out: "ein neun Jahre altes Mädchen", "a nine years old boy"
      "jahre", "years");

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

  /**
   * Whether the number ending at {@code end} is an age written out with its unit: "sieben Monate
   * altes", "seven months old", "ein neun Jahre altes Mädchen".
   */
  static boolean shortAge(List<Token> tokens, int end) {
    return end + 2 < tokens.size() && SHORT_UNITS.contains(tokens.get(end + 1).lower())
        && (tokens.get(end + 2).lower().startsWith("alt") || tokens.get(end + 2).lower().equals("old"));
  }

  /** Articles and determiners of one person before an age: "a 66-year-old", "ein 53-Jähriger", "der 37-jährige". */
  private static final Set<String> SINGULAR_ARTICLES = Set.of("a", "an", "one", "the", "ein", "eine", "einen", "einem",
      "einer", "der", "dem", "den", "des",
      // a possessive opens one person as an article does: "their 12-year-old son", "sein 5-jähriger Sohn"
      "his", "her", "their", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer");
  /** Age adjectives of one person: "37-річний", "58-летняя" (the plural "-річні", "-летние" are several). */
  private static final List<String> SINGULAR_CYRILLIC_AGES = List.of("річний", "річна", "річного", "річну", "річної",
      "річному", "летний", "летняя", "летнего", "летнюю", "летней", "летнему");

  /**
   * Whether the word at {@code j} is one person named by an age, whatever the noun: "a 66-year-old
   * citizen", "der 37-jährige Assistent des Försters", "eine 58-Jährige", "37-річний тракторист". A
   * noun with an age before it is a person, so its noun need not be in any list.
   */
  static boolean agedPerson(List<Token> tokens, int j, Language language) {
    if (j < 2 || !tokens.get(j).word() || !tokens.get(j - 1).text().equals("-")
        && !tokens.get(j - 1).word()) {
      return false;
    }
    Token noun = tokens.get(j);
    String w = noun.lower();
    // "eine 58-Jährige", "ein 53-Jähriger": the age itself is the noun
    if (language == Language.DE && noun.capitalised() && w.startsWith("jährig")) {
      return tokens.get(j - 1).text().equals("-") && j >= 3 && Character.isDigit(tokens.get(j - 2).text().charAt(0))
          && SINGULAR_ARTICLES.contains(tokens.get(j - 3).lower());
    }
    if (j < 3 || !tokens.get(j - 2).text().equals("-") || !Character.isDigit(tokens.get(j - 3).text().charAt(0))) {
      return false;
    }
    String age = tokens.get(j - 1).lower();
    switch (language) {
      case EN:
        return age.equals("year-old") && !noun.capitalised() && !w.endsWith("s") && !w.endsWith("men") && !w.equals("children")
            && !w.equals("people") && j >= 4 && SINGULAR_ARTICLES.contains(tokens.get(j - 4).lower());
      case DE:
        return age.startsWith("jährig") && noun.capitalised() && j >= 4 && SINGULAR_ARTICLES.contains(tokens.get(j - 4).lower())
            && !age.equals("jährigen") || age.equals("jährigen") && j >= 4
            && ARTICLES_BEFORE_AGE.contains(tokens.get(j - 4).lower());
      default:
        return !noun.capitalised() && SINGULAR_CYRILLIC_AGES.contains(age);
    }
  }
}
