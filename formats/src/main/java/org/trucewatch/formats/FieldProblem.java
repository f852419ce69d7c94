package org.trucewatch.formats;

/**
 * One field of one record that cannot be read; a reader catches it and turns it into a {@link
 * Reject} with the record's line, then goes on with the next record.
 */
public final class FieldProblem extends Exception {
  private static final long serialVersionUID = 1L;

  /** The field at fault, as a path such as {@code features[3].properties.confidence}. */
  public final String field;
  /** What is wrong. */
  public final String reason;

  /** A problem with {@code field}. */
  public FieldProblem(String field, String reason) {
    super(field + ": " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
  }
}
