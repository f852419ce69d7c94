package org.trucewatch.engine.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one input file at ingest.
 *
 * @param name the name it came in under
 * @param format the format recognised, e.g. {@code firms-csv}; empty when none was
 * @param sha256 SHA-256 (hex) of its bytes
 * @param ledgerSeq the ledger entry holding it; empty when it was refused
 * @param alreadyHeld whether the ledger already held the same bytes (nothing new was stored)
 * @param refusal why it was refused, when it was
 */
public record IngestOutcome(
    String name,
    Optional<String> format,
    String sha256,
    Optional<Long> ledgerSeq,
    boolean alreadyHeld,
    Optional<String> refusal) {
  /** Checks the fields. */
  public IngestOutcome {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(ledgerSeq, "ledgerSeq");
    Objects.requireNonNull(refusal, "refusal");
  }
}
