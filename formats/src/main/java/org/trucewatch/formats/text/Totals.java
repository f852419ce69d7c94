package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A figure the text calls a total: "In total, three people died", "a total of 12 injured",
 * "insgesamt", "загалом", "всього", "всего", "в общей сложности". It sums what was told before it.
 */
final class Totals {
  private static final Set<String> WORDS = Set.of("total", "overall", "altogether", "insgesamt", "gesamt", "загалом",
      "всього", "усього", "всего", "сложности");

  private Totals() {}

  /** Whether a total's word stands shortly before the number at {@code at}, in its sentence. */
  static boolean calledTotal(List<Token> tokens, int at, int[] sentence) {
    for (int k = at - 1; k >= Math.max(0, at - 4) && sentence[k] == sentence[at]; k--) {
      if (WORDS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a total's word opens the sentence of a figure starting at one of these text offsets, before it:
   * "Всего во время обстрела Орехово погибли пятеро" sets the word further off than a number's own words.
   */
  static boolean calledTotal(Paragraph paragraph, List<Integer> starts) {
    for (int start : starts) {
      int at = paragraph.tokenAt(start);
      for (int k = at - 1; at >= 0 && k >= 0 && paragraph.sentence[k] == paragraph.sentence[at]; k--) {
        if (WORDS.contains(paragraph.tokens.get(k).lower())) {
          return true;
        }
      }
    }
    return false;
  }
}
