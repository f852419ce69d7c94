package org.trucewatch.formats;

/**
 * Reads one input format into observations. Implementations never throw on bad content: every
 * bad line becomes a {@link Reject} and reading goes on.
 */
public interface ObservationReader {
  /** The format's short name as stored in the ledger, e.g. {@code firms-csv}. */
  String format();

  /**
   * Reads a whole input.
   *
   * @param name the name the input came in under, used in rejects and provenance
   * @param entrySha256 SHA-256 (hex) of {@code raw}, as the ledger holds it, for provenance
   * @param raw the input's bytes, unchanged
   */
  ReadResult read(String name, String entrySha256, byte[] raw);
}
