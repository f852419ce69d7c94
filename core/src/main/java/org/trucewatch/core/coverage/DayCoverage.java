package org.trucewatch.core.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What observed one cell on one UTC day.
 *
 * @param day the UTC day
 * @param lastObserved the latest footprint time that day
 * @param by the kinds of footprint that covered it that day
 */
public record DayCoverage(LocalDate day, Instant lastObserved, Set<FootprintKind> by) {
  /** Checks and freezes the fields. */
  public DayCoverage {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(lastObserved, "lastObserved");
    by = Set.copyOf(by);
  }
}
