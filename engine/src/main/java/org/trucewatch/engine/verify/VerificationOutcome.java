package org.trucewatch.engine.verify;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PublishedRunVerifier} checked and found.
 *
 * @param checked one line per check made, in order, whether it passed or not
 * @param problems what is wrong, most fundamental first; empty when verified
 * @param firstBadRecord the seq of the first ledger record found wrong, when one was
 */
public record VerificationOutcome(List<String> checked, List<String> problems, Optional<Long> firstBadRecord) {
  /** Freezes the lists. */
  public VerificationOutcome {
    checked = List.copyOf(checked);
    problems = List.copyOf(problems);
  }

  /** True if nothing is wrong. */
  public boolean verified() {
    return problems.isEmpty();
  }
}
