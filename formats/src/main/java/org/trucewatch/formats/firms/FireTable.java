package org.trucewatch.formats.firms;

import java.util.List;
import org.trucewatch.formats.Reject;

/**
 * A FIRMS file read as a table of dated fire positions, for the war-fire model: every FIRMS
 * layout, and the reduced extracts with only latitude, longitude and acquisition date.
 *
 * @param name the file's name, as rejects cite it
 * @param columns the header's column names as written (case kept); empty when the file has no
 *     usable header, which its first reject then explains
 * @param rows the rows that could be read, in file order
 * @param rejects the rows (or header) that could not, in file order
 */
public record FireTable(String name, List<String> columns, List<FireTableRow> rows, List<Reject> rejects) {
  /** Whether the file has a usable header (and so is a fire table at all). */
  public boolean hasHeader() {
    return !columns.isEmpty();
  }

  /** Copies the lists. */
  public FireTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    rejects = List.copyOf(rejects);
  }
}
