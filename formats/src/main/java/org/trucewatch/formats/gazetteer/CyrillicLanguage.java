package org.trucewatch.formats.gazetteer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The language a Cyrillic name is written in, as far as its letters tell; romanisation depends on it. */
public enum CyrillicLanguage {
  /** Ukrainian: г is h, и is y, і and ї exist. */
  UKRAINIAN,
  /** Russian: г is g, и is i, ы, э, ё and ъ exist. */
  RUSSIAN;

  /**
   * The languages a name may be in: Ukrainian when it has і, ї, є or ґ, Russian when it has ы,
   * э, ё or ъ, both when its letters do not tell (Суми, Одеса are spelt alike).
   */
  public static Set<CyrillicLanguage> of(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    boolean uk = n.matches(".*[іїєґ].*");
    boolean ru = n.matches(".*[ыэёъ].*");
    if (uk && !ru) {
      return EnumSet.of(UKRAINIAN);
    }
    if (ru && !uk) {
      return EnumSet.of(RUSSIAN);
    }
    return EnumSet.allOf(CyrillicLanguage.class);
  }
}
