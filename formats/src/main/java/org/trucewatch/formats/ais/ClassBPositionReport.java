package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Type 18: standard class B equipment position report (ITU-R M.1371-5 table 63).
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
 * @param regional regional reserved, 2 bits
 * @param cs class B unit flag: carrier sense (true) or SOTDMA (false)
 * @param display class B display flag
 * @param dsc class B DSC flag
 * @param band class B band flag
 * @param msg22 class B message 22 flag
 * @param assigned assigned mode
 * @param raim RAIM in use
 * @param radio communication state, 20 bits
 */
public record ClassBPositionReport(
    int repeat, int mmsi, int reserved, int rawSpeed, boolean accuracy, int rawLon, int rawLat, int rawCourse,
    int rawHeading, int second, int regional, boolean cs, boolean display, boolean dsc, boolean band, boolean msg22,
    boolean assigned, boolean raim, int radio) implements AisMessage, PositionReport {

  static ClassBPositionReport read(SixBitPayload p) {
    return new ClassBPositionReport(p.repeat(), p.mmsi(), p.bits(38, 8), PositionFields.rawSpeed(p, 18), p.flag(56),
        PositionFields.rawLon(p, 18), PositionFields.rawLat(p, 18), PositionFields.rawCourse(p, 18),
        PositionFields.rawHeading(p, 18), p.bits(133, 6), p.bits(139, 2), p.flag(141), p.flag(142), p.flag(143),
        p.flag(144), p.flag(145), p.flag(146), p.flag(147), p.bits(148, 20));
  }

  @Override
  public int messageType() {
    return 18;
  }

  @Override
  public OptionalDouble latitude() {
    return AisValues.optional(PositionFields.latDegrees(rawLat, 18));
  }

  @Override
  public OptionalDouble longitude() {
    return AisValues.optional(PositionFields.lonDegrees(rawLon, 18));
  }

  @Override
  public OptionalDouble speedKnots() {
    return AisValues.optional(PositionFields.speedKnots(rawSpeed, 18));
  }

  @Override
  public OptionalDouble courseDegrees() {
    return AisValues.optional(PositionFields.courseDegrees(rawCourse, 18));
  }

  @Override
  public OptionalInt headingDegrees() {
    return AisValues.optionalHeading(rawHeading);
  }
}
