package org.trucewatch.core.observation;

import java.util.OptionalInt;

/**
 * A number of people as reports give it: "9" is {9, 9}, "at least two" is {2, absent}, "up to
 * 5" is {0, 5}. An absent maximum means open-ended, not zero.
 *
 * @param min the least number the report supports, zero or more
 * @param max the most, when the report bounds it; never below {@code min}
 */
public record CasualtyCount(int min, OptionalInt max) {
  /** Nothing reported: {0, 0}. */
  public static final CasualtyCount NONE = new CasualtyCount(0, OptionalInt.of(0));

  /** Checks the bounds. */
  public CasualtyCount {
    if (min < 0) {
      throw new IllegalArgumentException("casualty minimum must not be negative: " + min);
    }
    if (max.isPresent() && max.getAsInt() < min) {
      throw new IllegalArgumentException("casualty maximum " + max.getAsInt() + " is below minimum " + min);
    }
  }

  /** Exactly {@code n}. */
  public static CasualtyCount exactly(int n) {
    return new CasualtyCount(n, OptionalInt.of(n));
  }

  /** At least {@code n}, with no upper bound. */
  public static CasualtyCount atLeast(int n) {
    return new CasualtyCount(n, OptionalInt.empty());
  }

  /**
   * Combines two reports of the same event: the larger minimum, and the larger maximum (open if
   * either is open). Figures of one event tend to rise as reports come in, so the later, larger
   * figure is kept rather than summed.
   */
  public CasualtyCount combine(CasualtyCount other) {
    int lo = Math.max(min, other.min);
    OptionalInt hi =
        max.isPresent() && other.max.isPresent()
            ? OptionalInt.of(Math.max(Math.max(max.getAsInt(), other.max.getAsInt()), lo))
            : OptionalInt.empty();
    return new CasualtyCount(lo, hi);
  }

  /** "9", "2+" or "3-5": the canonical text form, used in content ids. */
  @Override
  public String toString() {
    if (max.isEmpty()) {
      return min + "+";
    }
    return max.getAsInt() == min ? Integer.toString(min) : min + "-" + max.getAsInt();
  }
}
