package org.trucewatch.formats.ais;

import java.util.Locale;

/**
 * Encodes AIS messages as NMEA 0183 sentences with an NMEA 4.0 tag block ({@code s:} station,
 * {@code c:} UNIX seconds): the inverse of {@link NmeaAisFramer}, for simulators and tests. Writes
 * types 1 (class A position), 5 (static and voyage, two sentences), 18 (class B position) and 24
 * (class B static, parts A and B). Not thread-safe: it keeps the multi-sentence sequence id.
 */
public final class AisNmeaWriter {
  private static final int MAX_PAYLOAD_CHARS = 60;

  private final long[] bits = new long[8];
  private int length;
  private int sequence;

  /**
   * A class A position report (type 1).
   *
   * @param status navigational status 0-15
   * @param speedKnots speed over ground, NaN when not available
   * @param courseDegrees course over ground, NaN when not available
   * @param headingDegrees true heading, -1 when not available
   */
  public String classAPosition(String station, long epochSeconds, char channel, int mmsi, int status,
      double lat, double lon, double speedKnots, double courseDegrees, int headingDegrees, int second) {
    start(1, mmsi);
    put(status, 4);
    put(-128 & 0xff, 8); // rate of turn not available
    put(speed(speedKnots), 10);
    put(1, 1);
    put(Math.round(lon * 600_000), 28);
    put(Math.round(lat * 600_000), 27);
    put(course(courseDegrees), 12);
    put(headingDegrees < 0 ? 511 : headingDegrees, 9);
    put(second, 6);
    put(0, 2 + 3 + 1);
    put(0, 19);
    return sentences(station, epochSeconds, channel);
  }

  /** A class B position report (type 18); arguments as {@link #classAPosition}. */
  public String classBPosition(String station, long epochSeconds, char channel, int mmsi, double lat, double lon,
      double speedKnots, double courseDegrees, int headingDegrees, int second) {
    start(18, mmsi);
    put(0, 8);
    put(speed(speedKnots), 10);
    put(0, 1);
    put(Math.round(lon * 600_000), 28);
    put(Math.round(lat * 600_000), 27);
    put(course(courseDegrees), 12);
    put(headingDegrees < 0 ? 511 : headingDegrees, 9);
    put(second, 6);
    put(0, 2);
    put(1, 1); // carrier sense unit
    put(0, 4);
    put(1, 1); // msg22
    put(0, 2);
    put(0, 20);
    return sentences(station, epochSeconds, channel);
  }

  /** Static and voyage data (type 5), written as two sentences; draught in metres. */
  public String staticVoyage(String station, long epochSeconds, char channel, int mmsi, int imo, String callsign,
      String name, int shipType, ShipDimensions d, String destination, double draughtMetres) {
    start(5, mmsi);
    put(0, 2);
    put(imo, 30);
    text(callsign, 7);
    text(name, 20);
    put(shipType, 8);
    dimensions(d);
    put(1, 4); // GPS
    put(0, 4 + 5);
    put(24, 5);
    put(60, 6);
    put(Math.round(draughtMetres * 10), 8);
    text(destination, 20);
    put(0, 2);
    return sentences(station, epochSeconds, channel);
  }

  /** Class B static data part A (type 24): the name. */
  public String staticPartA(String station, long epochSeconds, char channel, int mmsi, String name) {
    start(24, mmsi);
    put(0, 2);
    text(name, 20);
    return sentences(station, epochSeconds, channel);
  }

  /** Class B static data part B (type 24): type, call sign and size. */
  public String staticPartB(String station, long epochSeconds, char channel, int mmsi, int shipType, String callsign,
      ShipDimensions d) {
    start(24, mmsi);
    put(1, 2);
    put(shipType, 8);
    text("TRW", 3);
    put(0, 24);
    text(callsign, 7);
    dimensions(d);
    put(0, 6);
    return sentences(station, epochSeconds, channel);
  }

  private void dimensions(ShipDimensions d) {
    put(d.toBowMetres(), 9);
    put(d.toSternMetres(), 9);
    put(d.toPortMetres(), 6);
    put(d.toStarboardMetres(), 6);
  }

  private static int speed(double knots) {
    return Double.isNaN(knots) ? 1023 : (int) Math.min(1022, Math.round(knots * 10));
  }

  private static int course(double degrees) {
    return Double.isNaN(degrees) ? 3600 : (int) (Math.round(degrees * 10) % 3600);
  }

  private void start(int type, int mmsi) {
    java.util.Arrays.fill(bits, 0L);
    length = 0;
    put(type, 6);
    put(0, 2);
    put(mmsi, 30);
  }

  private void put(long value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      if (((value >>> i) & 1) != 0) {
        bits[length >>> 6] |= 1L << (63 - (length & 63));
      }
      length++;
    }
  }

  private void text(String s, int chars) {
    for (int i = 0; i < chars; i++) {
      char c = i < s.length() ? Character.toUpperCase(s.charAt(i)) : '@';
      int v = c >= 64 && c < 96 ? c - 64 : (c >= 32 && c < 64 ? c : 32);
      put(v, 6);
    }
  }

  private String sentences(String station, long epochSeconds, char channel) {
    int chars = (length + 5) / 6;
    int fill = chars * 6 - length;
    StringBuilder armour = new StringBuilder(chars);
    for (int i = 0; i < chars; i++) {
      int v = 0;
      for (int b = 0; b < 6; b++) {
        int bit = i * 6 + b;
        v = (v << 1) | (int) ((bits[bit >>> 6] >>> (63 - (bit & 63))) & 1);
      }
      armour.append((char) (v < 40 ? v + 48 : v + 56));
    }
    int parts = (chars + MAX_PAYLOAD_CHARS - 1) / MAX_PAYLOAD_CHARS;
    String seq = "";
    if (parts > 1) {
      seq = Integer.toString(sequence);
      sequence = (sequence + 1) % 10;
    }
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < parts; p++) {
      String chunk = armour.substring(p * MAX_PAYLOAD_CHARS, Math.min(chars, (p + 1) * MAX_PAYLOAD_CHARS));
      String body = "AIVDM," + parts + "," + (p + 1) + "," + seq + "," + channel + "," + chunk + ","
          + (p == parts - 1 ? fill : 0);
      String tag = p == 0
          ? (parts > 1 ? "g:1-" + parts + "-" + seq + "," : "") + "s:" + station + ",c:" + epochSeconds
          : "g:" + (p + 1) + "-" + parts + "-" + seq;
      out.append('\\').append(tag).append('*').append(checksum(tag)).append('\\');
      out.append('!').append(body).append('*').append(checksum(body)).append('\n');
    }
    return out.toString();
  }

  private static String checksum(String s) {
    int c = 0;
    for (int i = 0; i < s.length(); i++) {
      c ^= s.charAt(i);
    }
    return String.format(Locale.ROOT, "%02X", c);
  }
}
