package org.trucewatch.formats.ais;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes messages as CSV rows for spreadsheets: one fixed set of columns for every type, empty
 * where a type has no such field or the value is not available. Stateless and thread-safe.
 */
public final class AisCsvWriter {
  /** The header row. */
  public static final String HEADER =
      "line,time,source,channel,type,mmsi,lat,lon,speed_kn,course_deg,heading_deg,status,name,callsign,imo,"
          + "ship_type,destination,draught_m,length_m,beam_m";

  /** The row for {@code decoded}, without line break. */
  public String write(DecodedAisMessage decoded) {
    AisMessage m = decoded.message();
    String[] c = new String[20];
    java.util.Arrays.fill(c, "");
    c[0] = Long.toString(decoded.firstLine());
    if (decoded.hasTagTime()) {
      c[1] = Instant.ofEpochMilli(decoded.tagEpochMillis()).toString();
    }
    c[2] = decoded.tagSource().orElse("");
    c[3] = decoded.channel() == 0 ? "" : String.valueOf(decoded.channel());
    c[4] = Integer.toString(m.messageType());
    c[5] = Long.toString(Integer.toUnsignedLong(m.mmsi()));
    if (m instanceof PositionReport p) {
      c[6] = fixed(p.latitude(), 7);
      c[7] = fixed(p.longitude(), 7);
      c[8] = fixed(p.speedKnots(), 1);
      c[9] = fixed(p.courseDegrees(), 1);
      c[10] = integer(p.headingDegrees());
    }
    if (m instanceof ClassAPositionReport r) {
      c[11] = integer(r.navigationStatus());
    } else if (m instanceof LongRangePositionReport r) {
      c[11] = r.status() == 15 ? "" : Integer.toString(r.status());
    } else if (m instanceof StaticVoyageData r) {
      c[12] = r.shipName();
      c[13] = r.callsign();
      c[14] = integer(r.imoNumber());
      c[15] = r.shipType() == 0 ? "" : Integer.toString(r.shipType());
      c[16] = r.destination();
      c[17] = fixed(r.draughtMetres(), 1);
      dimensions(c, r.dimensions());
    } else if (m instanceof ExtendedClassBReport r) {
      c[12] = r.shipName();
      c[15] = r.shipType() == 0 ? "" : Integer.toString(r.shipType());
      dimensions(c, r.dimensions());
    } else if (m instanceof AidToNavigationReport r) {
      c[12] = r.name();
    } else if (m instanceof StaticDataPartA r) {
      c[12] = r.shipName();
    } else if (m instanceof StaticDataPartB r) {
      c[13] = r.callsign();
      c[15] = r.shipType() == 0 ? "" : Integer.toString(r.shipType());
      dimensions(c, r.dimensions());
    }
    StringBuilder sb = new StringBuilder(128);
    for (int i = 0; i < c.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      field(sb, c[i]);
    }
    return sb.toString();
  }

  private static void dimensions(String[] c, ShipDimensions d) {
    c[18] = d.lengthMetres() == 0 ? "" : Integer.toString(d.lengthMetres());
    c[19] = d.beamMetres() == 0 ? "" : Integer.toString(d.beamMetres());
  }

  private static String fixed(OptionalDouble v, int decimals) {
    return v.isPresent() ? JsonLine.plain(Double.parseDouble(JsonLine.fixed(v.getAsDouble(), decimals))) : "";
  }

  private static String integer(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }

  /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
  private static void field(StringBuilder sb, String v) {
    boolean formula = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+");
    if (formula) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(v);
    }
  }
}
