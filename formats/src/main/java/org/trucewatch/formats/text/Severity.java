package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * Words of how badly people were hurt, which stand between a number and its casualty word without
 * parting them: "Zehn weitere wurden teils schwer verletzt", "поранення різного ступеня тяжкості
 * отримали дев’ятеро", "ранения разной степени тяжести получили пятеро", "were seriously injured".
 * A figure's reach is counted in words other than these, so the degree of the wounds costs it none.
 */
final class Severity {
  /** The degree words, exactly, in all four languages. */
  private static final Set<String> WORDS = Set.of(
      "teils", "teilweise", "schwer", "leicht", "lebensgefährlich", "unterschiedlich", "mittelschwer", "schwerst",
      "seriously", "severely", "slightly", "critically", "lightly", "badly", "moderately",
      "різного", "різної", "ступеня", "ступенів", "тяжкості", "важкості", "середньої", "тяжко", "важко", "легко",
      "разной", "различной", "степени", "тяжести", "средней", "тяжело");

  private Severity() {}

  /** How many degree words stand in {@code [from, to)}. */
  static int words(List<Token> tokens, int from, int to) {
    int n = 0;
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      if (WORDS.contains(tokens.get(k).lower())) {
        n++;
      }
    }
    return n;
  }
}
