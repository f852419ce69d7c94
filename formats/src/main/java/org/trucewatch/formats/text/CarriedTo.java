package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A town named as where the hurt were taken ("эвакуировали в Краматорск", "доправили до лікарні Краматорська",
 * "evacuated to Kramatorsk", "taken to a hospital in Dnipro"): where they are treated, not where they were hit. A
 * hospital alone says nothing ("a strike hit a hospital in Kharkiv"): the verb of carrying must stand before it.
 */
final class CarriedTo {
  /** Beginnings of the verbs of carrying the hurt away, in the four languages. */
  private static final List<String> CARRY = List.of("евакуюва", "эвакуирова", "доправ", "достав", "госпіталізува",
      "госпитализирова", "перевез", "відвез", "отвез", "evacuated", "taken", "brought", "transported", "rushed", "airlifted",
      "hospitali", "evakuiert", "gebracht", "eingeliefert");
  /** Beginnings of the words for a hospital, which may stand between the verb and the town. */
  private static final List<String> HOSPITAL = List.of("лікарн", "больниц", "госпітал", "госпитал", "медзаклад",
      "hospital", "krankenhaus", "klinik", "clinic");
  /** Words that may stand between the verb and the town: prepositions, articles, a hospital's adjectives. */
  private static final Set<String> LINKS = Set.of("в", "у", "во", "до", "to", "in", "a", "the", "of", "nach", "ins",
      "ein", "eine", "einem", "das", "den", "dem", "обласної", "міської", "районної", "областной", "городской",
      "районной", "regional", "city", "local", "hospital");
  /** How many words the verb may stand before the town. */
  private static final int REACH = 5;

  private CarriedTo() {}

  /** Whether the name at {@code i} is where the hurt were carried to. */
  static boolean at(List<Token> tokens, int i) {
    if (i < 2) {
      return false;
    }
    String before = tokens.get(i - 1).lower();
    // "в Краматорск", "до лікарні Краматорська", "to Kramatorsk": a preposition or the hospital right before the town
    if (!LINKS.contains(before) && HOSPITAL.stream().noneMatch(before::startsWith)) {
      return false;
    }
    // "ist in ein Krankenhaus in Charkiw gebracht worden": German puts the verb after, the hospital still right before
    if (HOSPITAL.stream().anyMatch(tokens.get(i - 2).lower()::startsWith) && (before.equals("in") || before.equals("nach"))) {
      for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
        String w = tokens.get(k).lower();
        if (CARRY.stream().anyMatch(w::startsWith)) {
          return true;
        }
      }
    }
    for (int k = i - 2; k >= 0 && k >= i - REACH; k--) {
      String w = tokens.get(k).lower();
      if (CARRY.stream().anyMatch(w::startsWith)) {
        return true;
      }
      if (!LINKS.contains(w) && HOSPITAL.stream().noneMatch(w::startsWith)) {
        return false;
      }
    }
    return false;
  }
}
