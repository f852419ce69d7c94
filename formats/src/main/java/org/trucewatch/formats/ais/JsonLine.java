package org.trucewatch.formats.ais;

import java.util.Locale;

/** Builds one JSON object on a line, keys in the order added; no locale, no floating surprises. */
final class JsonLine {
  private final StringBuilder sb = new StringBuilder(256).append('{');

  JsonLine raw(String key, String jsonValue) {
    key(key);
    sb.append(jsonValue);
    return this;
  }

  JsonLine num(String key, long v) {
    key(key);
    sb.append(v);
    return this;
  }

  JsonLine fixed(String key, double v, int decimals) {
    key(key);
    sb.append(fixed(v, decimals));
    return this;
  }

  JsonLine bool(String key, boolean v) {
    key(key);
    sb.append(v);
    return this;
  }

  JsonLine str(String key, String v) {
    key(key);
    quote(sb, v);
    return this;
  }

  static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** The shortest decimal that reads back as {@code v}, without exponent; integers keep one decimal. */
  static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private void key(String key) {
    if (sb.length() > 1) {
      sb.append(',');
    }
    sb.append('"').append(key).append("\":");
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  @Override
  public String toString() {
    return sb.toString() + "}";
  }
}
