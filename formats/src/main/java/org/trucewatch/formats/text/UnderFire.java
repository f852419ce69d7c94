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

  /** Whether the name at {@code i} follows a round-up's opening: the fire, then its verb. */
  static boolean before(List<Token> tokens, int i) {
    return i >= 2 && VERBS.contains(tokens.get(i - 1).lower()) && FIRE.contains(tokens.get(i - 2).lower());
  }
}
