package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A town named by its adjective before one of its works ("по Одесскому морскому порту", "в Кременчугскую ТЭЦ", "по
 * Кременчугскому НПЗ"): the works stand in the town. Not a power station: "Запорожская АЭС" stands in Enerhodar,
 * "Днепровская ГЭС" is named after the river.
 */
final class FacilityTown {
  /** Beginnings of the nouns of a town's works. */
  private static final List<String> WORKS = List.of("порт", "аэропорт", "аеропорт", "вокзал", "завод", "комбинат",
      "нефтебаз", "нафтобаз");
  /** Abbreviations of a town's works: a heat and power plant, a refinery. */
  private static final Set<String> ABBREVIATIONS = Set.of("тэц", "тец", "нпз");

  /** Beginnings of the words for a street before its name. */
  private static final List<String> STREETS = List.of("улиц", "вулиц", "ул", "вул", "проспект", "пр-т", "переул", "провул");

  private FacilityTown() {}

  /** Whether the capitalised adjective at {@code i} names the town of the works right after it, one lower-case word between at most. */
  static boolean at(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    // "на улице Васильевской": a street named after a place
    if (i > 0 && STREETS.stream().anyMatch(tokens.get(i - 1).lower()::startsWith)) {
      return false;
    }
    if (!(w.contains("ск") || w.contains("цк") || w.contains("ськ") || w.contains("цьк"))) {
      return false;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + 2; k++) {
      Token t = tokens.get(k);
      String next = t.lower();
      // the works are a common noun: "в Заводском районе" is a city district's name
      if (ABBREVIATIONS.contains(next) || !t.capitalised() && WORKS.stream().anyMatch(next::startsWith)) {
        return true;
      }
      // "морскому", "тракторный": one adjective of the works may stand between
      if (!t.word() || t.capitalised()) {
        return false;
      }
    }
    return false;
  }
}
