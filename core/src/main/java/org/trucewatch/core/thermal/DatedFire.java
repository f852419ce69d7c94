package org.trucewatch.core.thermal;

/**
 * One fire detection as the war-fire model sees it: where the pixel centre is and on which UTC
 * day it was seen. The model counts detections per cell and day; time of day, pixel size and
 * brightness play no part in it.
 *
 * @param latitude pixel centre latitude, degrees
 * @param longitude pixel centre longitude, degrees
 * @param epochDay the UTC acquisition date, days since 1970-01-01
 */
public record DatedFire(double latitude, double longitude, long epochDay) {
  /** Checks the coordinates. */
  public DatedFire {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
    }
  }
}
