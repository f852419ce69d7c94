package org.trucewatch.core.fuse;

import java.time.Duration;
import java.util.Objects;

/**
 * How close two observations of a compatible pair of kinds must be to be one event.
 *
 * @param linkMetres their centres this close (geodesic) can be one event, metres
 * @param maxUncertaintyMetres how much of their location uncertainties (stated uncertainty plus
 *     the half-width of a footprint) may widen {@code linkMetres}; capped so one vague report cannot
 *     glue a whole region together
 * @param window their event times this close can be one event (widened by time uncertainty, see
 *     {@link FusionParameters#maxTimeWidening})
 */
public record KindLink(double linkMetres, double maxUncertaintyMetres, Duration window) {
  /** Checks the fields. */
  public KindLink {
    Objects.requireNonNull(window, "window");
    if (!(linkMetres > 0) || Double.isInfinite(linkMetres) || !(maxUncertaintyMetres >= 0)
        || Double.isInfinite(maxUncertaintyMetres) || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("link distance and window must be positive, the uncertainty cap zero or more");
    }
  }

  /** The farthest apart two linked centres can ever be, metres. */
  public double reachMetres() {
    return linkMetres + maxUncertaintyMetres;
  }
}
