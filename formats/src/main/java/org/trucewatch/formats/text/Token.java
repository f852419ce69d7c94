package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, number or punctuation mark of a report, with where it lies.
 *
 * @param text the characters as written
 * @param lower the characters in lower case, for matching
 * @param start offset of the first character in the report
 * @param end offset after the last character
 */
record Token(String text, String lower, int start, int end) {
  /** Whether this token is a word (starts with a letter). */
  boolean word() {
    return Character.isLetter(text.charAt(0));
  }

  /** Whether this token is a word written with a capital first letter. */
  boolean capitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** Whether this token ends a clause: a comma, semicolon, colon, dash or sentence end. */
  boolean clauseBreak() {
    return !word() && !Character.isDigit(text.charAt(0)) && ",;:.!?–—()\"«»„“”".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Splits a stretch of text into tokens: words (letters, with inner apostrophes and hyphens),
   * numbers (digits, with inner thousands separators "3.000", "3,000", "3 000" and clock times
   * "14:30"), and single punctuation marks.
   */
  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int j = i + 1;
      if (Character.isLetter(c)) {
        while (j < to && (Character.isLetter(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK
            || (isJoiner(text.charAt(j)) && j + 1 < to && Character.isLetter(text.charAt(j + 1))))) {
          j++;
        }
      } else if (Character.isDigit(c)) {
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isDigit(d)) {
            j++;
          } else if ((d == '.' || d == ',' || d == ' ' || d == '\u00a0' || d == '\u202f' || d == ':')
              && j + 1 < to && Character.isDigit(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
      } else if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      String t = text.substring(i, j);
      out.add(new Token(t, t.toLowerCase(Locale.ROOT), i, j));
      i = j;
    }
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019' || c == '\u02bc';
  }
}
