package org.trucewatch.formats.track;

import java.time.Instant;
import java.util.Objects;

/**
 * One fix of a track.
 *
 * @param time when, UTC
 * @param lon longitude, degrees
 * @param lat latitude, degrees
 */
public record TimedPosition(Instant time, double lon, double lat) {
  /** Checks the fields. */
  public TimedPosition {
    Objects.requireNonNull(time, "time");
  }
}
