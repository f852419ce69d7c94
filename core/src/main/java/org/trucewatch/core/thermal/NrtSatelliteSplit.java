package org.trucewatch.core.thermal;

/**
 * Assigns a VIIRS near-real-time detection of unknown satellite to Suomi NPP or NOAA-20, so that a
 * file mixing the two can be counted against a one-satellite (S-NPP) baseline. Each detection goes
 * to S-NPP with probability {@code snppShare}, decided by a fixed hash of its position and day: the
 * same detection always gets the same satellite, whatever the input order.
 *
 * <p>The share is measured, not assumed: on the FIRMS rows of 2023-02-24 to 2023-11-10 where the
 * satellite is known (see {@code docs/war-fire-model.md}, "Mixed near-real-time rows"), S-NPP gives
 * 44.1 % of the two satellites' VIIRS detections, 40-47 % in every month and 42-46 % whatever the
 * cell-day's count. A per-row draw keeps counts whole and unbiased; pairing the two satellites'
 * detections of one fire instead over-counts by 1.4-1.7 x, as a fire seen by NOAA-20 alone cannot
 * be told from one seen by S-NPP alone.
 *
 * @param snppShare the probability that a detection is S-NPP's, in (0, 1)
 */
public record NrtSatelliteSplit(double snppShare) {
  /** The share measured on the 2023 rows of known satellite: 42,380 of 96,181. */
  public static final NrtSatelliteSplit MEASURED = new NrtSatelliteSplit(0.441);

  /** Checks the share. */
  public NrtSatelliteSplit {
    if (!(snppShare > 0 && snppShare < 1)) {
      throw new IllegalArgumentException("the S-NPP share of mixed VIIRS rows must be in (0, 1): " + snppShare);
    }
  }

  /** Whether the detection at this position (degrees) on this day is taken as S-NPP's. */
  public boolean isSnpp(double latitude, double longitude, long epochDay) {
    long h = mix(Math.round(latitude * 1e6), Math.round(longitude * 1e6), epochDay);
    // the top 53 bits as a uniform number in [0, 1)
    return (h >>> 11) * 0x1.0p-53 < snppShare;
  }

  /**
   * A fixed hash (SplitMix64 finaliser) with other multipliers than the classifier's choice of
   * labelled detections, so that which rows are S-NPP's does not bias which of them are labelled.
   */
  private static long mix(long lat, long lon, long day) {
    long z = lat * 0xD6E8FEB86659FD93L ^ lon * 0xA0761D6478BD642FL ^ (day + 0x5851F42D4C957F2DL) * 0xE7037ED1A0B428DBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
