package org.trucewatch.formats.text;

import org.trucewatch.core.observation.CasualtyCount;

/**
 * A figure an earlier paragraph gave: its category, count and place (a settlement's GeoNames id,
 * a region's code, or null when it has none).
 */
record Told(String category, CasualtyCount count, Object place, String region) {
  /**
   * Whether a figure with this place says the same: same category and count, a place the same or
   * unsaid, or a settlement and the region it lies in ("seven injured in Kharkiv" ... "the Kharkiv
   * Oblast Prosecutor's Office confirmed that seven people had been injured").
   */
  boolean repeatedBy(String category, CasualtyCount count, Object place, String region) {
    // "at least 5" then "five": the number a reader quotes is the same
    return this.category.equals(category) && this.count.min() == count.min()
        && (count.min() > 0 || this.count.equals(count))
        && (this.place == null || place == null || this.place.equals(place)
            || (this.place instanceof String || place instanceof String) && this.region != null && this.region.equals(region));
  }

  /** The region of a figure's place: the region's code, or that of the settlement's first namesake. */
  static String regionOf(PlaceMention m) {
    if (m == null) {
      return null;
    }
    if (m.isRegion()) {
      return m.region().get().iso();
    }
    return m.candidates().isEmpty() ? null : m.candidates().get(0).region();
  }

  /** What identifies a figure's place across paragraphs. */
  static Object placeOf(PlaceMention m) {
    if (m == null) {
      return null;
    }
    if (m.isRegion()) {
      return m.region().get().iso();
    }
    return m.candidates().isEmpty() ? null : m.candidates().get(0).geonameId();
  }
}
