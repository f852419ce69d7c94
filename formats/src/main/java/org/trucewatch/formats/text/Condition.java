package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A number told by its condition ("стан трьох постраждалих оцінюють як середньої тяжкості",
 * "состояние двух пострадавших тяжелое", "the condition of two of the injured is serious", "der
 * Zustand von zwei Verletzten"): it describes people counted before, not more of them.
 */
final class Condition {
  /** The nouns of a person's condition, right before the number or before "of" / "von". */
  private static final Set<String> NOUNS = Set.of("стан", "стані", "состояние", "состоянии", "condition", "zustand");
  /** The words that may join the condition noun to the number. */
  private static final Set<String> LINKS = Set.of("of", "von", "der");

  private Condition() {}

  /** Whether the number at {@code at} is governed by a noun of condition in its sentence. */
  static boolean describes(List<Token> tokens, int at, int[] sentence) {
    for (int k = at - 1; k >= Math.max(0, at - 3) && sentence[k] == sentence[at]; k--) {
      String w = tokens.get(k).lower();
      if (NOUNS.contains(w)) {
        return true;
      }
      if (!LINKS.contains(w)) {
        return false;
      }
    }
    return false;
  }
}
