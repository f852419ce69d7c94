package org.trucewatch.formats.ais;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Types 4 (base station report) and 11 (UTC and date response) (ITU-R M.1371-5 table 51).
 *
 * @param messageType 4 or 11
 * @param repeat repeat indicator
 * @param mmsi the station's MMSI
 * @param year UTC year (0 not available)
 * @param month UTC month (0 not available)
 * @param day UTC day (0 not available)
 * @param hour UTC hour (24 not available)
 * @param minute UTC minute (60 not available)
 * @param second UTC second (60 not available)
 * @param accuracy position accuracy flag
 * @param rawLon longitude, 1/10000 minute
 * @param rawLat latitude, 1/10000 minute
 * @param epfd type of position fixing device
 * @param raim RAIM in use
 * @param radio communication state, 19 bits
 */
public record BaseStationReport(
    int messageType, int repeat, int mmsi, int year, int month, int day, int hour, int minute, int second,
    boolean accuracy, int rawLon, int rawLat, int epfd, boolean raim, int radio)
    implements AisMessage, PositionReport {

  static BaseStationReport read(SixBitPayload p) {
    int t = p.messageType();
    return new BaseStationReport(t, p.repeat(), p.mmsi(), p.bits(38, 14), p.bits(52, 4), p.bits(56, 5),
        p.bits(61, 5), p.bits(66, 6), p.bits(72, 6), p.flag(78), PositionFields.rawLon(p, t),
        PositionFields.rawLat(p, t), p.bits(134, 4), p.flag(148), p.bits(149, 19));
  }

  /** The station's UTC date and time, empty when any part is not available or out of range. */
  public Optional<LocalDateTime> utc() {
    if (year == 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
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
