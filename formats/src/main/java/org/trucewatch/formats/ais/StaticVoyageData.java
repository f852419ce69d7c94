package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Type 5: class A static and voyage related data (ITU-R M.1371-5 table 52).
 *
 * @param repeat repeat indicator
 * @param mmsi the ship's MMSI
 * @param aisVersion AIS version indicator
 * @param imo IMO number (0 not available)
 * @param callsign call sign, trailing padding removed
 * @param shipName name, trailing padding removed
 * @param shipType type of ship and cargo, 0-99 (0 not available)
 * @param dimensions size around the reference point
 * @param epfd type of position fixing device
 * @param etaMonth ETA month (0 not available)
 * @param etaDay ETA day (0 not available)
 * @param etaHour ETA hour (24 not available)
 * @param etaMinute ETA minute (60 not available)
 * @param rawDraught maximum present static draught, 1/10 metre (0 not available)
 * @param destination destination, trailing padding removed
 * @param dte data terminal not ready
 */
public record StaticVoyageData(
    int repeat, int mmsi, int aisVersion, int imo, String callsign, String shipName, int shipType,
    ShipDimensions dimensions, int epfd, int etaMonth, int etaDay, int etaHour, int etaMinute, int rawDraught,
    String destination, boolean dte) implements AisMessage {

  static StaticVoyageData read(SixBitPayload p) {
    return new StaticVoyageData(p.repeat(), p.mmsi(), p.bits(38, 2), p.bits(40, 30), p.text(70, 7),
        p.text(112, 20), p.bits(232, 8), ShipDimensions.read(p, 240), p.bits(270, 4), p.bits(274, 4),
        p.bits(278, 5), p.bits(283, 5), p.bits(288, 6), p.bits(294, 8), p.text(302, 20), p.flag(422));
  }

  @Override
  public int messageType() {
    return 5;
  }

  /** IMO number, empty when not available. */
  public OptionalInt imoNumber() {
    return imo == 0 ? OptionalInt.empty() : OptionalInt.of(imo);
  }

  /** Draught, metres, empty when not available. */
  public OptionalDouble draughtMetres() {
    return rawDraught == 0 ? OptionalDouble.empty() : OptionalDouble.of(rawDraught / 10.0);
  }
}
