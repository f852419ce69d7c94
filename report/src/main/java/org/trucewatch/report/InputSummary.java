package org.trucewatch.report;

import java.util.Objects;

/**
 * One input a run read, as the report lists it.
 *
 * @param name the name the input came in under, e.g. its file name
 * @param format the format it was read as, e.g. {@code firms-csv}
 * @param sha256 SHA-256 (hex) of the raw input as the ledger holds it
 * @param observations observations accepted from it
 * @param rejects lines or records rejected from it
 */
public record InputSummary(String name, String format, String sha256, long observations, long rejects) {
  /** Checks the fields. */
  public InputSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    if (observations < 0 || rejects < 0) {
      throw new IllegalArgumentException(
          "input " + name + ": observation and reject counts must not be negative");
    }
  }
}
