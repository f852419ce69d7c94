package org.trucewatch.formats;

/**
 * One field of one line or record that cannot be read. Readers throw it inside their per-line
 * code (without a stack trace, so it costs little) and turn it into a {@link Reject} at the line
 * boundary, so a bad field never escapes to the caller.
 */
public final class BadField extends Exception {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String reason;

  /** A bad {@code field} (column or key), and why. */
  public BadField(String field, String reason) {
    super(field + ": " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
  }

  /** The column or key at fault. */
  public String field() {
    return field;
  }

  /** What is wrong, in words a user can act on. */
  public String reason() {
    return reason;
  }

  /** The reject for this field at {@code file}:{@code line}. */
  public Reject toReject(String file, long line) {
    return new Reject(file, line, field, reason);
  }
}
