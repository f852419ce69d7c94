package org.trucewatch.formats.ais;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes messages as gpsd does ({@code gpsdecode -j}, scaled) straight into a byte buffer, one
 * line per message: gpsd's field names, units and number formats, with "not available" written
 * as gpsd writes it (the raw code, or {@code "n/a"}), so that tools built on gpsd read our output
 * unchanged.
 *
 * <p>Numbers are written from the raw integer fields with integer arithmetic, to the digit what
 * {@code String.format(Locale.ROOT, "%.Nf", raw / scale)} writes (see {@link #appendScaled}), so
 * nothing is allocated per message. Like gpsd, type 24 is written once per ship, joined, when a
 * part B finds its part A ({@link Type24Pairing}). Not thread-safe.
 */
public final class GpsdJsonEncoder {
  /** Room reserved per message: the longest line (type 5 or 21) is under 700 bytes. */
  private static final int LINE_ROOM = 2_048;

  private static final String[] TURN = new String[256];

  /** What every line starts with, up to the type's value. */
  private static final byte[] HEAD =
      "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final Type24Pairing pairing = new Type24Pairing();
  private byte[] buf = new byte[1 << 16];
  private int length;
  private int lineStart;

  /** The bytes written so far: {@code [0, length())}. */
  public byte[] buffer() {
    return buf;
  }

  /** Number of bytes written since the last {@link #clear()}. */
  public int length() {
    return length;
  }

  /** Forgets the bytes written (the type 24 parts waiting are kept). */
  public void clear() {
    length = 0;
  }

  /** Writes the bytes so far to {@code out} and clears them. */
  public void drainTo(OutputStream out) throws IOException {
    out.write(buf, 0, length);
    length = 0;
  }

  /**
   * Appends the gpsd JSON line of {@code m}, ended by a line feed.
   *
   * @param channel the radio channel it came on ({@code 0} when not given), for type 24
   * @return false when gpsd writes nothing for it (yet): a type 24 part A, or a part B without one
   */
  public boolean append(AisMessage m, char channel) {
    if (buf.length - length < LINE_ROOM) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + LINE_ROOM));
    }
    String partAName = null;
    if (m instanceof StaticDataPartA a) {
      pairing.partA(channel, a.mmsi(), a.shipName());
      return false;
    } else if (m instanceof StaticDataPartB b) {
      partAName = pairing.partB(channel, b.mmsi());
      if (partAName == null) {
        return false;
      }
    }
    lineStart = length;
    System.arraycopy(HEAD, 0, buf, length, HEAD.length);
    length += HEAD.length;
    writeLong(m.messageType());
    num("repeat", m.repeat());
    num("mmsi", Integer.toUnsignedLong(m.mmsi()));
    bool("scaled", true);
    if (m instanceof ClassAPositionReport r) {
      num("status", r.status());
      str("status_text", AisCodeTexts.status(r.status()));
      key("turn");
      ascii(turn(r.rawTurn()));
      speed(r.rawSpeed());
      bool("accuracy", r.accuracy());
      lonLat(r.rawLon(), r.rawLat(), 7);
      tenths("course", r.rawCourse());
      num("heading", r.rawHeading());
      num("second", r.second());
      num("maneuver", r.maneuver());
      bool("raim", r.raim());
      num("radio", r.radio());
    } else if (m instanceof ClassBPositionReport r) {
      num("reserved", r.reserved());
      speed(r.rawSpeed());
      bool("accuracy", r.accuracy());
      lonLat(r.rawLon(), r.rawLat(), 7);
      tenths("course", r.rawCourse());
      num("heading", r.rawHeading());
      num("second", r.second());
      num("regional", r.regional());
      bool("cs", r.cs());
      bool("display", r.display());
      bool("dsc", r.dsc());
      bool("band", r.band());
      bool("msg22", r.msg22());
      bool("raim", r.raim());
      num("radio", r.radio());
    } else if (m instanceof BaseStationReport r) {
      key("timestamp");
      buf[length++] = '"';
      padded(r.year(), 4);
      buf[length++] = '-';
      padded(r.month(), 2);
      buf[length++] = '-';
      padded(r.day(), 2);
      buf[length++] = 'T';
      padded(r.hour(), 2);
      buf[length++] = ':';
      padded(r.minute(), 2);
      buf[length++] = ':';
      padded(r.second(), 2);
      buf[length++] = 'Z';
      buf[length++] = '"';
      bool("accuracy", r.accuracy());
      lonLat(r.rawLon(), r.rawLat(), 7);
      num("epfd", r.epfd());
      str("epfd_text", AisCodeTexts.epfd(r.epfd()));
      bool("raim", r.raim());
      num("radio", r.radio());
    } else if (m instanceof StaticVoyageData r) {
      num("imo", r.imo());
      num("ais_version", r.aisVersion());
      str("callsign", r.callsign());
      str("shipname", r.shipName());
      num("shiptype", r.shipType());
      str("shiptype_text", AisCodeTexts.shipType(r.shipType()));
      dimensions(r.dimensions());
      num("epfd", r.epfd());
      str("epfd_text", AisCodeTexts.epfd(r.epfd()));
      key("eta");
      buf[length++] = '"';
      padded(r.etaMonth(), 2);
      buf[length++] = '-';
      padded(r.etaDay(), 2);
      buf[length++] = 'T';
      padded(r.etaHour(), 2);
      buf[length++] = ':';
      padded(r.etaMinute(), 2);
      buf[length++] = 'Z';
      buf[length++] = '"';
      tenths("draught", r.rawDraught());
      str("destination", r.destination());
      num("dte", r.dte() ? 1 : 0);
    } else if (m instanceof SarAircraftReport r) {
      num("alt", r.rawAltitude());
      num("speed", r.rawSpeed());
      bool("accuracy", r.accuracy());
      lonLat(r.rawLon(), r.rawLat(), 7);
      tenths("course", r.rawCourse());
      num("second", r.second());
      num("regional", r.regional());
      num("dte", r.dte() ? 1 : 0);
      bool("raim", r.raim());
      num("radio", r.radio());
    } else if (m instanceof ExtendedClassBReport r) {
      num("reserved", r.reserved());
      speed(r.rawSpeed());
      bool("accuracy", r.accuracy());
      lonLat(r.rawLon(), r.rawLat(), 7);
      tenths("course", r.rawCourse());
      num("heading", r.rawHeading());
      num("second", r.second());
      num("regional", r.regional());
      str("shipname", r.shipName());
      num("shiptype", r.shipType());
      str("shiptype_text", AisCodeTexts.shipType(r.shipType()));
      dimensions(r.dimensions());
      num("epfd", r.epfd());
      str("epfd_text", AisCodeTexts.epfd(r.epfd()));
      bool("raim", r.raim());
      num("dte", r.dte() ? 1 : 0);
      bool("assigned", r.assigned());
    } else if (m instanceof AidToNavigationReport r) {
      num("aid_type", r.aidType());
      str("aid_type_text", AisCodeTexts.aidType(r.aidType()));
      str("name", r.name());
      lonLat(r.rawLon(), r.rawLat(), 7);
      bool("accuracy", r.accuracy());
      dimensions(r.dimensions());
      num("epfd", r.epfd());
      str("epfd_text", AisCodeTexts.epfd(r.epfd()));
      num("second", r.second());
      num("regional", r.regional());
      bool("off_position", r.offPosition());
      bool("raim", r.raim());
      bool("virtual_aid", r.virtualAid());
    } else if (m instanceof StaticDataPartB r) {
      str("shipname", partAName);
      num("shiptype", r.shipType());
      str("shiptype_text", AisCodeTexts.shipType(r.shipType()));
      str("vendorid", r.vendorId());
      num("model", r.model());
      num("serial", r.serial());
      str("callsign", r.callsign());
      if (r.auxiliaryCraft()) {
        num("mothership_mmsi", r.mothershipMmsi());
      } else {
        dimensions(r.dimensions());
      }
    } else if (m instanceof LongRangePositionReport r) {
      num("status", r.status());
      str("status_text", AisCodeTexts.status(r.status()));
      bool("accuracy", r.accuracy());
      lonLat(r.rawLon(), r.rawLat(), 4);
      num("speed", r.rawSpeed());
      num("course", r.rawCourse());
      bool("raim", r.raim());
      bool("gnss", r.gnss());
    }
    buf[length++] = '}';
    buf[length++] = '\n';
    return true;
  }

  /** The gpsd text of a rate-of-turn code, as a JSON string (made once per code, with the formatter). */
  private static String turn(int raw) {
    String t = TURN[raw & 0xff];
    if (t == null) {
      if (raw == -128) {
        t = "\"n/a\"";
      } else if (raw == -127) {
        t = "\"fastleft\"";
      } else if (raw == 127) {
        t = "\"fastright\"";
      } else {
        double r = raw / 4.733;
        t = "\"" + String.format(Locale.ROOT, "%.2f", Math.copySign(r * r, raw)) + "\"";
      }
      TURN[raw & 0xff] = t;
    }
    return t;
  }

  private void speed(int raw) {
    if (raw == 1023) {
      str("speed", "n/a");
    } else if (raw == 1022) {
      str("speed", "fast");
    } else {
      tenths("speed", raw);
    }
  }

  /** Positions are in 1/10,000 minute (decimals 7) or, for type 27, 1/10 minute (decimals 4). */
  private void lonLat(int rawLon, int rawLat, int decimals) {
    key("lon");
    appendScaled(rawLon, decimals);
    key("lat");
    appendScaled(rawLat, decimals);
  }

  /**
   * Writes {@code raw / 600,000} with 7 decimals (or {@code raw / 600} with 4) as {@code %.7f}
   * ({@code %.4f}) writes the double: both are raw x 50 / 3 units of the last decimal, so the
   * exact value is a whole number of units plus 0, 1/3 or 2/3 of one, which rounds half up
   * without ever being near a tie; the double's error is about 10^-8 of a unit.
   */
  void appendScaled(int raw, int decimals) {
    long units = Math.abs((long) raw) * 50;
    units = (units + 1) / 3;
    if (raw < 0) {
      buf[length++] = '-';
    }
    long unit = decimals == 7 ? 10_000_000L : 10_000L;
    writeLong(units / unit);
    buf[length++] = '.';
    padded(units % unit, decimals);
  }

  private void dimensions(ShipDimensions d) {
    num("to_bow", d.toBowMetres());
    num("to_stern", d.toSternMetres());
    num("to_port", d.toPortMetres());
    num("to_starboard", d.toStarboardMetres());
  }

  /** {@code raw / 10.0} with one decimal, as {@code %.1f} writes it (exact: a tenth per unit). */
  private void tenths(String key, int raw) {
    key(key);
    if (raw < 0) {
      buf[length++] = '-';
      raw = -raw;
    }
    writeLong(raw / 10);
    buf[length++] = '.';
    buf[length++] = (byte) ('0' + raw % 10);
  }

  private void num(String key, long v) {
    key(key);
    writeLong(v);
  }

  private void bool(String key, boolean v) {
    key(key);
    ascii(v ? "true" : "false");
  }

  private void str(String key, String v) {
    key(key);
    buf[length++] = '"';
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' || c == '\\') {
        buf[length++] = '\\';
        buf[length++] = (byte) c;
      } else if (c < 0x20 || c == 0x7f) {
        ascii(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        // AIS text is 6-bit ASCII; anything wider would come from a caller's record
        buf[length++] = (byte) (c < 0x80 ? c : '?');
      }
    }
    buf[length++] = '"';
  }

  private void key(String key) {
    if (length - lineStart > 1) {
      buf[length++] = ',';
    }
    buf[length++] = '"';
    ascii(key);
    buf[length++] = '"';
    buf[length++] = ':';
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      buf[length++] = (byte) s.charAt(i);
    }
  }

  private void writeLong(long v) {
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        ascii(Long.toString(v));
        return;
      }
      buf[length++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long p = 10; p <= v && digits < 19; p *= 10) {
      digits++;
    }
    int end = length + digits;
    for (int i = end - 1; i >= length; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    length = end;
  }

  /** {@code v >= 0} in at least {@code width} digits, zero-padded, as {@code %0Nd}. */
  private void padded(long v, int width) {
    int digits = 1;
    for (long p = 10; p <= v && digits < 19; p *= 10) {
      digits++;
    }
    for (int i = digits; i < width; i++) {
      buf[length++] = '0';
    }
    writeLong(v);
  }
}
