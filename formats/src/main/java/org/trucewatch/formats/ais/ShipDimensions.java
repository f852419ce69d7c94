package org.trucewatch.formats.ais;

/**
 * A ship's size as distances from its position reference point, metres (ITU-R M.1371-5 figure
 * 42); zero means not available, 511 (bow, stern) or 63 (port, starboard) means that or more.
 *
 * @param toBowMetres reference point to bow
 * @param toSternMetres reference point to stern
 * @param toPortMetres reference point to port side
 * @param toStarboardMetres reference point to starboard side
 */
public record ShipDimensions(int toBowMetres, int toSternMetres, int toPortMetres, int toStarboardMetres) {
  static ShipDimensions read(SixBitPayload p, int offset) {
    return new ShipDimensions(p.bits(offset, 9), p.bits(offset + 9, 9), p.bits(offset + 18, 6), p.bits(offset + 24, 6));
  }

  /** Overall length, metres, 0 when not available. */
  public int lengthMetres() {
    return toBowMetres == 0 || toSternMetres == 0 ? 0 : toBowMetres + toSternMetres;
  }

  /** Overall beam, metres, 0 when not available. */
  public int beamMetres() {
    return toPortMetres == 0 || toStarboardMetres == 0 ? 0 : toPortMetres + toStarboardMetres;
  }
}
