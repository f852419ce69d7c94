package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A name that heads a sentence and is followed by a colon ("Куп'янськ: поранено двох чоловіків", "\"Старобільськ:
 * внаслідок обстрілу ...\"", "Kiew: ..."): a round-up's line for that town, so the name is a place, not a word that
 * happens to be written with a capital at a sentence's start.
 */
final class HeadedLine {
  /** Marks that end the sentence before, or open a quote the line stands in. */
  private static final Set<String> OPENERS = Set.of(".", "!", "?", "\"", "«", "“", "„", "—", "–", "-", "•", "*");

  private HeadedLine() {}

  /** Whether the name at {@code first..last} opens a sentence (or a quoted one) and a colon follows it. */
  static boolean at(List<Token> tokens, int first, int last) {
    if (last + 1 >= tokens.size() || !tokens.get(last + 1).text().equals(":")) {
      return false;
    }
    return first == 0 || OPENERS.contains(tokens.get(first - 1).text());
  }
}
