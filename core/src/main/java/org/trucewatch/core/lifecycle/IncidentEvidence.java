package org.trucewatch.core.lifecycle;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An incident as the lifecycle sees it now: its id, its member observations, its automatic
 * state and the independent origins that support and contradict it.
 *
 * @param incidentId the incident's current id
 * @param members hex ids of its member observations
 * @param automatic reported or corroborated, from fusion
 * @param supporting independent origins supporting it (e.g. {@code party:UA}, {@code source:x})
 * @param contradicting independent origins contradicting it (a party's denial); empty when
 *     fusion records none
 */
public record IncidentEvidence(
    String incidentId,
    SortedSet<String> members,
    LifecycleState automatic,
    SortedSet<String> supporting,
    SortedSet<String> contradicting) {
  /** Checks and freezes the fields. */
  public IncidentEvidence {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(automatic, "automatic");
    if (automatic.isVerdict()) {
      throw new IllegalArgumentException("automatic must be reported or corroborated, not " + automatic.code());
    }
    members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    supporting = Collections.unmodifiableSortedSet(new TreeSet<>(supporting));
    contradicting = Collections.unmodifiableSortedSet(new TreeSet<>(contradicting));
  }

  /** Whether the review applies to this incident: it covers one of its members, or names its id. */
  public boolean concerns(Review r) {
    if (r.anchor().isEmpty()) {
      return r.incidentId().equals(incidentId);
    }
    for (String a : r.covers()) {
      if (members.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this key (an anchor, or the key of an action without one) belongs to this incident. */
  boolean holds(String key) {
    return members.contains(key) || key.equals(incidentKey(incidentId));
  }

  static String incidentKey(String incidentId) {
    return "incident:" + incidentId;
  }
}
