package org.trucewatch.core.maritime;

import java.time.Instant;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.observation.Observation;

/**
 * One position of a ship's track.
 *
 * @param observation the vessel observation it comes from (its id is the evidence)
 * @param time when
 * @param position lon/lat degrees
 * @param speedKnots reported speed over ground, NaN when not reported
 * @param implausibleJump whether reaching it from the previous point needs more than the rules'
 *     maximum plausible speed (a spoofed or mis-decoded position); detectors skip such points
 */
public record TrackPoint(Observation observation, Instant time, Coordinate position, double speedKnots,
    boolean implausibleJump) {
  /** Checks the fields. */
  public TrackPoint {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(position, "position");
  }
}
