package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An injury named as the cause of a death is no injured figure: "died of his injuries",
 * "succumbed to her wounds", "starb an seinen Verletzungen", "seinen Verletzungen erlegen", "помер
 * від отриманих поранень", "скончался от полученных ранений", and with the cause first,
 * "внаслідок осколкових поранень загинула жінка", "от полученных ранений на месте погиб мужчина";
 * and injuries called fatal, "тілесні ушкодження, не сумісні з життям", "травмы, несовместимые с
 * жизнью", "injuries incompatible with life", "mit dem Leben nicht vereinbare Verletzungen".
 * The person is counted once, dead, where the text tells the death. Stateless; looks a few tokens
 * around each injury cue.
 */
final class CauseOfDeath {
  /** Prepositions between a death and its cause. */
  private static final Set<String> OF = Set.of("of", "from", "to", "an", "von", "від", "от");
  /** Words of cause before the wounds: "внаслідок", "від", "через", "от", "из-за". */
  private static final Set<String> BECAUSE = Set.of("внаслідок", "унаслідок", "від", "через", "от", "из-за", "вследствие",
      // "в результате полученных ранений мужчина ... скончался", "в результаті отриманих поранень"
      "результате", "результаті");
  /** How many words (adjectives: "осколкових", "полученных") may stand between the cause word and the wounds. */
  private static final int BETWEEN = 2;
  /** How far after the wounds the death word may stand: "поранень на місці події загинула", "ранений мужчина в возрасте 50 лет скончался". */
  private static final int TO_DEATH = 7;
  /** Life, in "incompatible with life": "життям", "жизнью", "life", "Leben". */
  private static final Set<String> LIFE = Set.of("життям", "жизнью", "life", "leben");
  /** How far from the wounds "incompatible with life" may stand, either side: "не сумісні з життям". */
  private static final int TO_LIFE = 5;
  /** Tokens that end a sentence: "incompatible with life" is read within the wounds' sentence. */
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";");

  private CauseOfDeath() {}

  /** The casualty cues without the injury words that only say what a death came of ({@code clause}: each token's clause). */
  static List<Cue.Match> withoutCauses(List<Cue.Match> casualty, List<Token> tokens, int[] clause) {
    List<Cue.Match> out = new ArrayList<>(casualty.size());
    for (Cue.Match m : casualty) {
      if (!(m.cue().value().equals("injured")
          && (cause(m, casualty, tokens) || causeFirst(m, casualty, tokens, clause) || fatal(m, tokens)))) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean cause(Cue.Match injured, List<Cue.Match> casualty, List<Token> tokens) {
    for (Cue.Match k : casualty) {
      if (!k.cue().value().equals("killed")) {
        continue;
      }
      // "seinen Verletzungen erlegen", "an seinen Verletzungen gestorben": the death word right after
      if (k.first() > injured.last() && k.first() - injured.last() <= 2 && ofBefore(tokens, injured.first())) {
        return true;
      }
      // "died of his injuries", "succumbed to her wounds", "помер від отриманих поранень"
      if (k.last() < injured.first() && injured.first() - k.last() <= 4) {
        for (int j = k.last() + 1; j < injured.first(); j++) {
          if (OF.contains(tokens.get(j).lower())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether "an" (or a possessive after it) stands right before the injury: "an seinen Verletzungen", "seinen Verletzungen erlegen". */
  private static boolean ofBefore(List<Token> tokens, int first) {
    for (int j = first - 1; j >= Math.max(0, first - 3); j--) {
      String w = tokens.get(j).lower();
      if (OF.contains(w) || w.startsWith("sein") || w.startsWith("ihre") || w.startsWith("ihren")) {
        return true;
      }
    }
    return false;
  }

  /** "внаслідок осколкових поранень загинула": a word of cause before the wounds, a death soon after in their clause. */
  private static boolean causeFirst(Cue.Match injured, List<Cue.Match> casualty, List<Token> tokens, int[] clause) {
    return because(tokens, injured.first()) && deathAfter(injured, casualty, clause);
  }

  private static boolean because(List<Token> tokens, int first) {
    for (int j = first - 1; j >= Math.max(0, first - 1 - BETWEEN); j--) {
      if (BECAUSE.contains(tokens.get(j).lower())) {
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

  /** "ушкодження, не сумісні з життям", "mit dem Leben nicht vereinbare Verletzungen": wounds called fatal, in their sentence. */
  private static boolean fatal(Cue.Match injured, List<Token> tokens) {
    boolean life = false;
    boolean compatible = false;
    for (int j = Math.max(0, injured.first() - TO_LIFE); j <= Math.min(tokens.size() - 1, injured.last() + TO_LIFE); j++) {
      String w = tokens.get(j).lower();
      if (SENTENCE_ENDS.contains(w)) {
        if (j > injured.last()) {
          break;
        }
        life = false;
        compatible = false;
        continue;
      }
      life |= LIFE.contains(w);
      compatible |= w.startsWith("сумісн") || w.startsWith("несумісн") || w.startsWith("совместим")
          || w.startsWith("несовместим") || w.equals("incompatible") || w.startsWith("vereinbar");
    }
    return life && compatible;
  }
}
