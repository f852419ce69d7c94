package org.trucewatch.core.agreement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a provision is in force: from {@code start} (inclusive) until {@code end} (exclusive), or
 * open-ended.
 *
 * @param start first instant in force, UTC
 * @param end first instant no longer in force, if the provision ends
 */
public record EffectivePeriod(Instant start, Optional<Instant> end) {
  /** Checks the fields. */
  public EffectivePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && !end.get().isAfter(start)) {
      throw new IllegalArgumentException("a period must end after it starts: " + start + " to " + end.get());
    }
  }

  /** Whether the provision is in force at {@code t}. */
  public boolean contains(Instant t) {
    return !t.isBefore(start) && end.map(t::isBefore).orElse(true);
  }

  /** "2025-03-18T00:00:00Z to 2025-04-17T00:00:00Z" or "from 2025-03-18T00:00:00Z". */
  @Override
  public String toString() {
    return end.map(e -> start + " to " + e).orElse("from " + start);
  }
}
