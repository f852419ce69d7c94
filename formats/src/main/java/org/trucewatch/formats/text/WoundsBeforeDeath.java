package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wounds named as a death's cause before the death word are no injured figure: "внаслідок осколкових
 * поранень загинула жінка", "от полученных ранений на месте погиб мужчина", "через травми помер".
 */
final class WoundsBeforeDeath {
  /** Words of cause before the wounds: "внаслідок", "від", "через", "от", "из-за". */
  private static final Set<String> BECAUSE = Set.of("внаслідок", "унаслідок", "від", "через", "от", "из-за", "вследствие");
  /** How many words (adjectives: "осколкових", "полученных") may stand between the cause word and the wounds. */
  private static final int BETWEEN = 2;
  /** How far after the wounds the death word may stand: "поранень на місці події загинула". */
  private static final int TO_DEATH = 5;

  private WoundsBeforeDeath() {}

  /** The casualty cues without the wounds that a later death word of their clause says killed. */
  static List<Cue.Match> without(List<Cue.Match> casualty, List<Token> tokens, int[] clause) {
    List<Cue.Match> out = new ArrayList<>(casualty.size());
    for (Cue.Match m : casualty) {
      if (!(m.cue().value().equals("injured") && because(tokens, m.first()) && deathAfter(m, casualty, clause))) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean because(List<Token> tokens, int first) {
    for (int j = first - 1; j >= Math.max(0, first - 1 - BETWEEN); j--) {
      String w = tokens.get(j).lower();
      if (BECAUSE.contains(w)) {
        return true;
      }
      if (!tokens.get(j).word() || tokens.get(j).capitalised()) {
        return false;
      }
    }
    return false;
  }

  private static boolean deathAfter(Cue.Match injured, List<Cue.Match> casualty, int[] clause) {
    for (Cue.Match k : casualty) {
      if (k.cue().value().equals("killed") && k.first() > injured.last() && k.first() - injured.last() <= TO_DEATH
          && clause[k.first()] == clause[injured.last()]) {
        return true;
      }
    }
    return false;
  }
}
