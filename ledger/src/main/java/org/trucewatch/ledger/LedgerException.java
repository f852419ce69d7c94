package org.trucewatch.ledger;

/** The ledger file cannot be used or written; the message names the file. */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with no underlying cause, e.g. a file that is not a ledger. */
  public LedgerException(String message) {
    super(message);
  }

  /** A failure of the database underneath. */
  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
