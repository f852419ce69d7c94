package org.trucewatch.engine.thermal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trucewatch.core.thermal.FireProduct;
import org.trucewatch.core.thermal.NrtSatelliteSplit;
import org.trucewatch.formats.firms.FireTable;
import org.trucewatch.formats.firms.FireTableRow;

/**
 * Tells a FIRMS row's product and processing (standard or near-real-time) apart: from its {@code
 * instrument}, {@code satellite} and {@code version} columns where the file has them, else from
 * the decimal places of its coordinates, which is all a reduced {@code LATITUDE,LONGITUDE,ACQ_DATE}
 * extract keeps. FIRMS writes VIIRS standard-processing coordinates with six decimals, VIIRS
 * near-real-time with five and MODIS with four (trailing zeros dropped, so the longer of the two
 * coordinates is read). A standard VIIRS row whose two coordinates both end in 0 (about 1 in 100)
 * reads as near-real-time: the error is the same in the baseline as in the input. Five-decimal
 * rows after the file's last six-decimal day (where near-real-time is the only VIIRS left) mix
 * Suomi NPP and NOAA-20; given a {@link NrtSatelliteSplit}, each is assigned to one of them by the
 * measured share (marked {@code inferred}). Other five-decimal rows stay {@code VIIRS_UNRESOLVED}:
 * on days with standard rows they are copies, NOAA-20 or standard rows with trailing zeros, which
 * no share describes.
 */
final class FireProductInference {
  /**
   * A row's product, whether it is near-real-time, and whether its satellite was assigned by the
   * split rather than read.
   */
  record Inferred(FireProduct product, boolean nrt, boolean bySplit) {
    Inferred(FireProduct product, boolean nrt) {
      this(product, nrt, false);
    }
  }

  private final int instrument;
  private final int satellite;
  private final int version;
  private final int latitude;
  private final int longitude;
  private final boolean nrtFile;
  private final Optional<NrtSatelliteSplit> split;
  private final long lastStandardDay;

  /** The inference for the rows of this table; {@code split} assigns mixed VIIRS rows a satellite. */
  FireProductInference(FireTable table, Optional<NrtSatelliteSplit> split) {
    this.split = split;
    long last = Long.MIN_VALUE;
    List<String> c = table.columns().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
    instrument = c.indexOf("instrument");
    satellite = c.indexOf("satellite");
    version = c.indexOf("version");
    latitude = c.indexOf("latitude");
    longitude = c.indexOf("longitude");
    String n = table.name().toLowerCase(Locale.ROOT);
    nrtFile = n.contains("_nrt") || n.contains("nrt_");
    if (satellite < 0 && instrument < 0) {
      for (FireTableRow r : table.rows()) {
        if (Math.max(decimals(field(r, latitude)), decimals(field(r, longitude))) >= 6) {
          last = Math.max(last, r.date().toEpochDay());
        }
      }
    }
    lastStandardDay = last;
  }

  /** How this table's products are told: by column or by decimal places. */
  String method() {
    if (satellite >= 0 || instrument >= 0) {
      return "instrument/satellite columns";
    }
    return split.map(x -> String.format(Locale.ROOT, "coordinate decimals, mixed VIIRS near-real-time rows assigned to S-NPP "
        + "with share %.3f", x.snppShare())).orElse("coordinate decimals (no instrument column)");
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
      if (split.isPresent() && row.date().toEpochDay() > lastStandardDay) {
        boolean snpp = split.get().isSnpp(row.latitude(), row.longitude(), row.date().toEpochDay());
        return new Inferred(snpp ? FireProduct.VIIRS_SNPP : FireProduct.VIIRS_NOAA20, true, true);
      }
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
