package org.trucewatch.formats.firms;

import java.time.LocalDate;
import java.util.List;

/**
 * One data row of a fire table: its fields as they were written, and the position and date read
 * from them.
 *
 * @param line 1-based line number in its file
 * @param fields the row's fields, untrimmed, one per header column
 * @param latitude pixel centre latitude, degrees
 * @param longitude pixel centre longitude, degrees
 * @param date the UTC acquisition date
 */
public record FireTableRow(long line, List<String> fields, double latitude, double longitude, LocalDate date) {
  /** Copies the fields. */
  public FireTableRow {
    fields = List.copyOf(fields);
  }
}
