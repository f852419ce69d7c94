package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A number that is one of some things: "староста одного із сіл", "в одном из районов", "one of the
 * households". "Of" and a word that names no people (nor stands for them: "один из них", "one of
 * them") after the number make it no count of people.
 */
final class OfThings {
  /** "of" before what the number is some of. */
  private static final Set<String> OF = Set.of("of", "із", "з", "зі", "из", "von");
  /** Articles and pronouns after "of": "of the", "one of them", "з них", "из которых". */
  private static final Set<String> THE_OR_THEM = Set.of("the", "them", "those", "these", "них", "яких", "которых",
      "ihnen", "denen", "den", "der", "die");

  private OfThings() {}

  /** Whether "of" and a word naming no people follow the number ending at {@code end}. */
  static boolean at(List<Token> tokens, int end, PeopleWords people) {
    if (end + 2 >= tokens.size() || !OF.contains(tokens.get(end + 1).lower())) {
      return false;
    }
    int k = end + 2;
    if (THE_OR_THEM.contains(tokens.get(k).lower()) && !tokens.get(k).lower().equals("the")) {
      return false; // "two of them", "двоє з них": people
    }
    // the noun within the next words, past an article and adjectives: "one of our fellow residents" are people
    for (int j = k; j < Math.min(tokens.size(), k + WORDS); j++) {
      String w = tokens.get(j).lower();
      if (!tokens.get(j).word() || Character.isDigit(w.charAt(0))) {
        break; // the phrase ends with no people in it
      }
      if (people.isPeopleWord(j) || PeopleWords.SINGULAR_PERSONS.contains(w) || PeopleWords.PLURAL_PERSONS.contains(w)
          || PeopleWords.SINGULAR_MINORS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** How many words after "of" may hold the people: "of our fellow residents". */
  private static final int WORDS = 3;
}
