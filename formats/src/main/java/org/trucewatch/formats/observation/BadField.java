package org.trucewatch.formats.observation;

/** One key of one line that cannot be read; becomes a {@link org.trucewatch.formats.Reject}. */
final class BadField extends Exception {
  private static final long serialVersionUID = 1L;
  final String field;
  final String reason;

  BadField(String field, String reason) {
    super(field + ": " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
  }
}
