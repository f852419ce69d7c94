package org.trucewatch.formats.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are compared in: lower case, diacritics and apostrophes removed, hyphens as
 * spaces. So "Khar'kov", "Kharkov" and "KHARKOV" meet, as do "Zoločiv" and "Zolociv", while
 * Cyrillic stays Cyrillic (й and ї keep their marks: they are letters, not accents).
 */
public final class NameKey {
  private NameKey() {}

  /** The comparison key of a name. */
  public static String of(String name) {
    String plain = plain(name);
    if (plain != null) {
      return plain;
    }
    StringBuilder sb = new StringBuilder(name.length());
    String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        char base = sb.length() > 0 ? sb.charAt(sb.length() - 1) : ' ';
        if (Character.UnicodeScript.of(base) == Character.UnicodeScript.CYRILLIC) {
          sb.append(c); // й, ї, ё are letters of their own
        }
        continue;
      }
      if (c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u02b9' || c == '\u02ba' || c == '"' || c == '\u201d' || c == '`') {
        continue;
      }
      if (c == '-' || c == '\u2010' || c == '\u2011' || Character.isWhitespace(c)) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
        continue;
      }
      if (c == 'ł' || c == 'Ł') {
        c = 'l';
      }
      sb.append(Character.toLowerCase(c));
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return Normalizer.normalize(sb.substring(0, end), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /**
   * The key of a name of plain letters (ASCII, or Ukrainian and Russian Cyrillic without ё)
   * and single spaces, without normalising: most names are such, and the gazetteer keys every
   * spelling of every name. Null when the name needs the full treatment.
   */
  private static String plain(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return null;
    }
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out[i] = c;
      } else if (c >= 'A' && c <= 'Z') {
        out[i] = (char) (c + 32);
      } else if (c == ' ' && name.charAt(i - 1) != ' ') {
        out[i] = c;
      } else if (c >= 'А' && c <= 'я') {
        out[i] = Character.toLowerCase(c);
      } else if (c == 'і' || c == 'І' || c == 'є' || c == 'Є' || c == 'ґ' || c == 'Ґ' || c == 'ї' || c == 'Ї') {
        out[i] = Character.toLowerCase(c);
      } else {
        return null;
      }
    }
    return new String(out);
  }
}
