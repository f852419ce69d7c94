package org.trucewatch.engine.mission;

import java.util.Objects;

/**
 * What one ledger entry gave when read back.
 *
 * @param seq the ledger entry
 * @param name the name it came in under
 * @param format its format
 * @param sha256 SHA-256 (hex) of its bytes
 * @param observations observations read from it (before removing repeats)
 * @param sources sources it declared
 * @param rejects lines or records rejected
 */
public record EntryReading(
    long seq, String name, String format, String sha256, long observations, long sources, long rejects) {
  /** Checks the fields. */
  public EntryReading {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }
}
