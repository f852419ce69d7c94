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
      "hospitali", "evakuiert", "gebracht", "eingeliefert", "транспортир", "транспортува");
  /** Beginnings of the words for a hospital, which may stand between the verb and the town. */
  private static final List<String> HOSPITAL = List.of("лікарн", "больниц", "госпітал", "госпитал", "медзаклад",
      "hospital", "krankenhaus", "klinik", "clinic");
  /** Words that may stand between the verb and the town: prepositions, articles, a hospital's adjectives. */
  private static final Set<String> LINKS = Set.of("в", "у", "во", "до", "to", "in", "a", "the", "of", "nach", "ins",
      "ein", "eine", "einem", "das", "den", "dem", "обласної", "міської", "районної", "областной", "городской",
      "районной", "regional", "city", "local", "hospital",
      // "в больницу города Курахово", "в больницу г. Курахово", "до лікарні міста Краматорська": the word for a town
      "города", "г", "міста", "м");
  /** How many words may stand between the verb and a hospital ("доставив її до хірургічного відділення лікарні"). */
  private static final int HOSPITAL_REACH = 4;
  /** How many words the verb may stand before the town. */
  private static final int REACH = 5;

  private CarriedTo() {}

  /** Whether the name at {@code i} is where the hurt were carried to. */
  static boolean at(List<Token> tokens, int i) {
    if (i < 2) {
      return false;
    }
    String before = word(tokens, i - 1);
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
    int hospital = -1;
    for (int k = i - 2; k >= 0 && k >= i - REACH - (hospital < 0 ? 0 : HOSPITAL_REACH); k--) {
      String w = word(tokens, k);
      if (CARRY.stream().anyMatch(w::startsWith)) {
        return true;
      }
      if (HOSPITAL.stream().anyMatch(w::startsWith)) {
        hospital = k;
        continue;
      }
      // past a hospital, the words before it are its department and the carried ("її до хірургічного відділення"),
      // but not a clause's end
      if (hospital >= 0 ? tokens.get(k).clauseBreak() && !w.equals("г") || k < hospital - HOSPITAL_REACH : !LINKS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** The word at {@code k} in lower case; the stop of "г." and "м." ("в больницу г. Курахово") reads as the word it shortens. */
  private static String word(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (t.text().equals(".") && k > 0 && tokens.get(k - 1).end() == t.start()) {
      String w = tokens.get(k - 1).lower();
      if (w.equals("г") || w.equals("м")) {
        return w;
      }
    }
    return t.lower();
  }
}
