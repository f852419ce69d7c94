package org.trucewatch.core.assess;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trucewatch.core.observation.ObservationId;

/**
 * Who is said to be responsible for an incident, kept apart from whether it happened, with its
 * own evidence. Closed set: nobody is named, one party is named, or sources name different
 * parties.
 */
public sealed interface Attribution {

  /** The code used in outputs: {@code unattributed}, {@code claimed} or {@code contested}. */
  String code();

  /** No observation names a responsible party: a valid, honest answer. */
  record Unattributed() implements Attribution {
    @Override
    public String code() {
      return "unattributed";
    }
  }

  /**
   * Every observation that names a party names the same one.
   *
   * @param party the party named
   * @param evidence the observations naming it, sorted
   */
  record Claimed(String party, List<ObservationId> evidence) implements Attribution {
    /** Checks and freezes the fields. */
    public Claimed {
      Objects.requireNonNull(party, "party");
      evidence = List.copyOf(evidence);
    }

    @Override
    public String code() {
      return "claimed";
    }
  }

  /**
   * Observations name different parties.
   *
   * @param claims each party named, with the observations naming it, sorted by party
   */
  record Contested(SortedMap<String, List<ObservationId>> claims) implements Attribution {
    /** Freezes the claims. */
    public Contested {
      claims = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(claims));
    }

    @Override
    public String code() {
      return "contested";
    }
  }
}
