package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * "Earlier the same day", "Раніше того ж дня", "ранее в тот же день", "zuvor am selben Tag": the word
 * "earlier" dates the event told next before the one told already, on that day; it is no earlier
 * report of the same figures ("Earlier, officials spoke of four dead"), so its figures are new people.
 */
final class EarlierSameDay {
  /** "same" or "that" of the day: "the same day", "that day", "того ж дня", "в тот же день", "am selben Tag". */
  private static final Set<String> SAME = Set.of("same", "that", "ж", "же", "тот", "той", "того", "тому", "selben",
      "gleichen", "demselben", "diesem");
  /** The day itself, in the cases the phrase takes. */
  private static final Set<String> DAY = Set.of("day", "день", "дня", "дні", "дне", "tag", "tages");
  /** How many words after "earlier" the phrase may take: "в тот же день" is four. */
  private static final int REACH = 4;

  private EarlierSameDay() {}

  /** Whether the word at {@code k} ("earlier", "раніше", ...) is followed by "the same day" or "that day" in its sentence. */
  static boolean at(List<Token> tokens, int[] sentence, int k) {
    boolean same = false;
    for (int j = k + 1; j < tokens.size() && j <= k + REACH && sentence[j] == sentence[k]; j++) {
      String w = tokens.get(j).lower();
      if (SAME.contains(w)) {
        same = true;
      } else if (same && DAY.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
