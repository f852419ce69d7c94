package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A name after a part of its town is a settlement's. German puts "von" between ("auf den Stadtrand von Torezk", "im
 * Zentrum von Odessa", "Einwohner von Orichiw"), as "outskirts of" and "residents of" introduce one in English; "von"
 * alone does not ("die Militärverwaltung von Charkiw" is a body's). Ukrainian and Russian put the town in the
 * genitive right after the part ("обстреляли центр Купянска", "жилые кварталы Авдеевки", "центральної частини
 * Вовчанська", "півміста Очакова").
 */
final class TownPart {
  /** The parts of a town and its people, as lower-case words before "von". */
  private static final Set<String> PARTS = Set.of("stadtrand", "rand", "randgebiet", "vorort", "vororte", "vororten",
      "zentrum", "stadtzentrum", "umgebung", "außenbezirk", "außenbezirke", "außenbezirken", "einwohner", "einwohnerin",
      "bewohner", "bewohnerin", "stadtgebiet");
  /**
   * Beginnings of the Ukrainian and Russian words for a part of a town, in every case: centre, quarter, sector,
   * outskirts, suburb, half of the town, part, built-up area.
   */
  private static final List<String> CYRILLIC_PARTS = List.of("центр", "квартал", "сектор", "окраин", "околиц", "передміст",
      "пригород", "півміст", "полгород", "частин", "часть", "застройк", "забудов");
  /** The Russian cases of "part" no beginning above holds without "частично" (partly). */
  private static final Set<String> CYRILLIC_PART_WORDS = Set.of("части", "частью", "частях");

  private TownPart() {}

  /** Whether the German name at {@code i} follows a part of its town and "von". */
  static boolean before(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).lower().equals("von") && PARTS.contains(tokens.get(i - 2).lower());
  }

  /** Whether the Cyrillic name at {@code i} follows a word for a part of its town. */
  static boolean beforeCyrillic(List<Token> tokens, int i) {
    if (i < 1 || !tokens.get(i - 1).word()) {
      return false;
    }
    String w = tokens.get(i - 1).lower();
    return CYRILLIC_PART_WORDS.contains(w) || CYRILLIC_PARTS.stream().anyMatch(w::startsWith);
  }
}
