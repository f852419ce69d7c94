package org.trucewatch.report;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * An equirectangular projection scaled by the cosine of the middle latitude, fitted to a lon/lat
 * box: right for a map a few hundred kilometres across, where it keeps distances within a few
 * percent in every direction. Longitudes are taken as they are, so a box across the
 * antimeridian is not supported (the report's regions lie far from it).
 *
 * @param west longitude at the left edge, degrees
 * @param north latitude at the top edge, degrees
 * @param pxPerDegreeLon pixels per degree of longitude
 * @param pxPerDegreeLat pixels per degree of latitude
 * @param widthPx map width, pixels
 * @param heightPx map height, pixels
 */
record MapProjection(
    double west, double north, double pxPerDegreeLon, double pxPerDegreeLat, double widthPx, double heightPx) {

  /** The smallest box a map covers, degrees, so a single point still gets a readable map. */
  static final double MIN_SPAN_DEGREES = 0.5;

  /**
   * The projection that shows {@code box} plus a margin of {@code marginFraction} of its size on
   * every side, as large as fits in {@code maxWidthPx} by {@code maxHeightPx}.
   */
  static MapProjection fit(Envelope box, double marginFraction, double maxWidthPx, double maxHeightPx) {
    Envelope e = new Envelope(box);
    if (e.isNull()) {
      e = new Envelope(0, 0, 0, 0);
    }
    double padLon = Math.max(e.getWidth(), MIN_SPAN_DEGREES) * marginFraction;
    double padLat = Math.max(e.getHeight(), MIN_SPAN_DEGREES) * marginFraction;
    double cx = (e.getMinX() + e.getMaxX()) / 2;
    double cy = (e.getMinY() + e.getMaxY()) / 2;
    double halfLon = Math.max(e.getWidth(), MIN_SPAN_DEGREES) / 2 + padLon;
    double halfLat = Math.max(e.getHeight(), MIN_SPAN_DEGREES) / 2 + padLat;
    double south = Math.max(-89.0, cy - halfLat);
    double north = Math.min(89.0, cy + halfLat);
    double west = cx - halfLon;
    double east = cx + halfLon;
    double cos = Math.cos(Math.toRadians((south + north) / 2));
    double spanX = (east - west) * cos;
    double spanY = north - south;
    double scale = Math.min(maxWidthPx / spanX, maxHeightPx / spanY);
    return new MapProjection(
        west, north, scale * cos, scale, Math.ceil(spanX * scale), Math.ceil(spanY * scale));
  }

  /** Pixel x of a longitude. */
  double x(double lon) {
    return (lon - west) * pxPerDegreeLon;
  }

  /** Pixel y of a latitude, growing downwards. */
  double y(double lat) {
    return (north - lat) * pxPerDegreeLat;
  }

  double x(Coordinate c) {
    return x(c.x);
  }

  double y(Coordinate c) {
    return y(c.y);
  }

  /** Longitude at the right edge. */
  double east() {
    return west + widthPx / pxPerDegreeLon;
  }

  /** Latitude at the bottom edge. */
  double south() {
    return north - heightPx / pxPerDegreeLat;
  }

  /** Pixels per kilometre on the ground, near the middle latitude. */
  double pxPerKilometre() {
    // a degree of latitude is 111.2 km on average
    return pxPerDegreeLat / 111.2;
  }
}
