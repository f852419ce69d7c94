package org.trucewatch.core.observation;

import java.util.OptionalInt;

/**
 * A number of people as reports give it: "9" is {9, 9}, "at least two" is {2, absent}, "up to
 * 5" is {0, 5}. An absent maximum means open-ended, not zero. {0, absent} is {@link #UNKNOWN}:
 * nothing said, which is not zero ("no injuries" is {@link #NONE}).
 *
 * @param min the least number the report supports, zero or more
 * @param max the most, when the report bounds it; never below {@code min}
 */
public record CasualtyCount(int min, OptionalInt max) {
  /** None: {0, 0}, as "there were no injuries" says, or where no casualties can be (a fire detection). */
  public static final CasualtyCount NONE = new CasualtyCount(0, OptionalInt.of(0));

  /** Unknown: {0, absent}, nothing is said. Written as null in JSON. */
  public static final CasualtyCount UNKNOWN = new CasualtyCount(0, OptionalInt.empty());

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
    // a report that says nothing does not open another's figure
    if (isUnknown()) {
      return other;
    }
    if (other.isUnknown()) {
      return this;
    }
    int lo = Math.max(min, other.min);
    OptionalInt hi =
        max.isPresent() && other.max.isPresent()
            ? OptionalInt.of(Math.max(Math.max(max.getAsInt(), other.max.getAsInt()), lo))
            : OptionalInt.empty();
    return new CasualtyCount(lo, hi);
  }

  /**
   * The people of this figure and of another that counts other people ("seven injured ... a further
   * six"): the minimums added, and the maximums when both have one (open otherwise). Unlike {@link
   * #combine}, which keeps the larger of two reports of the same people.
   */
  public CasualtyCount plus(CasualtyCount other) {
    int lo = min + other.min;
    return max.isPresent() && other.max.isPresent() ? new CasualtyCount(lo, OptionalInt.of(max.getAsInt() + other.max.getAsInt()))
        : atLeast(lo);
  }

  /** Whether nothing is known: {0, absent}. */
  public boolean isUnknown() {
    return min == 0 && max.isEmpty();
  }

  /** Whether this says something other than "none" or "unknown": a number of people reported. */
  public boolean reported() {
    return !isUnknown() && !equals(NONE);
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
