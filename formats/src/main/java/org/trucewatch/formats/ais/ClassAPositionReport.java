package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Types 1, 2 and 3: the class A position report (ITU-R M.1371-5 table 46).
 *
 * @param messageType 1, 2 or 3
 * @param repeat repeat indicator
 * @param mmsi the ship's MMSI
 * @param status navigational status, 0-15 (15 not defined)
 * @param rawTurn rate of turn, the signed ROT_AIS code (-128 not available, ±127 turning fast)
 * @param rawSpeed speed over ground, 1/10 knot (1023 not available)
 * @param accuracy position accuracy flag (true: under 10 m)
 * @param rawLon longitude, 1/10000 minute (181 degrees not available)
 * @param rawLat latitude, 1/10000 minute (91 degrees not available)
 * @param rawCourse course over ground, 1/10 degree (3600 not available)
 * @param rawHeading true heading, degrees (511 not available)
 * @param second UTC second of the fix (60 not available, 61-63 special)
 * @param maneuver special manoeuvre indicator
 * @param raim RAIM in use
 * @param radio communication state, 19 bits
 */
public record ClassAPositionReport(
    int messageType, int repeat, int mmsi, int status, int rawTurn, int rawSpeed, boolean accuracy,
    int rawLon, int rawLat, int rawCourse, int rawHeading, int second, int maneuver, boolean raim, int radio)
    implements AisMessage, PositionReport {

  static ClassAPositionReport read(SixBitPayload p) {
    int t = p.messageType();
    return new ClassAPositionReport(t, p.repeat(), p.mmsi(), p.bits(38, 4), p.signed(42, 8),
        PositionFields.rawSpeed(p, t), p.flag(60), PositionFields.rawLon(p, t), PositionFields.rawLat(p, t),
        PositionFields.rawCourse(p, t), PositionFields.rawHeading(p, t), p.bits(137, 6), p.bits(143, 2),
        p.flag(148), p.bits(149, 19));
  }

  @Override
  public OptionalDouble latitude() {
    return AisValues.optional(PositionFields.latDegrees(rawLat, messageType));
  }

  @Override
  public OptionalDouble longitude() {
    return AisValues.optional(PositionFields.lonDegrees(rawLon, messageType));
  }

  @Override
  public OptionalDouble speedKnots() {
    return AisValues.optional(PositionFields.speedKnots(rawSpeed, messageType));
  }

  @Override
  public OptionalDouble courseDegrees() {
    return AisValues.optional(PositionFields.courseDegrees(rawCourse, messageType));
  }

  @Override
  public OptionalInt headingDegrees() {
    return AisValues.optionalHeading(rawHeading);
  }

  /** Navigational status, empty for 15 (not defined). */
  public OptionalInt navigationStatus() {
    return status == 15 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * Rate of turn, degrees per minute (ROT = (code / 4.733)^2 with the code's sign), empty when not
   * available (-128) or when only the direction is known (±127: over 5 degrees per 30 s).
   */
  public OptionalDouble turnDegreesPerMinute() {
    if (rawTurn == -128 || rawTurn == 127 || rawTurn == -127) {
      return OptionalDouble.empty();
    }
    double r = rawTurn / 4.733;
    return OptionalDouble.of(Math.copySign(r * r, rawTurn));
  }

  /** UTC second of the fix, empty when not available. */
  public OptionalInt utcSecond() {
    return AisValues.optionalSecond(second);
  }
}
