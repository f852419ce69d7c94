package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A noun of death, a body or a life taken, with one person after it, is one killed: "подтвердили гибель
 * женщины", "den Tod eines 47-jährigen Mannes", "die Leiche einer Frau geborgen", "found the body of a man",
 * "тіло чоловіка дістали", "забрав життя жінки".
 */
final class DeathOf {
  /**
   * Nouns of death, of a body and of a life, as their words begin. The body is the death of whoever it is
   * of; a life is taken ("забрав життя", "унес жизнь") only in a casualty cue, which is where it is asked.
   */
  private static final List<String> DEATH = List.of("гибел", "загибел", "смерт", "death", "тело", "тела", "тіло", "тіла",
      "body", "leiche", "жизн", "життя");
  /** German nouns of death asked whole ("tod", not "todesopfer", which counts). */
  private static final Set<String> DEATH_WHOLE = Set.of("tod");
  /** One person in the genitive (or after "of a"): no number, one. */
  private static final Set<String> PERSON = Set.of("женщины", "мужчины", "жителя", "жительницы", "пенсионера",
      "пенсионерки", "человека", "водителя", "жінки", "чоловіка", "мешканця", "мешканки", "жительки",
      "пенсіонера", "пенсіонерки", "людини", "водія", "man", "woman", "civilian", "resident", "person",
      // German genitives after "eines", "einer"
      "mannes", "frau", "bewohners", "bewohnerin", "einwohners", "einwohnerin", "zivilisten", "rentners",
      "rentnerin", "seniors", "senioren", "fahrers", "fahrerin");
  /** A definite article: "die Leiche des Mannes", "the body of the man" is of someone told before. */
  private static final Set<String> TOLD_BEFORE = Set.of("the", "des", "der");

  private DeathOf() {}

  /** The index of the person's word after a death noun among the tokens {@code first..last} of a cue, or -1. */
  static int person(List<Token> tokens, int first, int last) {
    for (int i = first; i <= last; i++) {
      String w = tokens.get(i).lower();
      if (DEATH_WHOLE.contains(w) || DEATH.stream().anyMatch(w::startsWith)) {
        return after(tokens, Math.max(i, last));
      }
    }
    return -1;
  }

  private static int after(List<Token> tokens, int i) {
    int j = i + 1;
    // "the death of a man", "гибель мирной жительницы", "the body of a 71-year-old man": "of", an article, an
    // age or an adjective between
    while (j < tokens.size() && j <= i + 6 && !PERSON.contains(tokens.get(j).lower())
        && (tokens.get(j).word() || age(tokens, j)) && !tokens.get(j).capitalised()
        && !TOLD_BEFORE.contains(tokens.get(j).lower())) {
      j++;
    }
    if (j >= tokens.size() || !PERSON.contains(tokens.get(j).lower())) {
      return -1;
    }
    // "the death of a man and his son": let the persons joined by "and" be counted by the other rule
    return j;
  }

  /** A number or hyphen of an age written with its number: "47-jährigen", "71-year-old", "56-летней". */
  private static boolean age(List<Token> tokens, int j) {
    // a bare number is a count ("гибель 2 человек"), not an age: only the number joined by a hyphen
    return tokens.get(j).text().equals("-")
        || Character.isDigit(tokens.get(j).text().charAt(0)) && j + 1 < tokens.size() && tokens.get(j + 1).text().equals("-");
  }
}
