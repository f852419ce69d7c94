package org.trucewatch.ledger;

import java.util.Objects;

/**
 * One input to append: see {@link Ledger#append} for what name and format may hold.
 *
 * @param name the name the input came in under
 * @param format the input's format code
 * @param raw the bytes, stored unchanged
 */
public record LedgerInput(String name, String format, byte[] raw) {
  /** Checks that no field is missing. */
  public LedgerInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(raw, "raw");
  }
}
