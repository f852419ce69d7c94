package org.trucewatch.engine.thermal;

import java.util.List;
import java.util.Locale;
import org.trucewatch.core.thermal.FireProduct;
import org.trucewatch.formats.firms.FireTable;
import org.trucewatch.formats.firms.FireTableRow;

/**
 * Tells a FIRMS row's product and processing (standard or near-real-time) apart: from its {@code
 * instrument}, {@code satellite} and {@code version} columns where the file has them, else from
 * the decimal places of its coordinates, which is all a reduced {@code LATITUDE,LONGITUDE,ACQ_DATE}
 * extract keeps. FIRMS writes VIIRS standard-processing coordinates with six decimals, VIIRS
 * near-real-time with five and MODIS with four (trailing zeros dropped, so the longer of the two
 * coordinates is read). A standard VIIRS row whose two coordinates both end in 0 (about 1 in 100)
 * reads as near-real-time: the error is the same in the baseline as in the input.
 */
final class FireProductInference {
  /** A row's product and whether it is near-real-time. */
  record Inferred(FireProduct product, boolean nrt) {}

  private final int instrument;
  private final int satellite;
  private final int version;
  private final int latitude;
  private final int longitude;
  private final boolean nrtFile;

  /** The inference for the rows of this table. */
  FireProductInference(FireTable table) {
    List<String> c = table.columns().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
    instrument = c.indexOf("instrument");
    satellite = c.indexOf("satellite");
    version = c.indexOf("version");
    latitude = c.indexOf("latitude");
    longitude = c.indexOf("longitude");
    String n = table.name().toLowerCase(Locale.ROOT);
    nrtFile = n.contains("_nrt") || n.contains("nrt_");
  }

  /** How this table's products are told: by column or by decimal places. */
  String method() {
    return satellite >= 0 || instrument >= 0 ? "instrument/satellite columns" : "coordinate decimals (no instrument column)";
  }

  Inferred of(FireTableRow row) {
    String sat = field(row, satellite).toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
    String ins = field(row, instrument).toUpperCase(Locale.ROOT);
    if (!sat.isEmpty() || !ins.isEmpty()) {
      boolean nrt = field(row, version).toUpperCase(Locale.ROOT).contains("NRT") || nrtFile;
      FireProduct p;
      if (ins.equals("MODIS") || sat.equals("TERRA") || sat.equals("AQUA") || sat.equals("T") || sat.equals("A")) {
        p = FireProduct.MODIS;
      } else if (sat.equals("N") || sat.equals("NPP") || sat.equals("SUOMINPP") || sat.equals("SNPP")) {
        p = FireProduct.VIIRS_SNPP;
      } else if (sat.equals("N20") || sat.equals("1") || sat.equals("NOAA20") || sat.equals("J1")) {
        p = FireProduct.VIIRS_NOAA20;
      } else if (sat.equals("N21") || sat.equals("NOAA21") || sat.equals("J2")) {
        p = FireProduct.VIIRS_NOAA21;
      } else {
        p = FireProduct.VIIRS_UNRESOLVED;
      }
      return new Inferred(p, nrt);
    }
    int places = Math.max(decimals(field(row, latitude)), decimals(field(row, longitude)));
    if (places >= 6) {
      return new Inferred(FireProduct.VIIRS_SNPP, false);
    }
    if (places == 5) {
      return new Inferred(FireProduct.VIIRS_UNRESOLVED, true);
    }
    return new Inferred(FireProduct.MODIS, false);
  }

  private static String field(FireTableRow row, int at) {
    return at >= 0 && at < row.fields().size() ? row.fields().get(at).trim() : "";
  }

  static int decimals(String number) {
    int dot = number.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int end = number.length();
    while (end > dot + 1 && !Character.isDigit(number.charAt(end - 1))) {
      end--;
    }
    return end - dot - 1;
  }
}
