package org.trucewatch.report;

/** Pixel numbers for SVG: rounded to 0.1 px, shortest form, no locale, never "-0". */
final class SvgNumber {
  private SvgNumber() {}

  /** {@code 12.34} as "12.3", {@code 5.0} as "5", {@code -0.04} as "0". */
  static String format(double px) {
    long tenths = Math.round(px * 10);
    StringBuilder sb = new StringBuilder(8);
    if (tenths < 0) {
      sb.append('-');
      tenths = -tenths;
    }
    sb.append(tenths / 10);
    long frac = tenths % 10;
    if (frac != 0) {
      sb.append('.').append(frac);
    }
    return sb.toString();
  }

  /** The pixel value as drawn: rounded to 0.1 px. */
  static double round(double px) {
    return Math.round(px * 10) / 10.0;
  }
}
