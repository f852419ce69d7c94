package org.trucewatch.core.fuse;

import java.time.Duration;
import java.util.Objects;

/**
 * How close observations must be to be fused into one incident.
 *
 * @param linkMetres two observations this close (geodesic, between their geometries' centres)
 *     can be one event
 * @param maxUncertaintyMetres how much of the two observations' location uncertainties may widen
 *     the link distance; capped so one vague report cannot glue a whole region together
 * @param window two observations this close in time can be one event
 */
public record FusionParameters(double linkMetres, double maxUncertaintyMetres, Duration window) {
  /** 3 km, up to 10 km more for uncertain locations, 2 hours: a strike and its reports. */
  public static final FusionParameters DEFAULT = new FusionParameters(3_000, 10_000, Duration.ofHours(2));

  /** Checks the fields. */
  public FusionParameters {
    Objects.requireNonNull(window, "window");
    if (!(linkMetres > 0) || !(maxUncertaintyMetres >= 0) || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("fusion distances and window must be positive");
    }
  }
}
