package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a report's text into paragraphs, the unit of one event, and tells a headline from a paragraph. */
final class Paragraphs {
  /** A blank line, with spaces on it or not: what ends a paragraph. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");

  private Paragraphs() {}

  /** Paragraphs as [start, end) offsets, trimmed: text between blank lines. */
  static List<int[]> of(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(text);
    int from = 0;
    while (true) {
      boolean found = m.find();
      int to = found ? m.start() : text.length();
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new int[] {s, e});
      }
      if (!found) {
        break;
      }
      from = m.end();
    }
    return out;
  }

  /** A headline: one short line with no full stop at its end. */
  static boolean headline(String text, int[] p) {
    String s = text.substring(p[0], p[1]);
    char last = s.charAt(s.length() - 1);
    return s.indexOf('\n') < 0 && ".!?\"»“”".indexOf(last) < 0 && s.split("\\s+").length <= 12;
  }
}
