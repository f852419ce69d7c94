package org.trucewatch.scenario;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** FIRMS' download CSV for VIIRS S-NPP (the {@code fire_nrt_SV-C2} and archive files). */
final class FirmsCsvFormat {
  /** The header row, exactly as FIRMS writes it. */
  static final String HEADER =
      "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,"
          + "bright_t31,frp,daynight";

  private FirmsCsvFormat() {}

  /** The whole file: header, then one row a detection, each line ending in a line feed. */
  static String file(List<FirmsDetection> detections) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (FirmsDetection d : detections) {
      sb.append(row(d)).append('\n');
    }
    return sb.toString();
  }

  /** "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D". */
  static String row(FirmsDetection d) {
    ZonedDateTime t = d.acquiredAt().atZone(ZoneOffset.UTC);
    return String.join(
        ",",
        Decimals.text(d.latitude(), 5),
        Decimals.text(d.longitude(), 5),
        Decimals.text(d.brightnessKelvin(), 2),
        Decimals.text(d.scanKm(), 2),
        Decimals.text(d.trackKm(), 2),
        t.toLocalDate().toString(),
        String.format(Locale.ROOT, "%02d%02d", t.getHour(), t.getMinute()),
        "N",
        "VIIRS",
        Character.toString(d.confidence()),
        "2.0NRT",
        Decimals.text(d.brightT31Kelvin(), 2),
        Decimals.text(d.frpMegawatts(), 2),
        d.day() ? "D" : "N");
  }
}
