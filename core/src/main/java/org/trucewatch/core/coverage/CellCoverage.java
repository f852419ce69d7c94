package org.trucewatch.core.coverage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One H3 cell of a zone and when it was observed.
 *
 * @param cell the H3 index
 * @param days the days it was observed, in order; empty when never
 */
public record CellCoverage(long cell, List<DayCoverage> days) {
  /** Freezes the list. */
  public CellCoverage {
    days = List.copyOf(days);
  }

  /** When it was last observed, empty when never. */
  public Optional<Instant> lastObserved() {
    return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1).lastObserved());
  }

  /** Whether it was observed at or after {@code since}. */
  public boolean observedSince(Instant since) {
    return lastObserved().map(t -> !t.isBefore(since)).orElse(false);
  }
}
