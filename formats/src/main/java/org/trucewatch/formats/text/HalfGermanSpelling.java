package org.trucewatch.formats.text;

import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;

/**
 * A name the German press writes half in the Ukrainian national spelling and half in German letters
 * ("Mykolaiw", "Kostiantyniwka": the national "ai", "ia" with German "w" for "v"), which neither
 * system spells whole: found by its national spelling with "v" for "w" ("Mykolaiv").
 */
final class HalfGermanSpelling {
  private HalfGermanSpelling() {}

  /**
   * The places a German text's name means when the gazetteer knows none by it as written; empty when none or when the
   * name has no "w". German words with a "w" are no names of places this way ("Wohnhaus" : "Vohnhaus" is none).
   */
  static List<Place> places(Gazetteer gazetteer, String name) {
    return hasW(name) ? gazetteer.byName(national(name)) : List.of();
  }

  /** The region a German text's name means by its half-German spelling ("Oblast Mykolaiw"); empty when none. */
  static Optional<Region> region(Gazetteer gazetteer, String name) {
    return hasW(name) ? gazetteer.regionByBaseName(national(name)) : Optional.empty();
  }

  private static boolean hasW(String name) {
    return name.indexOf('w') >= 0 || name.indexOf('W') >= 0;
  }

  private static String national(String name) {
    return name.replace('w', 'v').replace('W', 'V');
  }
}
