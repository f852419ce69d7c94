package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person whose age is under 18 is a minor, whatever the noun: "ein 15-jähriger Junge", "eine
 * 14-Jährige", "a 16-year-old", "10-річний хлопець", "15-летний подросток". The word lists hold the
 * nouns of children; reports as often give the age and a noun of either ("Junge", "Tochter",
 * "пасажир"), so the age says it.
 */
final class YoungAge {
  /** The cue each minor by age is matched as, so the singular-minor rule can tell it. */
  static final Cue CUE = new Cue(List.of("<age under 18>"), "minors");
  /** Ages from this one on are adults. */
  private static final int ADULT = 18;

  private YoungAge() {}

  /** The casualty cues with a minors' cue at each person of an age under 18 that no cue covers. */
  static List<Cue.Match> withMinors(List<Cue.Match> casualty, List<Token> tokens, Language language) {
    List<Cue.Match> out = null;
    for (int j = 0; j < tokens.size(); j++) {
      final int at = j;
      if (!Ages.agedPerson(tokens, j, language) || casualty.stream().anyMatch(m -> m.first() <= at && at <= m.last())) {
        continue;
      }
      int age = ageOf(tokens, j);
      if (age < 0 || age >= ADULT) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(casualty);
      }
      out.add(new Cue.Match(CUE, j, 1));
    }
    if (out == null) {
      return casualty;
    }
    out.sort(Comparator.comparingInt(Cue.Match::first));
    return out;
  }

  /** Whether the cue is a minor by age. */
  static boolean byAge(Cue.Match m) {
    return m.cue() == CUE;
  }

  /**
   * Whether the minor's noun at {@code j} has an adult's age written right before it: "a
   * 19-year-old boy", "20-летний парень" are no children.
   */
  static boolean adultByAge(List<Token> tokens, int j) {
    for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
      String t = tokens.get(k).text();
      if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 3) {
        String next = k + 1 < j ? tokens.get(k + 1).lower() : "";
        return (next.equals("-") || next.startsWith("year") || next.startsWith("jährig") || next.startsWith("річн")
            || next.startsWith("летн")) && Integer.parseInt(t) >= ADULT;
      }
    }
    return false;
  }

  /** The age in digits before the person's noun ("15-jähriger Junge", "14-Jährige"), or -1. */
  private static int ageOf(List<Token> tokens, int j) {
    for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
      String t = tokens.get(k).text();
      if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 3) {
        return Integer.parseInt(t);
      }
    }
    return -1;
  }
}
