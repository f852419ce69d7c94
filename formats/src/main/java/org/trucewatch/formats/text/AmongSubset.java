package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A subset named inside a figure without commas: "Five people including two children were injured",
 * "Mindestens 44 Zivilisten unter ihnen ein Kind starben", "пять человек в том числе двое детей
 * пострадали". The subset's number is no figure of its own before the verb: the outer number reaches
 * past it to its casualty word, as it does past an apposition between commas.
 */
final class AmongSubset {
  /** Words that open a subset right before its number. */
  private static final Set<String> AMONG = Set.of("including", "among", "darunter", "davon", "unter", "среди", "серед",
      "включая", "включаючи", "зокрема", "числе", "числі");
  /** Pronouns after "among"/"unter": "among them", "unter ihnen", "среди них". */
  private static final Set<String> THEM = Set.of("them", "ihnen", "них", "яких", "которых");

  private AmongSubset() {}

  /** Whether a subset opens right before the number at {@code j}. */
  static boolean before(List<Token> tokens, int j) {
    if (j < 1) {
      return false;
    }
    String w = tokens.get(j - 1).lower();
    if (THEM.contains(w)) {
      return j >= 2 && AMONG.contains(tokens.get(j - 2).lower());
    }
    return AMONG.contains(w) && !w.equals("unter") && !w.equals("among") && !w.equals("среди") && !w.equals("серед");
  }
}
