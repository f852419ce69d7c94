package org.trucewatch.formats.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The languages reports are extracted from, with a guess from the text itself. */
public enum Language {
  /** German. */
  DE("de"),
  /** English. */
  EN("en"),
  /** Ukrainian. */
  UK("uk"),
  /** Russian. */
  RU("ru");

  private static final Pattern GERMAN = Pattern.compile("(?iU)\\b(der|die|das|und|nach|mit|sich|wurden|ist|sind|den|dem|nicht|auch)\\b");
  private static final Pattern ENGLISH = Pattern.compile("(?iU)\\b(the|and|of|with|were|was|is|are|after|said|have|has)\\b");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code. */
  public String code() {
    return code;
  }

  /**
   * The language with this ISO 639-1 code.
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static Language parse(String code) {
    for (Language l : values()) {
      if (l.code.equals(code.toLowerCase(Locale.ROOT).strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException("language must be de, en, uk or ru, not '" + code + "'");
  }

  /**
   * The likeliest language of a text: Cyrillic or Latin by its letters; among Cyrillic,
   * Ukrainian when і, ї, є, ґ outnumber ы, э, ё, ъ (Russian when there are none of either); among Latin, by counting common function
   * words of German and English.
   */
  public static Language guess(String text) {
    int cyr = 0;
    int lat = 0;
    int uk = 0;
    int ru = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
        cyr++;
        if ("іїєґ".indexOf(c) >= 0) {
          uk++;
        } else if ("ыэёъ".indexOf(c) >= 0) {
          ru++;
        }
      } else if (c >= 'a' && c <= 'z' || c == 'ä' || c == 'ö' || c == 'ü' || c == 'ß') {
        lat++;
      }
    }
    if (cyr > lat) {
      // Ukrainian prose without і, ї or є is rare, Russian without ы, э, ё or ъ is not: a text with
      // neither is Russian
      return uk > ru || (uk == ru && uk > 0) ? UK : RU;
    }
    return count(GERMAN, text) > count(ENGLISH, text) ? DE : EN;
  }

  private static int count(Pattern p, String text) {
    int n = 0;
    Matcher m = p.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
