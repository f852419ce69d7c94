package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Type 19: extended class B equipment position report, position plus static data (ITU-R
 * M.1371-5 table 64).
 *
 * @param repeat repeat indicator
 * @param mmsi the ship's MMSI
 * @param reserved regional reserved, 8 bits
 * @param rawSpeed speed over ground, 1/10 knot (1023 not available)
 * @param accuracy position accuracy flag
 * @param rawLon longitude, 1/10000 minute
 * @param rawLat latitude, 1/10000 minute
 * @param rawCourse course over ground, 1/10 degree (3600 not available)
 * @param rawHeading true heading, degrees (511 not available)
 * @param second UTC second (60 not available)
 * @param regional regional reserved, 4 bits
 * @param shipName name, trailing padding removed
 * @param shipType type of ship and cargo (0 not available)
 * @param dimensions size around the reference point
 * @param epfd type of position fixing device
 * @param raim RAIM in use
 * @param dte data terminal not ready
 * @param assigned assigned mode
 */
public record ExtendedClassBReport(
    int repeat, int mmsi, int reserved, int rawSpeed, boolean accuracy, int rawLon, int rawLat, int rawCourse,
    int rawHeading, int second, int regional, String shipName, int shipType, ShipDimensions dimensions, int epfd,
    boolean raim, boolean dte, boolean assigned) implements AisMessage, PositionReport {

  static ExtendedClassBReport read(SixBitPayload p) {
    return new ExtendedClassBReport(p.repeat(), p.mmsi(), p.bits(38, 8), PositionFields.rawSpeed(p, 19),
        p.flag(56), PositionFields.rawLon(p, 19), PositionFields.rawLat(p, 19), PositionFields.rawCourse(p, 19),
        PositionFields.rawHeading(p, 19), p.bits(133, 6), p.bits(139, 4), p.text(143, 20), p.bits(263, 8),
        ShipDimensions.read(p, 271), p.bits(301, 4), p.flag(305), p.flag(306), p.flag(307));
  }

  @Override
  public int messageType() {
    return 19;
  }

  @Override
  public OptionalDouble latitude() {
    return AisValues.optional(PositionFields.latDegrees(rawLat, 19));
  }

  @Override
  public OptionalDouble longitude() {
    return AisValues.optional(PositionFields.lonDegrees(rawLon, 19));
  }

  @Override
  public OptionalDouble speedKnots() {
    return AisValues.optional(PositionFields.speedKnots(rawSpeed, 19));
  }

  @Override
  public OptionalDouble courseDegrees() {
    return AisValues.optional(PositionFields.courseDegrees(rawCourse, 19));
  }

  @Override
  public OptionalInt headingDegrees() {
    return AisValues.optionalHeading(rawHeading);
  }
}
