package org.trucewatch.formats.agreement;

import java.util.Objects;

/**
 * One thing wrong with an agreement file (or a file it refers to), located precisely enough for
 * an editor or CI log to jump to it.
 *
 * @param file the file at fault, as named to the reader or resolved from a reference
 * @param line 1-based line, 0 when the file as a whole is at fault
 * @param column 1-based column, 0 when unknown
 * @param field path of the key at fault, e.g. {@code provisions[2].sites[5].radius_m} (indexes
 *     count from 0); empty when the problem is not about one field
 * @param message what is wrong, in words a user can act on
 */
public record AgreementProblem(String file, int line, int column, String field, String message) {
  /** Checks the fields. */
  public AgreementProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** "file:line:column: field: message"; the field part is left out when there is no field. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file).append(':').append(line).append(':').append(column).append(": ");
    if (!field.isEmpty()) {
      sb.append(field).append(": ");
    }
    return sb.append(message).toString();
  }
}
