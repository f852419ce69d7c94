package org.trucewatch.formats.ais;

import java.nio.charset.StandardCharsets;

/**
 * Writes messages as gpsd does ({@code gpsdecode -j}, scaled): gpsd's field names, units and
 * number formats, with "not available" written as gpsd writes it (the raw code, or {@code "n/a"}),
 * so that tools built on gpsd read our output unchanged.
 *
 * <p>The line is {@link GpsdJsonEncoder}'s; for many messages write them with it to a stream.
 * Like gpsd, type 24 is written once per ship when a part B follows a part A from the same
 * MMSI on the same channel: the joined record. Part A's wait as in gpsd (the last eight per
 * channel, see {@link Type24Pairing}), and a part B without its part A is not written. Not
 * thread-safe.
 */
public final class GpsdJsonWriter {
  private final GpsdJsonEncoder encoder = new GpsdJsonEncoder();

  /** The gpsd JSON line for this message, or null when gpsd would write nothing for it (yet). */
  public String write(DecodedAisMessage decoded) {
    encoder.clear();
    if (!encoder.append(decoded.message(), decoded.channel())) {
      return null;
    }
    return new String(encoder.buffer(), 0, encoder.length() - 1, StandardCharsets.ISO_8859_1);
  }
}
