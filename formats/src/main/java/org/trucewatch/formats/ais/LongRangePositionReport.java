package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Type 27: long-range AIS broadcast, for satellite reception (ITU-R M.1371-5 table 86).
 *
 * @param repeat repeat indicator
 * @param mmsi the ship's MMSI
 * @param accuracy position accuracy flag
 * @param raim RAIM in use
 * @param status navigational status (15 not defined)
 * @param rawLon longitude, 1/10 minute (181 degrees not available)
 * @param rawLat latitude, 1/10 minute (91 degrees not available)
 * @param rawSpeed speed over ground, knots (63 not available)
 * @param rawCourse course over ground, degrees (511 not available)
 * @param gnss position latency: false if the position is under 5 s old
 */
public record LongRangePositionReport(
    int repeat, int mmsi, boolean accuracy, boolean raim, int status, int rawLon, int rawLat, int rawSpeed,
    int rawCourse, boolean gnss) implements AisMessage, PositionReport {

  static LongRangePositionReport read(SixBitPayload p) {
    return new LongRangePositionReport(p.repeat(), p.mmsi(), p.flag(38), p.flag(39), p.bits(40, 4),
        PositionFields.rawLon(p, 27), PositionFields.rawLat(p, 27), PositionFields.rawSpeed(p, 27),
        PositionFields.rawCourse(p, 27), p.flag(94));
  }

  @Override
  public int messageType() {
    return 27;
  }

  @Override
  public OptionalDouble latitude() {
    return AisValues.optional(PositionFields.latDegrees(rawLat, 27));
  }

  @Override
  public OptionalDouble longitude() {
    return AisValues.optional(PositionFields.lonDegrees(rawLon, 27));
  }

  @Override
  public OptionalDouble speedKnots() {
    return AisValues.optional(PositionFields.speedKnots(rawSpeed, 27));
  }

  @Override
  public OptionalDouble courseDegrees() {
    return AisValues.optional(PositionFields.courseDegrees(rawCourse, 27));
  }

  @Override
  public OptionalInt headingDegrees() {
    return OptionalInt.empty();
  }
}
