package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** A message that reports a position: what the track builder needs, in degrees and knots. */
public interface PositionReport {
  /** The message type. */
  int messageType();

  /** The station's MMSI. */
  int mmsi();

  /** Latitude, degrees north, empty when not available. */
  OptionalDouble latitude();

  /** Longitude, degrees east, empty when not available. */
  OptionalDouble longitude();

  /** Speed over ground, knots, empty when not available or not reported by this type. */
  OptionalDouble speedKnots();

  /** Course over ground, degrees true, empty when not available or not reported by this type. */
  OptionalDouble courseDegrees();

  /** True heading, degrees, empty when not available or not reported by this type. */
  OptionalInt headingDegrees();
}
