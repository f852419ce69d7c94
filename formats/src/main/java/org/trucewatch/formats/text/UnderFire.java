package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A Cyrillic round-up's opening, which names the places after it as those under fire: "под
 * вражеским огнем оказались Белозерка, ...", "обстрелам подверглись Антоновка, ...", "під ворожим
 * вогнем опинилися Білозерка, ...", "обстрілів зазнали Антонівка, ...". The verb stands between the
 * fire and the first place, so no attack word stands right before it.
 */
final class UnderFire {
  /** The fire, in the cases a round-up puts it: "под огнем", "обстрелам подверглись", "обстрілів зазнали". */
  private static final Set<String> FIRE = Set.of("огнем", "огнём", "обстрелом", "обстрелами", "обстрелам", "обстрелу",
      "ударам", "ударами", "атакам", "атаками", "вогнем", "обстрілом", "обстрілами", "обстрілам", "обстрілів", "обстрілу",
      "ударів", "атак");
  /** The verbs that put places under it. */
  private static final Set<String> VERBS = Set.of("оказались", "оказался", "оказалась", "оказалось", "находились",
      "были", "побывали", "подверглись", "подвергся", "подверглась", "подверглось", "опинилися", "опинились",
      "опинився", "опинилася", "опинилось", "опинилося", "перебували", "були", "зазнали", "зазнав", "зазнала",
      "зазнало", "потрапили", "попали");

  private UnderFire() {
  }

  /** Words that may stand between the verb and the first place: "подверглись также Купянск-Узловой". */
  private static final Set<String> ALSO = Set.of("также", "тоже", "еще", "ещё", "також", "теж", "ще");
  /** How many words (the fire's agent: "обстрелам ВС РФ подверглись") may stand between the fire and its verb. */
  private static final int AGENT_WORDS = 3;

  /** Whether the name at {@code i} follows a round-up's opening: the fire, then its verb. */
  static boolean before(List<Token> tokens, int i) {
    int verb = i - 1;
    if (verb >= 1 && ALSO.contains(tokens.get(verb).lower())) {
      verb--;
    }
    if (verb < 1 || !VERBS.contains(tokens.get(verb).lower())) {
      return false;
    }
    // "обстрелам подверглись", "обстрелам ВС РФ подверглись", "под вражеским огнем оказались": words only between
    for (int k = verb - 1; k >= 0 && k >= verb - 1 - AGENT_WORDS; k--) {
      Token t = tokens.get(k);
      if (FIRE.contains(t.lower())) {
        return true;
      }
      if (!t.word()) {
        return false;
      }
    }
    return false;
  }
}
