package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A list of "districts" that are communities: translations call a hromada a district ("They
 * shelled Chervonohryhorivka, Nikopol, and Marhanets districts"), and a list naming a town that
 * seats no raion (Marhanets) cannot be a list of raions. Such a list names its communities, each
 * placed at its seat; a list of raion centres only ("Bohodukhiv, Chuhuiv and Kupiansk districts")
 * stays a list of raions.
 */
final class LooseDistricts {
  /** Words that may stand inside the list. */
  private static final Set<String> LINKS = Set.of(",", "and", "or", "und", "oder", "the", "die", "der", "sowie");
  /** GeoNames feature codes of a raion's seat or higher. */
  private static final Set<String> SEATS = Set.of("PPLA2", "PPLA", "PPLC");

  /** Words after the head that make the list a city's districts: "districts of Horlivka". */
  private static final Set<String> CITY_OF = Set.of("of", "von", "der", "in");

  private LooseDistricts() {}

  /** Whether the list before the head noun at {@code head} names a known town that seats no raion. */
  static boolean communities(Gazetteer gazetteer, List<Token> tokens, int head) {
    // "Kalininskyi and Nykytivskyi districts of Horlivka": a city's districts, no communities
    if (head + 1 < tokens.size() && CITY_OF.contains(tokens.get(head + 1).lower())) {
      return false;
    }
    for (int k = head - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (LINKS.contains(t.lower())) {
        continue;
      }
      if (!(t.word() && t.capitalised())) {
        break;
      }
      List<Place> found = gazetteer.byName(t.text());
      if (!found.isEmpty() && found.stream().noneMatch(p -> SEATS.contains(p.feature()))) {
        return true;
      }
    }
    return false;
  }
}
