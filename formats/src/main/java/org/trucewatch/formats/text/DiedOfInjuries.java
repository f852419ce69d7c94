package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * "От полученных травм она погибла", "від отриманих поранень він помер", "she died of her
 * injuries": a person already counted as injured died, one of the injured who is now of the killed.
 */
final class DiedOfInjuries {
  /** "от", "від", "of" before the injuries. */
  private static final Set<String> FROM = Set.of("от", "від", "of");
  /** What may stand between "from" and the injury noun: "полученных", "отриманих", "his". */
  private static final int BETWEEN = 2;

  private DiedOfInjuries() {}

  /**
   * Whether the killed cue {@code killed} tells of death from injuries: an injury cue after "от" or
   * "від" within three tokens before it, or after "of" right after it.
   */
  static boolean at(List<Token> tokens, Cue.Match killed, List<Cue.Match> casualtyCues) {
    for (Cue.Match m : casualtyCues) {
      if (!m.cue().value().equals("injured")) {
        continue;
      }
      boolean before = m.last() < killed.first() && killed.first() - m.last() <= 3;
      boolean after = m.first() > killed.last() && m.first() - killed.last() <= BETWEEN + 1;
      if ((before || after) && fromBefore(tokens, m.first())) {
        return true;
      }
    }
    return false;
  }

  private static boolean fromBefore(List<Token> tokens, int noun) {
    for (int j = noun - 1; j >= Math.max(0, noun - 1 - BETWEEN); j--) {
      if (FROM.contains(tokens.get(j).lower())) {
        return true;
      }
      if (!tokens.get(j).word()) {
        return false;
      }
    }
    return false;
  }
}
