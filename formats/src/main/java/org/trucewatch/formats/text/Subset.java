package org.trucewatch.formats.text;

import java.util.List;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A number "among the injured" ("серед постраждалих троє жінок", "среди раненых двое мужчин",
 * "unter den Verletzten drei Frauen", "among the injured were three women") names some of those
 * counted before, not more of them.
 */
final class Subset {
  private Subset() {}

  /**
   * Whether {@code n} people of {@code category}, introduced by "among", fit in a figure of that
   * category given before, whose counts are {@code earlier}.
   */
  static boolean ofEarlier(String category, int n, List<CasualtyCount> earlier) {
    if (!category.equals("killed") && !category.equals("injured")) {
      return false;
    }
    return earlier.stream().anyMatch(c -> c.min() >= n);
  }
}
