package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * A city's district named in Ukrainian or Russian ("у Дніпровському районі Херсона", "Киевский,
 * Кировский и Петровский районы Донецка"): the district is the city, whatever raion of another
 * oblast bears the same name, and its adjectives are no villages.
 */
final class CityDistrict {
  /** "міста", "города" and their abbreviations after a district: "Шевченківського району м. Харкова". */
  private static final Set<String> CITY_WORDS = Set.of("міста", "города", "м", "г");
  /** Words that join the adjectives of a list of districts. */
  private static final Set<String> JOINS = Set.of(",", "і", "й", "та", "и");
  /**
   * Beginnings of a district noun ("районі", "районы", "мікрорайоні"): here and in {@link PlaceFinder}, where a
   * name before one is a district's, not a village's.
   */
  static final List<String> NOUNS = List.of("район", "мікрорайон", "микрорайон");
  /** How far the district noun may stand after the first adjective of a list. */
  private static final int LIST_TOKENS = 10;
  /** A settlement this large has city districts. */
  private static final long CITY_POPULATION = 50_000;

  private CityDistrict() {}

  /**
   * The index of the district noun ("районі", "районы", "мікрорайоні") that the capitalised word
   * at {@code i} qualifies, directly or as one of a list of adjectives, or -1.
   */
  static int districtWord(List<Token> tokens, int i) {
    if (!adjective(tokens.get(i).lower())) {
      return -1;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + LIST_TOKENS; j++) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (noun(w)) {
        return j;
      }
      if (!JOINS.contains(w) && !(t.word() && t.capitalised() && adjective(w))) {
        return -1; // "Ясенове, Піщане Куп'янського району": villages of a raion, not districts
      }
    }
    return -1;
  }

  /** How far before the colon the district noun of a list after it may stand: "районов столицы республики:". */
  private static final int NOUN_BEFORE_COLON = 5;

  /**
   * Whether the capitalised adjective at {@code i} is one of a list of districts that a district noun
   * and a colon introduce: "обстрел затронул несколько районов столицы: Киевский, Кировский и
   * Петровский", "пошкоджено будинки у трьох районах міста: Шевченківському, Київському".
   */
  static boolean listedAfterColon(List<Token> tokens, int i) {
    if (!adjective(tokens.get(i).lower())) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && (JOINS.contains(tokens.get(k).lower())
        || tokens.get(k).word() && tokens.get(k).capitalised() && adjective(tokens.get(k).lower()))) {
      k--;
    }
    if (k < 0 || !tokens.get(k).text().equals(":")) {
      return false;
    }
    for (int j = k - 1; j >= 0 && j >= k - NOUN_BEFORE_COLON; j--) {
      if (noun(tokens.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word begins with a district noun ({@link #NOUNS}). */
  private static boolean noun(String w) {
    for (String n : NOUNS) {
      if (w.startsWith(n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word has the ending of a district's adjective: "Кировский", "Дніпровському", "Центрального". */
  private static boolean adjective(String w) {
    return ADJECTIVE_ENDINGS.stream().anyMatch(w::endsWith);
  }

  private static final List<String> ADJECTIVE_ENDINGS = List.of("ський", "ського", "ському", "ськім", "ська", "ські",
      "ських", "цький", "цького", "цькому", "ский", "ского", "скому", "ском", "ские", "ских", "цкий", "цкого", "цком",
      "ний", "ного", "ному", "ным", "ном", "ній", "ьом");

  /** Whether the district noun at {@code noun} is followed by the city it is a district of. */
  static boolean ofCity(List<Token> tokens, int noun, Gazetteer gazetteer) {
    int c = noun + 1;
    if (c < tokens.size() && CITY_WORDS.contains(tokens.get(c).lower())) {
      c += tokens.get(c).lower().length() == 1 && c + 1 < tokens.size() && tokens.get(c + 1).text().equals(".") ? 2 : 1;
    }
    if (c >= tokens.size() || !tokens.get(c).word() || !tokens.get(c).capitalised()) {
      return false;
    }
    return gazetteer.byInflectedWord(tokens.get(c).text()).stream().anyMatch(p -> p.population() >= CITY_POPULATION);
  }
}
