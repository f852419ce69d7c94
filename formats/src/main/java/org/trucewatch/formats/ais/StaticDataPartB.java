package org.trucewatch.formats.ais;

import java.util.OptionalInt;

/**
 * Type 24 part B: class B static data, type, vendor, call sign and size (ITU-R M.1371-5 table
 * 77). An auxiliary craft (MMSI 98MIDxxxx) sends its mother ship's MMSI where others send their
 * dimensions.
 *
 * @param repeat repeat indicator
 * @param mmsi the ship's MMSI
 * @param shipType type of ship and cargo (0 not available)
 * @param vendorId the 42-bit vendor field as 7 characters: manufacturer (3), then model and serial bits
 * @param model unit model code, 4 bits
 * @param serial unit serial number, 20 bits
 * @param callsign call sign, trailing padding removed
 * @param dimensions size, for ships that are not auxiliary craft
 * @param mothershipMmsi the mother ship's MMSI, for auxiliary craft, else 0
 */
public record StaticDataPartB(
    int repeat, int mmsi, int shipType, String vendorId, int model, int serial, String callsign,
    ShipDimensions dimensions, int mothershipMmsi) implements AisMessage {

  static StaticDataPartB read(SixBitPayload p) {
    int mmsi = p.mmsi();
    boolean auxiliary = mmsi / 10_000_000 == 98;
    return new StaticDataPartB(p.repeat(), mmsi, p.bits(40, 8), p.text(48, 7), p.bits(66, 4), p.bits(70, 20),
        p.text(90, 7), auxiliary ? new ShipDimensions(0, 0, 0, 0) : ShipDimensions.read(p, 132),
        auxiliary ? p.bits(132, 30) : 0);
  }

  @Override
  public int messageType() {
    return 24;
  }

  /** Whether the MMSI is an auxiliary craft's (98MIDxxxx). */
  public boolean auxiliaryCraft() {
    return mmsi / 10_000_000 == 98;
  }

  /** Ship type, empty when not available. */
  public OptionalInt shipTypeCode() {
    return shipType == 0 ? OptionalInt.empty() : OptionalInt.of(shipType);
  }
}
