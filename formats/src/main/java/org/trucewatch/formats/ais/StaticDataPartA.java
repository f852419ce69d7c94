package org.trucewatch.formats.ais;

/**
 * Type 24 part A: class B static data, the name (ITU-R M.1371-5 table 76).
 *
 * @param repeat repeat indicator
 * @param mmsi the ship's MMSI
 * @param shipName name, trailing padding removed
 */
public record StaticDataPartA(int repeat, int mmsi, String shipName) implements AisMessage {
  static StaticDataPartA read(SixBitPayload p) {
    return new StaticDataPartA(p.repeat(), p.mmsi(), p.text(40, 20));
  }

  @Override
  public int messageType() {
    return 24;
  }
}
