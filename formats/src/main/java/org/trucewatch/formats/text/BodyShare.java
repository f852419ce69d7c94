package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A body after a share is a measure of one living person's wounds, no death: "опіки 90% тіла", "ожоги 40
 * процентов тела", "burns to 60 percent of the body". The word for a body is a killed word elsewhere ("тіла
 * загиблих", "тела погибших"); after a percent sign or word, and a possessive or "of the" between, it is not.
 * Stateless; looks at the few tokens before each body word.
 */
final class BodyShare {
  /** How the words for a body begin: "тіла", "тіло", "тела", "тело", "body". */
  private static final List<String> BODY = List.of("тіл", "тел", "body");
  /** Words that may stand between the share and the body: "90% свого тіла", "40 процентов его тела", "of the body". */
  private static final Set<String> BETWEEN = Set.of("of", "the", "his", "her", "свого", "його", "її", "своего", "его", "ее", "её");
  /** How many such words may stand there. */
  private static final int REACH = 2;

  private BodyShare() {}

  /** The casualty cues without the body words that follow a share. */
  static List<Cue.Match> withoutShares(List<Cue.Match> casualty, List<Token> tokens) {
    List<Cue.Match> out = new ArrayList<>(casualty.size());
    for (Cue.Match m : casualty) {
      if (!(m.cue().value().equals("killed") && body(tokens.get(m.first())) && afterShare(tokens, m.first()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean body(Token t) {
    String w = t.lower();
    return BODY.stream().anyMatch(w::startsWith);
  }

  /** Whether a percent sign or word stands right before {@code k}, past up to two possessives or "of the". */
  private static boolean afterShare(List<Token> tokens, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 1 - REACH); j--) {
      if (NumberSign.percent(tokens.get(j))) {
        return true;
      }
      if (!BETWEEN.contains(tokens.get(j).lower())) {
        return false;
      }
    }
    return false;
  }
}
