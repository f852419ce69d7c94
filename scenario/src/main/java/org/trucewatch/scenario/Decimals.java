package org.trucewatch.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-scale decimal text without trailing zeros, the way FIRMS files and our JSON write numbers. */
final class Decimals {
  private Decimals() {}

  /** {@code v} rounded half-up to {@code scale} decimals. */
  static double round(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).doubleValue();
  }

  /** "47.62075", "367", "0.5": rounded half-up, trailing zeros dropped, never exponent notation. */
  static String text(double v, int scale) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
