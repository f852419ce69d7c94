package org.trucewatch.formats.ais;

/**
 * Reads the position, speed, course and heading of any position-carrying message (types 1, 2, 3,
 * 4, 9, 11, 18, 19, 21, 27) straight from its bits, converting ITU-R M.1371-5 units to degrees and
 * knots, with "not available" and out-of-range values as {@code NaN} or {@code -1}.
 *
 * <p>This is the zero-allocation path the track builder and benchmarks use; the message records
 * read their fields through it too, so there is one copy of each bit layout.
 */
public final class PositionFields {
  /** Raw longitude meaning "not available": 181 degrees in 1/10000 minute. */
  public static final int LON_NOT_AVAILABLE = 181 * 600_000;
  /** Raw latitude meaning "not available": 91 degrees in 1/10000 minute. */
  public static final int LAT_NOT_AVAILABLE = 91 * 600_000;
  /** Raw long-range (type 27) longitude meaning "not available": 181 degrees in 1/10 minute. */
  public static final int LONG_RANGE_LON_NOT_AVAILABLE = 181 * 600;
  /** Raw long-range (type 27) latitude meaning "not available": 91 degrees in 1/10 minute. */
  public static final int LONG_RANGE_LAT_NOT_AVAILABLE = 91 * 600;

  private PositionFields() {}

  /** Whether messages of this type carry a position. */
  public static boolean hasPosition(int type) {
    return (type >= 1 && type <= 4) || type == 9 || type == 11 || type == 18 || type == 19 || type == 21 || type == 27;
  }

  /** Bit offset of the 28-bit longitude (27-bit latitude follows), or -1 for type 27 and non-position types. */
  static int lonOffset(int type) {
    switch (type) {
      case 1, 2, 3, 9:
        return 61;
      case 4, 11:
        return 79;
      case 18, 19:
        return 57;
      case 21:
        return 164;
      default:
        return -1;
    }
  }

  /** The raw longitude field, 1/10000 minute (1/10 minute for type 27). */
  public static int rawLon(SixBitPayload p, int type) {
    if (type == 27) {
      return p.signed(44, 18);
    }
    return p.signed(lonOffset(type), 28);
  }

  /** The raw latitude field, 1/10000 minute (1/10 minute for type 27). */
  public static int rawLat(SixBitPayload p, int type) {
    if (type == 27) {
      return p.signed(62, 17);
    }
    return p.signed(lonOffset(type) + 28, 27);
  }

  /** Longitude in degrees from a raw field, NaN when not available or beyond ±180. */
  public static double lonDegrees(int raw, int type) {
    double scale = type == 27 ? 600.0 : 600_000.0;
    double v = raw / scale;
    return v >= -180.0 && v <= 180.0 ? v : Double.NaN;
  }

  /** Latitude in degrees from a raw field, NaN when not available or beyond ±90. */
  public static double latDegrees(int raw, int type) {
    double scale = type == 27 ? 600.0 : 600_000.0;
    double v = raw / scale;
    return v >= -90.0 && v <= 90.0 ? v : Double.NaN;
  }

  /** Longitude in degrees, NaN when not available. */
  public static double longitude(SixBitPayload p, int type) {
    return lonDegrees(rawLon(p, type), type);
  }

  /** Latitude in degrees, NaN when not available. */
  public static double latitude(SixBitPayload p, int type) {
    return latDegrees(rawLat(p, type), type);
  }

  /**
   * The raw speed field: 1/10 knot for types 1-3, 18, 19 (1023 not available, 1022 is 102.2 kn or
   * more); whole knots for type 9 (1023 not available, 1022 or more) and type 27 (63 not available);
   * -1 for types without speed.
   */
  public static int rawSpeed(SixBitPayload p, int type) {
    switch (type) {
      case 1, 2, 3, 9:
        return p.bits(50, 10);
      case 18, 19:
        return p.bits(46, 10);
      case 27:
        return p.bits(79, 6);
      default:
        return -1;
    }
  }

  /** Speed over ground in knots from a raw field, NaN when not available. */
  public static double speedKnots(int raw, int type) {
    if (raw < 0) {
      return Double.NaN;
    }
    if (type == 27) {
      return raw == 63 ? Double.NaN : raw;
    }
    if (raw == 1023) {
      return Double.NaN;
    }
    return type == 9 ? raw : raw / 10.0;
  }

  /** Speed over ground in knots, NaN when not available. */
  public static double speedKnots(SixBitPayload p, int type) {
    return speedKnots(rawSpeed(p, type), type);
  }

  /**
   * The raw course field: 1/10 degree for types 1-3, 9, 18, 19 (3600 not available); whole degrees
   * for type 27 (511 not available); -1 for types without course.
   */
  public static int rawCourse(SixBitPayload p, int type) {
    switch (type) {
      case 1, 2, 3, 9:
        return p.bits(116, 12);
      case 18, 19:
        return p.bits(112, 12);
      case 27:
        return p.bits(85, 9);
      default:
        return -1;
    }
  }

  /** Course over ground in degrees from a raw field, NaN when not available or 360 and over. */
  public static double courseDegrees(int raw, int type) {
    if (raw < 0) {
      return Double.NaN;
    }
    double v = type == 27 ? raw : raw / 10.0;
    return v < 360.0 ? v : Double.NaN;
  }

  /** Course over ground in degrees, NaN when not available. */
  public static double courseDegrees(SixBitPayload p, int type) {
    return courseDegrees(rawCourse(p, type), type);
  }

  /** The raw true heading, degrees (511 not available); -1 for types without heading. */
  public static int rawHeading(SixBitPayload p, int type) {
    switch (type) {
      case 1, 2, 3:
        return p.bits(128, 9);
      case 18, 19:
        return p.bits(124, 9);
      default:
        return -1;
    }
  }

  /** True heading in degrees from a raw field, -1 when not available (511) or out of range. */
  public static int headingDegrees(int raw) {
    return raw >= 0 && raw < 360 ? raw : -1;
  }

  /** Bits the type needs for its fields (ITU-R M.1371-5), 0 for types this decoder does not read. */
  public static int minimumBits(int type) {
    switch (type) {
      case 1, 2, 3:
        return 163; // 168 in the standard; gpsd accepts reports cut short in the radio status
      case 4, 9, 11, 18:
        return 168;
      case 5:
        return 420; // 424 in the standard; some transmitters drop the last spare bits
      case 19:
        return 312;
      case 21:
        return 272;
      case 24:
        return 160;
      case 27:
        return 96;
      default:
        return 0;
    }
  }
}
