package org.trucewatch.formats.gazetteer;

import java.util.EnumSet;
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
    boolean uk = false;
    boolean ru = false;
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      uk |= c == 'і' || c == 'ї' || c == 'є' || c == 'ґ';
      ru |= c == 'ы' || c == 'э' || c == 'ё' || c == 'ъ';
    }
    if (uk && !ru) {
      return EnumSet.of(UKRAINIAN);
    }
    if (ru && !uk) {
      return EnumSet.of(RUSSIAN);
    }
    return EnumSet.allOf(CyrillicLanguage.class);
  }
}
