package org.trucewatch.bench;

import java.nio.charset.StandardCharsets;

/**
 * Decimal numbers read straight from ASCII bytes, giving the same double as {@link
 * Double#parseDouble} to the last bit.
 *
 * <p>Plain decimals ({@code -35.71787}, {@code 0.520}) with at most 15 significant digits and at
 * most 22 after the point take the exact fast path: the digits form an integer below 10^15,
 * which a double holds exactly, and so is 10^k for k &le; 22; one IEEE division of two exact
 * values is correctly rounded, so the quotient is the double nearest the decimal (Clinger's fast
 * path). Anything else (more digits, exponents, signs of zero the division would lose) is
 * handed to {@code Double.parseDouble}.
 */
final class AsciiDecimal {
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private AsciiDecimal() {}

  /**
   * The number in {@code bytes[from, to)}.
   *
   * @throws NumberFormatException as {@code Double.parseDouble} does on what is not a number
   */
  static double parse(byte[] bytes, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
      negative = bytes[i] == '-';
      i++;
    }
    long digits = 0;
    int significant = 0;
    int fraction = -1;
    boolean any = false;
    for (; i < to; i++) {
      byte b = bytes[i];
      if (b >= '0' && b <= '9') {
        any = true;
        if (digits != 0 || b != '0') {
          significant++;
        }
        digits = digits * 10 + (b - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (b == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return slow(bytes, from, to);
      }
    }
    if (!any || significant > 15 || fraction > 22 || (negative && digits == 0)) {
      return slow(bytes, from, to);
    }
    double v = fraction <= 0 ? (double) digits : digits / POWERS[fraction];
    return negative ? -v : v;
  }

  private static double slow(byte[] bytes, int from, int to) {
    return Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.US_ASCII));
  }
}
