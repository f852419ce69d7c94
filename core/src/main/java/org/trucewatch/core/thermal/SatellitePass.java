package org.trucewatch.core.thermal;

import java.time.Instant;
import java.util.Objects;

/**
 * One overpass of one satellite as its detections evidence it: the time they span and the
 * latitude-longitude box they fill.
 *
 * <p>The swath of a pass is a continuous band (VIIRS about 3,000 km wide, MODIS 2,330 km) swept
 * along the orbit, which over the mid-latitudes runs within about 15 degrees of north-south. A
 * point between two detections of the pass, along and across the track, was inside the swath;
 * the box is that region (see {@code docs/space-layer.md} for where this under- and overstates).
 *
 * @param sourceId the satellite's source id
 * @param start the first detection's acquisition time, UTC
 * @param end the last detection's acquisition time, UTC
 * @param detections how many detections evidence it
 * @param minLat southern edge of the detections' box, degrees
 * @param maxLat northern edge, degrees
 * @param minLon western edge, degrees
 * @param maxLon eastern edge, degrees
 */
public record SatellitePass(
    String sourceId, Instant start, Instant end, int detections, double minLat, double maxLat, double minLon, double maxLon)
    implements Comparable<SatellitePass> {
  /** Checks the fields. */
  public SatellitePass {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start) || detections < 1 || minLat > maxLat || minLon > maxLon) {
      throw new IllegalArgumentException("not a pass: " + sourceId + " " + start + " to " + end);
    }
  }

  /** Whether the point lies within the detections' box (edges included). */
  public boolean covers(double latitude, double longitude) {
    return latitude >= minLat && latitude <= maxLat && longitude >= minLon && longitude <= maxLon;
  }

  /** By start, then source. */
  @Override
  public int compareTo(SatellitePass o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : sourceId.compareTo(o.sourceId);
  }
}
