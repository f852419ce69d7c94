package org.trucewatch.core.maritime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * One stay of a ship inside a corridor: from the first fix inside to the last fix inside before it
 * left (or before its track ends).
 *
 * @param mmsi the ship
 * @param corridorId the corridor provision's id
 * @param entered the first fix inside
 * @param exited the last fix inside
 * @param enteredFromOutside whether a fix outside came before (false: already inside when first heard)
 * @param leftToOutside whether a fix outside came after (false: still inside when last heard)
 * @param entryPosition where it was first inside, lon/lat
 * @param exitPosition where it was last inside, lon/lat
 * @param fixes fixes inside
 */
public record CorridorTransit(int mmsi, String corridorId, Instant entered, Instant exited, boolean enteredFromOutside,
    boolean leftToOutside, Coordinate entryPosition, Coordinate exitPosition, int fixes) {
  /** Checks the fields. */
  public CorridorTransit {
    Objects.requireNonNull(corridorId, "corridorId");
    Objects.requireNonNull(entered, "entered");
    Objects.requireNonNull(exited, "exited");
  }

  /** Time spent inside, first to last fix. */
  public Duration dwell() {
    return Duration.between(entered, exited);
  }
}
