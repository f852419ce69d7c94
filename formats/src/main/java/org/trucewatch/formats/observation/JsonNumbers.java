package org.trucewatch.formats.observation;

import java.math.BigDecimal;

/** Numbers as the observations format writes them: plain decimals, no exponent, no trailing zeros. */
final class JsonNumbers {
  private JsonNumbers() {}

  /** The shortest decimal text that reads back as the same double: {@code 36}, not {@code 36.0}. */
  static String text(double d) {
    return d == 0 ? "0" : text(BigDecimal.valueOf(d));
  }

  /** The canonical text of a decimal: {@code 1.5} for {@code 1.50}, {@code 100} for {@code 1E+2}. */
  static String text(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
