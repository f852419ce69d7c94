package org.trucewatch.formats.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subset named inside a figure without commas: "Five people including two children were injured",
 * "Mindestens 44 Zivilisten unter ihnen ein Kind starben", "пять человек в том числе двое детей
 * пострадали". The subset's number is no figure of its own before the verb: the outer number reaches
 * past it to its casualty word, as it does past an apposition between commas. Also the one list of
 * the words that make what follows them a part of people counted before, for the figure reader too.
 */
final class AmongSubset {
  /** Where a word that makes what follows it a subset is read. */
  private enum Role {
    /** Right before a number, before a pronoun, and before a casualty word: "including two children", "darunter zwei Kinder". */
    OPENS(true, true, true),
    /** Before a number only with a pronoun between ("among them two children"), and before a casualty word ("among the injured"). */
    WITH_PRONOUN(false, true, true),
    /**
     * Right before a number or a pronoun only ("в том числе двое детей", "включая пять детей"): the figure
     * reader's look-back before a casualty word has not read these words.
     */
    BEFORE_NUMBER(true, true, false),
    /** A pronoun of people counted before, read before a casualty word only ("з них", "von denen"): "as a result of which two civilians" is no subset. */
    PRONOUN(false, false, true),
    /** Any other word: read nowhere. */
    NONE(false, false, false);

    /** Whether the word opens a subset right before its number. */
    final boolean beforeNumber;
    /** Whether the word opens a subset before a pronoun of {@link #THEM} right before its number. */
    final boolean beforeThem;
    /** Whether the word makes a casualty word within three tokens after it a part of a figure given before. */
    final boolean beforeCasualty;

    Role(boolean beforeNumber, boolean beforeThem, boolean beforeCasualty) {
      this.beforeNumber = beforeNumber;
      this.beforeThem = beforeThem;
      this.beforeCasualty = beforeCasualty;
    }
  }

  /** Words that make what follows them a part of people counted before, each with where it is read. */
  private static final Map<String, Role> AMONG = Map.ofEntries(
      Map.entry("including", Role.OPENS), Map.entry("darunter", Role.OPENS), Map.entry("davon", Role.OPENS),
      Map.entry("зокрема", Role.OPENS),
      Map.entry("among", Role.WITH_PRONOUN), Map.entry("unter", Role.WITH_PRONOUN), Map.entry("среди", Role.WITH_PRONOUN),
      Map.entry("серед", Role.WITH_PRONOUN),
      Map.entry("включая", Role.BEFORE_NUMBER), Map.entry("включаючи", Role.BEFORE_NUMBER), Map.entry("числе", Role.BEFORE_NUMBER),
      Map.entry("числі", Role.BEFORE_NUMBER),
      Map.entry("них", Role.PRONOUN), Map.entry("which", Role.PRONOUN), Map.entry("denen", Role.PRONOUN));
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
      return j >= 2 && role(tokens.get(j - 2).lower()).beforeThem;
    }
    return role(w).beforeNumber;
  }

  /**
   * Whether {@code lower} (a lower-case token) within three tokens before a casualty word makes that word's
   * figure a part of one given before: "серед постраждалих двоє дітей", "Unter den Verletzten".
   */
  static boolean beforeCasualty(String lower) {
    return role(lower).beforeCasualty;
  }

  /** The word's role; any other word is read nowhere. */
  private static Role role(String lower) {
    return AMONG.getOrDefault(lower, Role.NONE);
  }
}
