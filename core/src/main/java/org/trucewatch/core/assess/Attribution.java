package org.trucewatch.core.assess;

import java.util.List;
import java.util.Objects;
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
   * @param claim the party named, the observations naming it and the claim's grade
   */
  record Claimed(PartyClaim claim) implements Attribution {
    /** Checks the field. */
    public Claimed {
      Objects.requireNonNull(claim, "claim");
    }

    /** The party named. */
    public String party() {
      return claim.party();
    }

    /** The observations naming it, sorted. */
    public List<ObservationId> evidence() {
      return claim.evidence();
    }

    @Override
    public String code() {
      return "claimed";
    }
  }

  /**
   * Observations name different parties.
   *
   * @param claims each party named, with the observations naming it and its grade, sorted by party
   */
  record Contested(List<PartyClaim> claims) implements Attribution {
    /** Sorts and freezes the claims; parties must differ. */
    public Contested {
      claims = claims.stream().sorted(java.util.Comparator.comparing(PartyClaim::party)).toList();
      for (int i = 1; i < claims.size(); i++) {
        if (claims.get(i).party().equals(claims.get(i - 1).party())) {
          throw new IllegalArgumentException("party named twice: " + claims.get(i).party());
        }
      }
    }

    /** The parties named, sorted. */
    public List<String> parties() {
      return claims.stream().map(PartyClaim::party).toList();
    }

    @Override
    public String code() {
      return "contested";
    }
  }
}
