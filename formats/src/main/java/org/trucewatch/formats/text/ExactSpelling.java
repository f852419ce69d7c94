package org.trucewatch.formats.text;

import java.util.List;
import java.util.Locale;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A name written exactly as a town's own Latin name is that town, not a namesake that only a
 * looser spelling reaches: "Sumy" is Sumy, not the village Shumy in the text's region. The gazetteer
 * folds spellings (sh/s, i/y, ...) so that the press's many romanisations meet; when one candidate
 * matches the letters as written, the folded ones are other names.
 */
final class ExactSpelling {
  /** Towns this large are the ones a reader takes a name as written for. */
  private static final long WELL_KNOWN = 50_000;

  private ExactSpelling() {}

  /** The candidates whose Latin name is {@code written} letter for letter, if one of them is a town; else all. */
  static List<Place> prefer(List<Place> candidates, String written) {
    if (candidates.size() < 2) {
      return candidates;
    }
    String w = written.toLowerCase(Locale.ROOT);
    List<Place> exact = candidates.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(w)).toList();
    // only a town a reader knows: the gazetteer's many villages spelled as the Russian press writes them
    // ("Gorlovka", "Antoniwka") must not outrank the city the folded spelling means
    return exact.stream().noneMatch(p -> p.population() >= WELL_KNOWN) || exact.size() == candidates.size() ? candidates : exact;
  }
}
