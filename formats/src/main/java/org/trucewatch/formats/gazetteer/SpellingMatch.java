package org.trucewatch.formats.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How closely a name written in Latin letters matches a place, for choosing among the places a
 * lookup confirms. Closest is a spelling of the place's current name (its canonical Cyrillic name in
 * any romanisation; GeoNames' own name for a place with Cyrillic names): "Sloviansk" is Sloviansk,
 * not Nikopol, which was once called Слов'янськ. Next, another of its names as written (a former
 * name, an exonym, a Russian spelling, a Latin-only village's name: "Gorlovka" is Horlivka's exonym
 * and a village's name, and the larger wins as before). Last, a match that only the folding of
 * diacritics makes ({@link NameKey}): "Sumy" meets the village Шуми only as ISO 9 "Šumy".
 */
final class SpellingMatch {
  private static final int CURRENT = 0;
  private static final int OTHER = 1;
  private static final int FOLDED = 2;

  private SpellingMatch() {}

  /**
   * The candidates ordered by how closely the name matches them, then as given (largest first);
   * those only the folding reaches are dropped when any other is left, so that no region the text
   * names brings them back ("Sumy" in a text on Donetsk Oblast is still Sumy). A current name only
   * ranks first: the text's region still picks among names as written (the "Bogatyr" of a text on
   * Donetsk Oblast is Bahatyr, whose Russian name it is, not Богатырь in Russia). Names in Cyrillic
   * are left alone: Russian texts write places by Russian names, which GeoNames gives as other names
   * (Колодезное for Колодязне) or the gazetteer guesses.
   */
  static List<Place> closest(List<Place> candidates, String written, java.util.function.Function<Place, List<String>> namesOf) {
    String w = asWritten(written);
    if (!latin(w)) {
      return candidates;
    }
    List<List<Place>> byTier = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Place p : candidates) {
      byTier.get(tier(p, w, namesOf)).add(p);
    }
    if (byTier.get(CURRENT).isEmpty() && byTier.get(OTHER).isEmpty()) {
      return candidates;
    }
    List<Place> out = new ArrayList<>(candidates.size());
    out.addAll(byTier.get(CURRENT));
    out.addAll(byTier.get(OTHER));
    return out;
  }

  private static int tier(Place p, String w, java.util.function.Function<Place, List<String>> namesOf) {
    boolean cyrillicNamed = !p.cyrillicNames().isEmpty();
    if (cyrillicNamed && (asWritten(p.name()).equals(w) || spells(p.canonical(), w))) {
      return CURRENT;
    }
    if (asWritten(p.name()).equals(w)) {
      return OTHER;
    }
    for (String x : p.exonyms()) {
      if (asWritten(x).equals(w)) {
        return OTHER;
      }
    }
    for (String c : namesOf.apply(p)) {
      if (spells(c, w)) {
        return OTHER;
      }
    }
    return FOLDED;
  }

  /** Whether the name has no Cyrillic letter. */
  private static boolean latin(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
        return false;
      }
    }
    return true;
  }

  /** Whether the Cyrillic name, or one of its romanisations, is {@code w} as written. */
  private static boolean spells(String cyrillic, String w) {
    if (asWritten(cyrillic).equals(w)) {
      return true;
    }
    // one system at a time, not every spelling first: tier asks of every candidate of a lookup
    return Gazetteer.anySpelling(cyrillic, s -> asWritten(s).equals(w));
  }

  /** Lower case, apostrophes dropped, hyphens as spaces, ё as е; diacritics kept. */
  static String asWritten(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u02b9' || c == '\u02ba' || c == '`') {
        continue;
      }
      sb.append(c == '-' || Character.isWhitespace(c) ? ' ' : c);
    }
    return java.text.Normalizer.normalize(sb.toString().trim(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('ё', 'е');
  }
}
