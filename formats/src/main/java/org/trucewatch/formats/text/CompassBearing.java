package org.trucewatch.formats.text;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The compass bearing a point of reference gives ("89km south of Donetsk", "15 km north-west of Luhansk", "30 км к
 * юго-западу от Донецка", "südwestlich von Donezk"), in degrees from north: with the distance it says where the place
 * lies, so two namesakes at the same distance from the city (a Roza 90 km south, another 90 km south-west) are told
 * apart.
 */
final class CompassBearing {
  /** Word beginnings of the four points, each with its bearing, in the four languages. */
  private static final List<String> NORTH = List.of("north", "nord", "nörd", "север", "північ", "півноч");
  private static final List<String> SOUTH = List.of("south", "süd", "sud", "юг", "южн", "півден", "півдн");
  private static final List<String> EAST = List.of("east", "östl", "восток", "восточ", "схід", "сход", "східн");
  private static final List<String> WEST = List.of("west", "запад", "захід", "заход", "західн");

  private CompassBearing() {}

  /**
   * The bearing the words between {@code from} (inclusive) and {@code to} (exclusive) name, the city's "of" at
   * {@code to}: "south-west", "south west", "юго-западу", "nordöstlich"; empty when they name none.
   */
  static OptionalDouble between(List<Token> tokens, int from, int to) {
    StringBuilder words = new StringBuilder();
    for (int k = Math.max(0, from); k < to; k++) {
      words.append(tokens.get(k).lower()).append(' ');
    }
    String w = words.toString();
    boolean north = has(w, NORTH);
    boolean south = has(w, SOUTH);
    boolean east = has(w, EAST);
    boolean west = has(w, WEST);
    if (north == south && east == west) {
      return OptionalDouble.empty();
    }
    double ns = north == south ? Double.NaN : north ? 0 : 180;
    double ew = east == west ? Double.NaN : east ? 90 : 270;
    if (Double.isNaN(ns)) {
      return OptionalDouble.of(ew);
    }
    if (Double.isNaN(ew)) {
      return OptionalDouble.of(ns);
    }
    // north-west is 315, not the mean 135 of 0 and 270
    return OptionalDouble.of(ns == 0 && ew == 270 ? 315 : (ns + ew) / 2);
  }

  /** Whether a word of {@code words} begins with one of the stems, or a compound's part does ("юго-западу", "nordöstlich"). */
  private static boolean has(String words, List<String> stems) {
    for (String s : stems) {
      int at = words.indexOf(s);
      while (at >= 0) {
        char before = at == 0 ? ' ' : words.charAt(at - 1);
        // a word's start, a compound's second part ("юго-западу", "south-west"), or German "nordöstlich", "südwestlich"
        if (before == ' ' || before == '-' || s.equals("östl") || s.equals("west")) {
          return true;
        }
        at = words.indexOf(s, at + 1);
      }
    }
    return false;
  }
}
