package org.trucewatch.report;

/**
 * Escapes text for HTML that is also well-formed XML, so the report parses as XHTML and no input
 * can open a tag or an attribute.
 */
final class HtmlText {
  private HtmlText() {}

  /**
   * The text with the five XML specials escaped and characters XML forbids (controls other than
   * tab and line breaks, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD; safe in element
   * content and in quoted attributes. Null gives the empty string.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    StringBuilder sb = new StringBuilder(n + 16);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else if (c == '&') {
        sb.append("&amp;");
      } else if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '"') {
        sb.append("&quot;");
      } else if (c == '\'') {
        sb.append("&#39;");
      } else if (forbiddenInXml(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean forbiddenInXml(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    // a surrogate reaching here has lost its other half
    return c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c);
  }
}
