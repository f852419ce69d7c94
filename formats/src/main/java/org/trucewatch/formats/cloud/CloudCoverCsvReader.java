package org.trucewatch.formats.cloud;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.formats.Reject;

/**
 * Reads cloud cover from CSV. Columns, by name in any letter case: {@code date} (YYYY-MM-DD,
 * UTC) and {@code cloud_cover} (a fraction 0-1, or a percentage 0-100 written with {@code %})
 * required; {@code latitude} and {@code longitude} optional, together: a row with them gives the
 * cloud cover of the 0.1-degree cell holding that point, a row without them (or with them empty)
 * the whole area's for the day. A repeated day or cell-day is an error on the later line. Plain
 * CSV without quoted fields. Thread-safe.
 */
public final class CloudCoverCsvReader {
  /** Reads {@code raw} (UTF-8), naming it {@code name} in rejects. */
  public CloudCoverCsv read(String name, byte[] raw) {
    String[] lines = new String(raw, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n", -1);
    List<Reject> rejects = new ArrayList<>();
    Map<LocalDate, Double> perDay = new HashMap<>();
    Map<String, Double> perCell = new HashMap<>();
    int headerLine = -1;
    List<String> cols = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      long lineNo = i + 1;
      if (cols == null) {
        cols = Arrays.stream(f).map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        headerLine = i;
        if (!cols.contains("date") || !cols.contains("cloud_cover") || cols.contains("latitude") != cols.contains("longitude")) {
          rejects.add(new Reject(name, lineNo, "", "header needs date and cloud_cover, and latitude with longitude or"
              + " neither; found " + String.join(", ", cols)));
          return new CloudCoverCsv(CloudCover.NONE, rejects);
        }
        continue;
      }
      if (f.length != cols.size()) {
        rejects.add(new Reject(name, lineNo, "", "row has " + f.length + " fields but the header has " + cols.size()));
        continue;
      }
      String dateText = f[cols.indexOf("date")].trim();
      LocalDate date;
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        rejects.add(new Reject(name, lineNo, "date", "must be a date YYYY-MM-DD, not '" + dateText + "'"));
        continue;
      }
      String coverText = f[cols.indexOf("cloud_cover")].trim();
      Double cover = fraction(coverText);
      if (cover == null) {
        rejects.add(new Reject(name, lineNo, "cloud_cover",
            "must be a fraction from 0 to 1 or a percentage like 40%, not '" + coverText + "'"));
        continue;
      }
      String lat = cols.contains("latitude") ? f[cols.indexOf("latitude")].trim() : "";
      String lon = cols.contains("longitude") ? f[cols.indexOf("longitude")].trim() : "";
      if (lat.isEmpty() && lon.isEmpty()) {
        if (perDay.putIfAbsent(date, cover) != null) {
          rejects.add(new Reject(name, lineNo, "date", "cloud cover for " + date + " is given twice"));
        }
        continue;
      }
      double la;
      double lo;
      try {
        la = Double.parseDouble(lat);
        lo = Double.parseDouble(lon);
      } catch (NumberFormatException e) {
        rejects.add(new Reject(name, lineNo, lat.isEmpty() || !isNumber(lat) ? "latitude" : "longitude",
            "must be a number in degrees, not '" + (lat.isEmpty() || !isNumber(lat) ? lat : lon) + "'"));
        continue;
      }
      if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
        rejects.add(new Reject(name, lineNo, "latitude", "not a position: " + lat + ", " + lon));
        continue;
      }
      if (perCell.putIfAbsent(CloudCover.cellDayKey(la, lo, date), cover) != null) {
        rejects.add(new Reject(name, lineNo, "latitude", "cloud cover for this 0.1-degree cell on " + date + " is given twice"));
      }
    }
    if (headerLine < 0) {
      rejects.add(new Reject(name, 0, "", "no header line: the input is empty"));
    }
    return new CloudCoverCsv(CloudCover.of(perDay, perCell), rejects);
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Double fraction(String text) {
    try {
      double v;
      if (text.endsWith("%")) {
        v = Double.parseDouble(text.substring(0, text.length() - 1).trim()) / 100;
      } else {
        v = Double.parseDouble(text);
      }
      return v >= 0 && v <= 1 && !text.contains("e") && !text.contains("E") ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
