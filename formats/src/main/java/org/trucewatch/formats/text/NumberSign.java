package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A number that names or measures rather than counts: a house's, a flat's, a school's or a route's number after a
 * number sign ("des Gebäudes Nr. 439", "school No. 5", "будинку № 12", "номер 7"), an address's number after its street
 * ("on Stroitelei street, 10", "вул. Шевченка, 10", "in der Kirowa-Straße 12"), or a share before a percent sign or
 * word ("опіки 90% тіла", "zu 40 Prozent verbrannt"). None of them is ever a count of people, whatever casualty word
 * stands next to it.
 */
final class NumberSign {
  /** Signs written with a full stop after them: "No. 5" ("No 5" may be the word "no"). */
  private static final Set<String> ABBREVIATED = Set.of("no");
  /** Signs that need no stop: "№ 12", "#3", "номер 7", "Nummer 4", "Nr 439" (the tokens keep no stop after "Nr."). */
  private static final Set<String> WHOLE = Set.of("№", "#", "nr", "number", "nummer", "hausnummer", "номер", "номером",
      "номеру", "номера");
  /** Street nouns, their abbreviations and cases, after which a name and a number are an address. */
  private static final Set<String> STREETS = Set.of("street", "st", "avenue", "ave", "alley", "lane", "road", "prospekt",
      "straße", "strasse", "gasse", "вулиця", "вулиці", "вулицю", "вул", "провулок", "провулку", "пров", "проспект",
      "проспекті", "просп", "улица", "улице", "улицу", "ул", "переулок", "переулке", "пер");
  /** A percent sign and the words for it, after which a number is a share ("90% тіла", "40 Prozent"). */
  private static final Set<String> PERCENT = Set.of("%", "percent", "prozent", "відсотків", "відсотки", "відсотка",
      "процентов", "процента", "процентів");
  /** How many tokens the street's name may take between its noun and the number: "Kirowa-Straße", "Шевченка ,". */
  private static final int NAME = 4;

  private NumberSign() {}

  /** Whether the token is a percent sign or a word for it: "%", "Prozent", "процентов". */
  static boolean percent(Token t) {
    return PERCENT.contains(t.lower());
  }

  /** Whether the number starting at {@code i} and ending at {@code end} is a label or an address, not a count. */
  static boolean at(List<Token> tokens, int i, int end, PeopleWords people) {
    if (i >= 1 && WHOLE.contains(tokens.get(i - 1).lower())) {
      return true;
    }
    if (end + 1 < tokens.size() && percent(tokens.get(end + 1))) {
      return true; // "опіки 90% тіла": how much of a body, not how many people
    }
    if (i >= 2 && tokens.get(i - 1).text().equals(".") && ABBREVIATED.contains(tokens.get(i - 2).lower())
        && tokens.get(i - 2).capitalised()) {
      return true; // "No. 5" (a capital: a sentence ending in "no." is the word)
    }
    // an address: a number after a street and its name; "on Main Street, 10 people were hurt" has people after it
    if (end + 1 < tokens.size() && (people.isPeopleWord(end + 1) || tokens.get(end + 1).word() && !tokens.get(end + 1).capitalised())) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 1 - NAME); k--) {
      Token t = tokens.get(k);
      String w = t.lower();
      if (STREETS.contains(w) || t.word() && t.capitalised() && (w.endsWith("straße") || w.endsWith("strasse"))) {
        return k < i - 1; // a name stands between the street and the number
      }
      if (!(t.word() && t.capitalised() || w.equals(",") || w.equals("-") || w.equals("."))) {
        return false;
      }
    }
    return false;
  }
}
