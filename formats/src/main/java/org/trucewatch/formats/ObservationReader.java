package org.trucewatch.formats;

import java.util.List;
import java.util.function.Consumer;
import org.trucewatch.core.observation.Observation;

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

  /**
   * Reads a whole input as {@link #read(String, String, byte[])} does, handing each observation to
   * {@code each} in input order instead of returning them; returns the rejects, in input order. A
   * reader of inputs that may be long hands them over as it goes, so that its caller need not
   * hold them all; this default reads them all first.
   */
  default List<Reject> read(String name, String entrySha256, byte[] raw, Consumer<Observation> each) {
    ReadResult r = read(name, entrySha256, raw);
    r.observations().forEach(each);
    return r.rejects();
  }
}
