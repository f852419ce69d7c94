package org.trucewatch.formats.firms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.observation.Observation;

/**
 * Writes FIRMS rows in the VIIRS download layout ({@code fire_nrt_SV-C2_*.csv}): the header
 * below, {@code acq_time} as {@code HHMM}, LF line ends, rows in the order given. Text with a
 * comma or quote is quoted; text with a line break is refused, since readers of FIRMS files
 * (this project's included) take one row per line.
 */
public final class FirmsCsvWriter {
  /** The header of FIRMS's VIIRS download files. */
  public static final String HEADER =
      "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_t31,frp,daynight";

  private FirmsCsvWriter() {}

  /** Writes the header and one line per row. */
  public static void write(List<FirmsRow> rows, Appendable out) throws IOException {
    out.append(HEADER).append('\n');
    StringBuilder sb = new StringBuilder(128);
    for (FirmsRow r : rows) {
      sb.setLength(0);
      LocalDateTime t = LocalDateTime.ofEpochSecond(r.acquired().getEpochSecond(), 0, ZoneOffset.UTC);
      sb.append(number(r.latitude())).append(',')
          .append(number(r.longitude())).append(',')
          .append(text(r.brightness())).append(',')
          .append(number(r.scanKm())).append(',')
          .append(number(r.trackKm())).append(',')
          .append(t.toLocalDate()).append(',')
          .append(String.format(Locale.ROOT, "%02d%02d", t.getHour(), t.getMinute())).append(',')
          .append(text(r.satellite())).append(',')
          .append(text(r.instrument())).append(',')
          .append(text(r.confidence())).append(',')
          .append(text(r.version())).append(',')
          .append(text(r.brightT31())).append(',')
          .append(text(r.frp())).append(',')
          .append(text(r.dayNight())).append('\n');
      out.append(sb);
    }
  }

  /** The file text of these rows. */
  public static String toCsv(List<FirmsRow> rows) {
    StringBuilder sb = new StringBuilder(HEADER.length() + 80 * rows.size());
    try {
      write(rows, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * The file text of these thermal-anomaly observations, one row each via {@link
   * FirmsRow#of(Observation)}.
   */
  public static String observationsToCsv(List<Observation> observations) {
    List<FirmsRow> rows = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      rows.add(FirmsRow.of(o));
    }
    return toCsv(rows);
  }

  /** The shortest decimal text that reads back as the same double, without exponent. */
  private static String number(double d) {
    return DecimalText.format(BigDecimal.valueOf(d));
  }

  /** Quotes text holding a comma or quote; refuses line breaks, which FIRMS rows never hold. */
  private static String text(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("a FIRMS field cannot hold a line break: '" + s + "'");
      }
      quote |= c == ',' || c == '"';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
