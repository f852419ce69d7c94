package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A region's body named before the region's name, as German writes it ("der Leiter der regionalen
 * Militärverwaltung Donezk", "die Gebietsverwaltung von Charkiw", "the regional military
 * administration of Kharkiv", "der Staatsanwaltschaft Donezk", "the governor of Zaporizhzhia"): who speaks, not the
 * city of that name.
 */
final class RegionalBodyBefore {
  /** Endings of the body's noun. */
  private static final List<String> BODIES = List.of("verwaltung", "administration", "militäradministration");
  /** Beginnings of the word that makes the body a region's, in the noun or before it. */
  private static final List<String> REGIONAL = List.of("regional", "gebiet", "oblast");

  /** A governor heads an oblast: "the governor of Zaporizhzhia", "Gouverneur von Tscherkassy" name the oblast. */
  static final Set<String> GOVERNORS = Set.of("governor", "governor's", "gouverneur", "gouverneurs");

  private RegionalBodyBefore() {}

  /** Whether the name at {@code i} is the region of the body named right before it. */
  static boolean at(List<Token> tokens, int i) {
    int body = i - 1;
    if (body >= 0 && (tokens.get(body).lower().equals("von") || tokens.get(body).lower().equals("of"))) {
      body--;
    }
    if (body < 0) {
      return false;
    }
    String noun = tokens.get(body).lower();
    // "governor of Kharkiv": with its "of", as "Kharkiv governor" is the title before it ({@code PlaceFinder})
    if (GOVERNORS.contains(noun) && body < i - 1) {
      return true;
    }
    // "Nach Angaben der Staatsanwaltschaft Donezk": Ukraine's prosecutors under a city's name are the region's.
    // Not "Staatsanwaltschaft von Charkiw": the one text of the set with it goes on to "the city of the same name"
    if (noun.endsWith("staatsanwaltschaft") && body == i - 1) {
      return true;
    }
    if (BODIES.stream().noneMatch(noun::endsWith)) {
      return false;
    }
    if (REGIONAL.stream().anyMatch(noun::startsWith)) {
      return true;
    }
    // "der regionalen Militärverwaltung", "the regional military administration"
    for (int k = body - 1; k >= Math.max(0, body - 2); k--) {
      String w = tokens.get(k).lower();
      if (REGIONAL.stream().anyMatch(w::startsWith)) {
        return true;
      }
    }
    return false;
  }
}
