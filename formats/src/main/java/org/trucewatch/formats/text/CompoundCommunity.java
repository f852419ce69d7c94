package org.trucewatch.formats.text;

import java.util.List;
import java.util.Locale;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * The seat of a community whose adjective is written as one word from a two-word name:
 * "Великописарівська громада" is Велика Писарівка's, "Малоданилівська" Мала Данилівка's:
 * the first word joined by -о-. Tried after the adjective as it stands finds no seat.
 */
final class CompoundCommunity {
  /** First words that Ukrainian and Russian join to the next with -о-: Велика, Мала, Нова, Стара. */
  private static final List<String> PREFIXES = List.of("велико", "мало", "ново", "старо");

  private CompoundCommunity() {}

  /** The seats the adjective names once its first word is split off; empty when none. */
  static List<Place> seats(Gazetteer gazetteer, String adjective) {
    String a = adjective.toLowerCase(Locale.ROOT);
    for (String p : PREFIXES) {
      if (a.startsWith(p) && a.length() > p.length() + 5) {
        List<Place> found = gazetteer.byCommunityAdjective(p + "-" + a.substring(p.length()));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }
}
