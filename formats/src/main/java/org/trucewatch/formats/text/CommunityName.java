package org.trucewatch.formats.text;

import java.util.List;

/**
 * Whether a place's words name a community ("Покровській громаді", "Марганецькій, Покровській
 * громадах", "Покровская община") rather than a town: many communities bear a name, so its seat is
 * decided by the text's other places, however large the largest namesake.
 */
final class CommunityName {
  private CommunityName() {}

  /** Whether the adjective at {@code first} is a community's, its community word at most eight words on within the sentence. */
  static boolean at(List<Token> tokens, int first) {
    String adjective = tokens.get(first).lower();
    if (!(adjective.contains("ськ") || adjective.contains("цьк") || adjective.contains("ск") || adjective.contains("цк"))) {
      return false;
    }
    for (int k = first + 1; k < Math.min(tokens.size(), first + 9); k++) {
      String w = tokens.get(k).lower();
      if (w.startsWith("громад") || w.startsWith("общин") || w.startsWith("обществ") || w.equals("отг") || w.equals("тг")) {
        return true;
      }
      if (w.equals(".") || w.equals("!") || w.equals("?")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a plural community word ends the place at {@code last} or follows it: "Марганецькій, Мирівській,
   * Покровській громадах" is a list of communities without an "and", the plural says so.
   */
  static boolean pluralAfter(List<Token> tokens, int last) {
    // the last community's mention may hold the word itself ("Покровській громадах")
    return plural(tokens.get(last).lower()) || last + 1 < tokens.size() && plural(tokens.get(last + 1).lower());
  }

  private static boolean plural(String w) {
    return w.equals("громади") || w.equals("громадах") || w.equals("громадам") || w.equals("громадами")
        || w.equals("общины") || w.equals("общинах") || w.equals("общинам") || w.equals("общинами");
  }

  /**
   * Whether "а також", "а также" joins a list at {@code k} as "and" does: "по самому Нікополю, а також
   * Марганецькій, Покровській громадах".
   */
  static boolean alsoAt(List<Token> tokens, int k) {
    String w = tokens.get(k).lower();
    if (w.equals("також") || w.equals("также")) {
      return k > 0 && tokens.get(k - 1).lower().equals("а");
    }
    return w.equals("а") && k + 1 < tokens.size()
        && (tokens.get(k + 1).lower().equals("також") || tokens.get(k + 1).lower().equals("также"));
  }
}
