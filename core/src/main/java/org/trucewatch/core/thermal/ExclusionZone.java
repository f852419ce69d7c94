package org.trucewatch.core.thermal;

/**
 * A box of known non-war burning (marsh and forest fires, crop burning, a cement works) over a
 * span of days, within which fires are not war fires. A cell belongs to the zone when its centre
 * lies in the box, bounds included, as in The Economist's classifier.
 *
 * @param west western bound, degrees east
 * @param east eastern bound
 * @param south southern bound, degrees north
 * @param north northern bound
 * @param fromDay first day of the span (epoch day, inclusive)
 * @param toDay last day (inclusive)
 * @param note what burns there, and where the zone comes from
 */
public record ExclusionZone(double west, double east, double south, double north, long fromDay, long toDay, String note) {
  /** Checks the box and span; the bounds may be given in either order, as in the source table. */
  public ExclusionZone {
    if (!(Math.abs(south) <= 90 && Math.abs(north) <= 90 && Math.abs(west) <= 180 && Math.abs(east) <= 180)) {
      throw new IllegalArgumentException("exclusion zone out of range: " + west + ", " + east + ", " + south + ", " + north);
    }
    if (toDay < fromDay) {
      throw new IllegalArgumentException("exclusion zone ends before it starts: " + note);
    }
    double w = Math.min(west, east);
    double e = Math.max(west, east);
    double s = Math.min(south, north);
    double n = Math.max(south, north);
    west = w;
    east = e;
    south = s;
    north = n;
  }

  /** Whether the zone covers this point on this day. */
  public boolean covers(double latitude, double longitude, long epochDay) {
    return epochDay >= fromDay && epochDay <= toDay && latitude >= south && latitude <= north
        && longitude >= west && longitude <= east;
  }
}
