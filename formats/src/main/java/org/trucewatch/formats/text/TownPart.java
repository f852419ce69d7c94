package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A German name after a part of its town or its people and "von" ("auf den Stadtrand von Torezk", "im
 * Zentrum von Odessa", "Einwohner von Orichiw") is a settlement's, as "outskirts of" and "residents
 * of" introduce one in English; "von" alone does not ("die Militärverwaltung von Charkiw" is a body's).
 */
final class TownPart {
  /** The parts of a town and its people, as lower-case words before "von". */
  private static final Set<String> PARTS = Set.of("stadtrand", "rand", "randgebiet", "vorort", "vororte", "vororten",
      "zentrum", "stadtzentrum", "umgebung", "außenbezirk", "außenbezirke", "außenbezirken", "einwohner", "einwohnerin",
      "bewohner", "bewohnerin", "stadtgebiet");

  private TownPart() {}

  /** Whether the name at {@code i} follows a part of its town and "von". */
  static boolean before(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).lower().equals("von") && PARTS.contains(tokens.get(i - 2).lower());
  }
}
