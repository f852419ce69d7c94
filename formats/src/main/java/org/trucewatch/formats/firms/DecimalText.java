package org.trucewatch.formats.firms;

import java.math.BigDecimal;

/**
 * Decimal numbers as text: strict parsing (no {@code NaN}, {@code Infinity}, hex or type
 * suffixes, which {@link Double#parseDouble} would accept) and the canonical text an attribute
 * stores, so that {@code 7.750} and {@code 7.75} in two files give the same observation id.
 */
final class DecimalText {
  /** Longer than any number FIRMS writes; bounds the work a hostile field can cause. */
  private static final int MAX_LENGTH = 40;
  /** Keeps {@code 1e999999999} from expanding into a billion digits. */
  private static final int MAX_SCALE = 30;

  private DecimalText() {}

  /**
   * The canonical text of a decimal number: no exponent, no leading {@code +}, no trailing
   * fractional zeros, {@code 0} for minus zero. Null when {@code text} is not a decimal number.
   */
  static String canonical(String text) {
    BigDecimal d = parse(text);
    return d == null ? null : format(d);
  }

  /** The number in {@code text}, or null when it is not a decimal number of sane size. */
  static BigDecimal parse(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return null;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (!(first == '-' || first == '+' || first == '.' || isDigit(first)) || !(last == '.' || isDigit(last))) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(text);
      if (Math.abs(d.scale()) > MAX_SCALE) {
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The canonical text of {@code d}. */
  static String format(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    return d.stripTrailingZeros().toPlainString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
