package org.trucewatch.formats;

import java.util.Objects;

/**
 * One piece of input that could not be used, and why. Errors on the ingest path are values, not
 * exceptions: a bad row is reported and the rows around it still count.
 *
 * @param file the name the input came in under
 * @param line 1-based line (or record) number, 0 when the whole input is at fault
 * @param field the column or key at fault, empty when it is the line as a whole
 * @param reason what is wrong, in words a user can act on
 */
public record Reject(String file, long line, String field, String reason) {
  /** Checks the fields. */
  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  /** "file:line: field: reason", the form editors and CI logs link to. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (!field.isEmpty()) {
      sb.append(field).append(": ");
    }
    return sb.append(reason).toString();
  }
}
