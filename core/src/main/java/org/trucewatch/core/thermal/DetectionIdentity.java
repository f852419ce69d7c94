package org.trucewatch.core.thermal;

import java.time.Instant;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * What makes two satellite detections the same pixel: the same satellite and instrument (the
 * source), the same acquisition time, and the same footprint (its corners to 1e-7 degree, which
 * fixes both the pixel centre and its scan x track size).
 *
 * <p>Everything else may differ between copies of one pixel: the near-real-time and standard
 * products carry different {@code version}s and may revise brightness, FRP or confidence. The
 * content id of an observation includes all of those, so it tells repeated files apart from new
 * data but not NRT from standard; this identity does.
 *
 * @param sourceId the satellite's source id, e.g. {@code firms-viirs-snpp}
 * @param acquired acquisition time, UTC
 * @param footprint the footprint's corners as canonical text
 */
public record DetectionIdentity(String sourceId, Instant acquired, String footprint) implements Comparable<DetectionIdentity> {
  /**
   * The identity of a thermal anomaly whose geometry is a pixel footprint (a polygon); empty for
   * any other observation, which has no pixel to be the same as.
   */
  public static Optional<DetectionIdentity> of(Observation o) {
    if (o.kind() != ObservationKind.THERMAL_ANOMALY || !(o.geometry() instanceof Polygon p)) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder(160);
    for (Coordinate c : p.getExteriorRing().getCoordinates()) {
      sb.append(Math.round(c.x * 1e7)).append(',').append(Math.round(c.y * 1e7)).append(' ');
    }
    return Optional.of(new DetectionIdentity(o.sourceId(), o.eventTime(), sb.toString()));
  }

  /** By time, then source, then footprint. */
  @Override
  public int compareTo(DetectionIdentity o) {
    int c = acquired.compareTo(o.acquired);
    if (c == 0) {
      c = sourceId.compareTo(o.sourceId);
    }
    return c != 0 ? c : footprint.compareTo(o.footprint);
  }
}
