package org.trucewatch.core.thermal;

import java.util.Locale;

/**
 * A FIRMS active-fire product, as far as a file tells it: the sensor and satellite. Counts of
 * different products are not comparable (a second VIIRS satellite about doubles the detections),
 * so a run counts only the products it chooses, in the baseline and the input alike.
 */
public enum FireProduct {
  /** VIIRS 375 m on Suomi NPP (FIRMS {@code SV-C2}, {@code VNP14IMG}). */
  VIIRS_SNPP("snpp"),
  /** VIIRS 375 m on NOAA-20 (FIRMS {@code J1V-C2}, {@code VJ114IMG}). */
  VIIRS_NOAA20("noaa20"),
  /** VIIRS 375 m on NOAA-21 (FIRMS {@code J2V-C2}). */
  VIIRS_NOAA21("noaa21"),
  /**
   * VIIRS on a satellite the file does not tell: in the reduced extracts, the near-real-time rows
   * (five decimals) mix Suomi NPP and NOAA-20.
   */
  VIIRS_UNRESOLVED("viirs"),
  /** MODIS 1 km on Terra or Aqua (FIRMS {@code M-C61}). */
  MODIS("modis");

  private final String token;

  FireProduct(String token) {
    this.token = token;
  }

  /** The product's name on the command line and in output: {@code snpp}, {@code modis}, ... */
  public String token() {
    return token;
  }

  /** Whether this is a VIIRS product; VIIRS products share one standard-before-NRT precedence. */
  public boolean viirs() {
    return this != MODIS;
  }

  /**
   * The product of this token, in any letter case.
   *
   * @throws IllegalArgumentException naming the known tokens when there is none
   */
  public static FireProduct ofToken(String token) {
    String t = token.trim().toLowerCase(Locale.ROOT);
    for (FireProduct p : values()) {
      if (p.token.equals(t)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown fire product '" + token + "': expected one of snpp, noaa20, noaa21, viirs, modis");
  }
}
