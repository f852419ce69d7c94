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

  /**
   * What a city is called between the phrase and its name: "nahe der Hauptstadt Kiew", "near the port
   * city of Odesa", "недалеко от столицы Киева", "поблизу обласного центру".
   */
  private static final Set<String> TITLES = Set.of("hauptstadt", "hafenstadt", "großstadt", "grossstadt", "stadt",
      "gebietshauptstadt", "regionalhauptstadt", "capital", "city", "port", "regional", "of", "der", "the", "столицы",
      "столиці", "города", "міста", "областного", "обласного", "центра", "центру");
  /** Short phrases that make a reference only before a city's title: "nahe der Hauptstadt", "near the capital". */
  private static final List<List<String>> BEFORE_TITLE = List.of(List.of("nahe"), List.of("near"), List.of("bei"),
      List.of("біля"), List.of("под"), List.of("возле"));

  /**
   * Whether the city at {@code i} is named as what the event was near, by its title ("nahe der
   * Hafenstadt Odessa", "near the capital Kyiv"): a point of reference even with no place before it,
   * since the event was near it and not in it.
   */
  static boolean titled(List<Token> tokens, int i) {
    int title = titleStart(tokens, i);
    if (title == i) {
      return false;
    }
    for (List<String> p : BEFORE_TITLE) {
      if (title - p.size() >= 0 && matches(tokens, title - p.size(), p)) {
        return true;
      }
    }
    return false;
  }

  /** The first word of a city's title right before {@code i} ("der Hauptstadt", "the port city of"), or {@code i}. */
  private static int titleStart(List<Token> tokens, int i) {
    int title = i;
    while (title > 0 && i - title < 3 && TITLES.contains(tokens.get(title - 1).lower())) {
      title--;
    }
    // an article alone is no title
    boolean onlyArticle = title == i - 1 && (tokens.get(title).lower().equals("the") || tokens.get(title).lower().equals("der")
        || tokens.get(title).lower().equals("of"));
    return onlyArticle ? i : title;
  }

  /** The index of the first word of a phrase that ends right before {@code i}, or -1. */
  static int phraseBefore(List<Token> tokens, int i) {
    // "Browary nahe der Hauptstadt Kiew": the city's title between the phrase and its name
    int title = titleStart(tokens, i);
    while (title > 0 && i - title < 3 && TITLES.contains(tokens.get(title - 1).lower())) {
      title--;
    }
    if (title < i) {
      for (List<List<String>> list : List.of(PHRASES, BEFORE_TITLE)) {
        for (List<String> p : list) {
          int start = title - p.size();
          if (start >= 0 && matches(tokens, start, p)) {
            return start;
          }
        }
      }
    }
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
