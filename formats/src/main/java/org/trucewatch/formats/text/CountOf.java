package org.trucewatch.formats.text;

import java.util.Set;

/**
 * A count told after a dash to the noun phrase that names its category: "кількість постраждалих –
 * наразі відомо про дев'ятьох людей", "количество пострадавших по предыдущему прилету - сейчас их
 * четверо". The number has no casualty word near it; the category is the one the count noun governs.
 */
final class CountOf {
  /** The nouns of a count: "кількість", "количество", "число", "Zahl", "number", "toll". */
  private static final Set<String> COUNT = Set.of("кількість", "количество", "число", "zahl", "number", "toll");
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  /** How many tokens may stand between the dash and the number ("сейчас их", "наразі відомо про"). */
  private static final int AFTER_DASH = 4;
  /** How many tokens may stand between the casualty word and the dash ("по предыдущему прилету"). */
  private static final int BEFORE_DASH = 5;

  /** The words between a count noun and its category: "Zahl der Verletzten", "number of the injured". */
  private static final Set<String> OF = Set.of("der", "of", "the");

  private CountOf() {}

  /** Whether a count noun stands right before {@code first}, "of" and "the" passed. */
  private static boolean countNounBefore(Paragraph paragraph, int first) {
    int k = first - 1;
    while (k >= 0 && first - k <= 3 && OF.contains(paragraph.tokens.get(k).lower())) {
      k--;
    }
    return k >= 0 && COUNT.contains(paragraph.tokens.get(k).lower());
  }

  /** The killed or injured word governed by a count noun before a dash shortly before the number at {@code i}, or null. */
  static Cue.Match before(Paragraph paragraph, int i) {
    for (int d = i - 1; d >= Math.max(1, i - 1 - AFTER_DASH) && paragraph.sentence[d] == paragraph.sentence[i]; d--) {
      if (!DASHES.contains(paragraph.tokens.get(d).text())) {
        if (paragraph.tokens.get(d).clauseBreak() || NumberWords.at(paragraph.tokens, d).length > 0) {
          return null;
        }
        continue;
      }
      for (int j = d - 1; j >= Math.max(1, d - BEFORE_DASH) && paragraph.sentence[j] == paragraph.sentence[i]; j--) {
        Cue.Match m = paragraph.endingAt(Lexicon.Kind.CASUALTY, j);
        if (Cue.Match.killedOrInjured(m) != null && countNounBefore(paragraph, m.first())) {
          return m;
        }
        if (paragraph.tokens.get(j).clauseBreak()) {
          return null;
        }
      }
      return null;
    }
    return null;
  }
}
