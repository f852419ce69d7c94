package org.trucewatch.core.observation;

import java.util.Objects;

/**
 * Where in the evidence ledger an observation was read from: the ledger entry holding the raw
 * input, and the line (or record number) within it. Not part of the observation's content id.
 *
 * @param entrySha256 SHA-256 (hex) of the raw input as the ledger holds it
 * @param name the name the input came in under, e.g. its file name
 * @param line 1-based line or record number within the input
 */
public record Provenance(String entrySha256, String name, long line) {
  /** Checks the fields. */
  public Provenance {
    Objects.requireNonNull(entrySha256, "entrySha256");
    Objects.requireNonNull(name, "name");
  }

  /** "name:line", as people cite it. */
  @Override
  public String toString() {
    return name + ":" + line;
  }
}
