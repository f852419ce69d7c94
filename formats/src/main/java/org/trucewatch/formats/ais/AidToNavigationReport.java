package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Type 21: aid-to-navigation report: buoys, lights, platforms (ITU-R M.1371-5 table 72).
 *
 * @param repeat repeat indicator
 * @param mmsi the aid's MMSI
 * @param aidType type of aid to navigation, 0-31 (table 73)
 * @param name name with its extension joined, trailing padding removed
 * @param accuracy position accuracy flag
 * @param rawLon longitude, 1/10000 minute
 * @param rawLat latitude, 1/10000 minute
 * @param dimensions size around the reference point
 * @param epfd type of position fixing device
 * @param second UTC second (60 not available)
 * @param offPosition whether a floating aid is off its charted position
 * @param regional regional reserved, 8 bits
 * @param raim RAIM in use
 * @param virtualAid whether the aid is virtual (no physical object)
 * @param assigned assigned mode
 */
public record AidToNavigationReport(
    int repeat, int mmsi, int aidType, String name, boolean accuracy, int rawLon, int rawLat,
    ShipDimensions dimensions, int epfd, int second, boolean offPosition, int regional, boolean raim,
    boolean virtualAid, boolean assigned) implements AisMessage, PositionReport {

  static AidToNavigationReport read(SixBitPayload p) {
    String name = p.text(43, 20);
    if (p.bitLength() > 272 && name.length() == 20) {
      name = name + p.text(272, Math.min(14, (p.bitLength() - 272) / 6));
    }
    return new AidToNavigationReport(p.repeat(), p.mmsi(), p.bits(38, 5), name, p.flag(163),
        PositionFields.rawLon(p, 21), PositionFields.rawLat(p, 21), ShipDimensions.read(p, 219), p.bits(249, 4),
        p.bits(253, 6), p.flag(259), p.bits(260, 8), p.flag(268), p.flag(269), p.flag(270));
  }

  @Override
  public int messageType() {
    return 21;
  }

  @Override
  public OptionalDouble latitude() {
    return AisValues.optional(PositionFields.latDegrees(rawLat, 21));
  }

  @Override
  public OptionalDouble longitude() {
    return AisValues.optional(PositionFields.lonDegrees(rawLon, 21));
  }

  @Override
  public OptionalDouble speedKnots() {
    return OptionalDouble.empty();
  }

  @Override
  public OptionalDouble courseDegrees() {
    return OptionalDouble.empty();
  }

  @Override
  public OptionalInt headingDegrees() {
    return OptionalInt.empty();
  }
}
