package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A town named as what another place lies near, in words of several tokens ("Кременной недалеко от
 * Северодонецка", "У Степногірську, що неподалік Запоріжжя", "Kreminna, not far from
 * Sievierodonetsk"): a point of reference that says where the first place is, not a second place of
 * the event; and the first place is introduced by it.
 */
final class NearReference {
  /** The phrases, as lower-case words; the longer ones first, so "неподалік від" wins over "неподалік". */
  private static final List<List<String>> PHRASES = List.of(List.of("not", "far", "from"), List.of("in", "der", "nähe", "von"),
      List.of("недалеко", "от"), List.of("неподалеку", "от"), List.of("неподалёку", "от"), List.of("недалеко", "від"),
      List.of("неподалік", "від"), List.of("unweit", "von"), List.of("close", "to"), List.of("неподалік"), List.of("вблизи"),
      List.of("поблизу"), List.of("unweit"));
  /** Words between the located place and the phrase: "Степногірську, що неподалік", "Kreminna, which is not far from". */
  private static final Set<String> BETWEEN = Set.of(",", "что", "що", "який", "яке", "яка", "который", "которое", "которая",
      "which", "is", "lies", "located", "das", "der", "die", "liegt", "расположенный", "розташований");
  /** How many words may stand between the located place and the phrase. */
  private static final int GAP = 3;

  private NearReference() {}

  /** The index of the first word of a phrase that ends right before {@code i}, or -1. */
  static int phraseBefore(List<Token> tokens, int i) {
    for (List<String> p : PHRASES) {
      int start = i - p.size();
      if (start >= 0 && matches(tokens, start, p)) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Whether the name at {@code i} is a point of reference: a phrase stands before it, and a place
   * name (the place it locates, as {@code isPlace} knows it) shortly before the phrase, in the same
   * sentence ("Обстрел недалеко от Горловки" locates nothing).
   */
  static boolean at(List<Token> tokens, int i, Predicate<String> isPlace) {
    int start = phraseBefore(tokens, i);
    if (start < 1) {
      return false;
    }
    for (int k = start - 1; k >= Math.max(0, start - 1 - GAP); k--) {
      Token t = tokens.get(k);
      if (t.word() && t.capitalised()) {
        return isPlace.test(t.text());
      }
      if (!BETWEEN.contains(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /** Whether a phrase and a capitalised name follow the name ending at {@code last}: the name is the place located. */
  static boolean follows(List<Token> tokens, int last) {
    int k = last + 1;
    while (k < tokens.size() && k <= last + GAP && BETWEEN.contains(tokens.get(k).lower())) {
      k++;
    }
    for (List<String> p : PHRASES) {
      int name = k + p.size();
      if (name < tokens.size() && matches(tokens, k, p) && tokens.get(name).word() && tokens.get(name).capitalised()) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> tokens, int start, List<String> phrase) {
    if (start + phrase.size() > tokens.size()) {
      return false;
    }
    for (int j = 0; j < phrase.size(); j++) {
      if (!tokens.get(start + j).lower().equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }
}
