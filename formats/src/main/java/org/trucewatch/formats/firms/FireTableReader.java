package org.trucewatch.formats.firms;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trucewatch.formats.Reject;

/**
 * Reads any FIRMS CSV as a {@link FireTable}: the download, API, daily-text and archive layouts,
 * and reduced extracts such as {@code LATITUDE,LONGITUDE,ACQ_DATE}. Only {@code latitude},
 * {@code longitude} and {@code acq_date} are required, found by name in any letter case; an
 * {@code acq_time} column, when present, must hold a valid time where it is not empty.
 *
 * <p>Unlike {@link FirmsCsvReader} this keeps no pixel footprint: the war-fire model counts
 * detections per cell and day and needs no more. A bad row is rejected with its line and field;
 * the rows around it are kept. Thread-safe.
 */
public final class FireTableReader {
  /** The columns a fire table cannot be read without. */
  public static final List<String> REQUIRED = List.of("latitude", "longitude", "acq_date");

  /** Reads the table in {@code raw} (UTF-8, optional byte order mark), naming it {@code name} in rejects. */
  public FireTable read(String name, byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    long lineNo = 0;
    List<String> columns = null;
    int lat = -1;
    int lon = -1;
    int date = -1;
    int time = -1;
    List<FireTableRow> rows = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    String lastDateText = null;
    LocalDate lastDate = null;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int stop = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(pos, stop);
      pos = end + 1;
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] f;
      try {
        f = CsvFields.split(line);
      } catch (CsvFields.MalformedLine e) {
        rejects.add(new Reject(name, lineNo, "", (columns == null ? "header: " : "") + e.getMessage()));
        if (columns == null) {
          return new FireTable(name, List.of(), rows, rejects);
        }
        continue;
      }
      if (columns == null) {
        columns = Arrays.asList(f);
        List<String> lower = columns.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(r -> !lower.contains(r)).toList();
        if (!missing.isEmpty()) {
          rejects.add(new Reject(name, lineNo, "", "header lacks required column" + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing) + " (a fire table needs " + String.join(", ", REQUIRED)
              + " in any letter case; found " + String.join(", ", columns) + ")"));
          return new FireTable(name, List.of(), rows, rejects);
        }
        lat = lower.indexOf("latitude");
        lon = lower.indexOf("longitude");
        date = lower.indexOf("acq_date");
        time = lower.indexOf("acq_time");
        continue;
      }
      if (f.length != columns.size()) {
        rejects.add(new Reject(name, lineNo, "", "row has " + f.length + " fields but the header has " + columns.size()));
        continue;
      }
      BigDecimal latitude = DecimalText.parse(f[lat].trim());
      if (latitude == null || latitude.compareTo(BigDecimal.valueOf(-90)) < 0 || latitude.compareTo(BigDecimal.valueOf(90)) > 0) {
        rejects.add(new Reject(name, lineNo, columns.get(lat), "must be a latitude between -90 and 90, not '" + f[lat].trim() + "'"));
        continue;
      }
      BigDecimal longitude = DecimalText.parse(f[lon].trim());
      if (longitude == null || longitude.compareTo(BigDecimal.valueOf(-180)) < 0 || longitude.compareTo(BigDecimal.valueOf(180)) > 0) {
        rejects.add(new Reject(name, lineNo, columns.get(lon), "must be a longitude between -180 and 180, not '" + f[lon].trim() + "'"));
        continue;
      }
      String dateText = f[date].trim();
      LocalDate d;
      if (dateText.equals(lastDateText)) {
        d = lastDate;
      } else {
        try {
          d = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          rejects.add(new Reject(name, lineNo, columns.get(date), "must be a date YYYY-MM-DD, not '" + dateText + "'"));
          continue;
        }
        lastDateText = dateText;
        lastDate = d;
      }
      if (time >= 0 && !f[time].trim().isEmpty() && FirmsCsvReader.secondOfDay(f[time].trim()) < 0) {
        rejects.add(new Reject(name, lineNo, columns.get(time),
            "must be a UTC time HHMM, HH:MM or HH:MM:SS, not '" + f[time].trim() + "'"));
        continue;
      }
      rows.add(new FireTableRow(lineNo, Arrays.asList(f), latitude.doubleValue(), longitude.doubleValue(), d));
    }
    if (columns == null) {
      rejects.add(new Reject(name, 0, "", "no header line: the input is empty"));
      return new FireTable(name, List.of(), rows, rejects);
    }
    return new FireTable(name, columns, rows, rejects);
  }
}
