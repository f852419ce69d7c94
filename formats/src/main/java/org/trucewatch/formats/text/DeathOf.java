package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * The noun of death with one person after it is one killed: "подтвердили гибель женщины",
 * "повідомили про загибель чоловіка", "confirmed the death of a man".
 */
final class DeathOf {
  /** Death nouns, as their words begin. */
  private static final List<String> DEATH = List.of("гибел", "загибел", "смерт", "death");
  /** One person in the genitive (or after "of a"): no number, one. */
  private static final Set<String> PERSON = Set.of("женщины", "мужчины", "жителя", "жительницы", "пенсионера",
      "пенсионерки", "человека", "водителя", "жінки", "чоловіка", "мешканця", "мешканки", "жительки",
      "пенсіонера", "пенсіонерки", "людини", "водія", "man", "woman", "civilian", "resident", "person");

  private DeathOf() {}

  /** The index of the person's word after a death noun at {@code i}, or -1. */
  static int person(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    if (DEATH.stream().noneMatch(w::startsWith)) {
      return -1;
    }
    int j = i + 1;
    // "the death of a man", "гибель мирной жительницы": "of", an article or one adjective between
    while (j < tokens.size() && j <= i + 3 && !PERSON.contains(tokens.get(j).lower())
        && tokens.get(j).word() && !tokens.get(j).capitalised()) {
      j++;
    }
    if (j >= tokens.size() || !PERSON.contains(tokens.get(j).lower())) {
      return -1;
    }
    // "the death of a man and his son": let the persons joined by "and" be counted by the other rule
    return j;
  }
}
