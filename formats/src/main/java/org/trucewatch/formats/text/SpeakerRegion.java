package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A region named only in the title of whoever speaks ("Nach Angaben des Chefs der militärischen
 * Administration der Region Charkiw", "глава Луганской областной военной администрации"): the
 * speaker's area, not a place the paragraph tells of, so a paragraph naming nothing else is still
 * placeless and takes the settlement of the paragraph before.
 */
final class SpeakerRegion {
  /** Beginnings of the words for an administration. */
  private static final List<String> BODIES = List.of("administration", "verwaltung", "militärverwaltung",
      "militäradministration", "gebietsverwaltung", "администрац", "адміністрац");
  /** Words between the body and the region in German: "der Administration der Region Charkiw". */
  private static final Set<String> LINKS = Set.of("der", "des", "von", "of", "the");

  private SpeakerRegion() {}

  /** Whether the region mention names the region of an administration, before or after its words. */
  static boolean at(List<Token> tokens, PlaceMention region) {
    // "военной администрации" after "Луганской областной"
    for (int k = region.last() + 1; k < Math.min(tokens.size(), region.last() + 3); k++) {
      if (body(tokens.get(k).lower())) {
        return true;
      }
    }
    // "der militärischen Administration der Region Charkiw"
    int k = region.first() - 1;
    while (k >= 0 && region.first() - k <= 2 && LINKS.contains(tokens.get(k).lower())) {
      k--;
    }
    return k >= 0 && k < region.first() - 1 && body(tokens.get(k).lower());
  }

  private static boolean body(String w) {
    return BODIES.stream().anyMatch(w::startsWith) || w.endsWith("verwaltung");
  }
}
