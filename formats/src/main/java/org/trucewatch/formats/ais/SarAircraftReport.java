package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Type 9: standard search and rescue aircraft position report (ITU-R M.1371-5 table 55).
 *
 * @param repeat repeat indicator
 * @param mmsi the aircraft's MMSI
 * @param rawAltitude altitude, metres (4095 not available, 4094 that or higher)
 * @param rawSpeed speed over ground, knots (1023 not available)
 * @param accuracy position accuracy flag
 * @param rawLon longitude, 1/10000 minute
 * @param rawLat latitude, 1/10000 minute
 * @param rawCourse course over ground, 1/10 degree (3600 not available)
 * @param second UTC second (60 not available)
 * @param regional regional reserved, 8 bits
 * @param dte data terminal not ready
 * @param assigned assigned mode
 * @param raim RAIM in use
 * @param radio communication state, 20 bits
 */
public record SarAircraftReport(
    int repeat, int mmsi, int rawAltitude, int rawSpeed, boolean accuracy, int rawLon, int rawLat, int rawCourse,
    int second, int regional, boolean dte, boolean assigned, boolean raim, int radio)
    implements AisMessage, PositionReport {

  static SarAircraftReport read(SixBitPayload p) {
    return new SarAircraftReport(p.repeat(), p.mmsi(), p.bits(38, 12), PositionFields.rawSpeed(p, 9), p.flag(60),
        PositionFields.rawLon(p, 9), PositionFields.rawLat(p, 9), PositionFields.rawCourse(p, 9), p.bits(128, 6),
        p.bits(134, 8), p.flag(142), p.flag(146), p.flag(147), p.bits(148, 20));
  }

  @Override
  public int messageType() {
    return 9;
  }

  /** Altitude, metres, empty when not available. */
  public OptionalInt altitudeMetres() {
    return rawAltitude == 4095 ? OptionalInt.empty() : OptionalInt.of(rawAltitude);
  }

  @Override
  public OptionalDouble latitude() {
    return AisValues.optional(PositionFields.latDegrees(rawLat, 9));
  }

  @Override
  public OptionalDouble longitude() {
    return AisValues.optional(PositionFields.lonDegrees(rawLon, 9));
  }

  @Override
  public OptionalDouble speedKnots() {
    return AisValues.optional(PositionFields.speedKnots(rawSpeed, 9));
  }

  @Override
  public OptionalDouble courseDegrees() {
    return AisValues.optional(PositionFields.courseDegrees(rawCourse, 9));
  }

  @Override
  public OptionalInt headingDegrees() {
    return OptionalInt.empty();
  }
}
