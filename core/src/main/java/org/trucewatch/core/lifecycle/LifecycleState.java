package org.trucewatch.core.lifecycle;

import java.util.Locale;
import org.trucewatch.core.fuse.IncidentStatus;

/** Where an incident stands in review: two automatic states, three set by analysts. */
public enum LifecycleState {
  /** One independent origin, not reviewed (automatic). */
  REPORTED,
  /** Two or more independent origins, not reviewed (automatic). */
  CORROBORATED,
  /** An analyst judged it happened as the evidence shows. */
  CONFIRMED,
  /** An analyst judged the evidence does not show it happened as reported. */
  DISPUTED,
  /** Reviewed and done with: no further work unless new evidence or an analyst reopens it. */
  CLOSED;

  /** The lower-case code used in outputs and on the wire. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an analyst set this state (as opposed to corroboration). */
  public boolean isVerdict() {
    return this == CONFIRMED || this == DISPUTED || this == CLOSED;
  }

  /** The automatic state of an incident with this corroboration status. */
  public static LifecycleState of(IncidentStatus status) {
    return status == IncidentStatus.CORROBORATED ? CORROBORATED : REPORTED;
  }

  /** The automatic state of an incident supported by this many independent origins. */
  public static LifecycleState automatic(int supportingOrigins) {
    return supportingOrigins >= 2 ? CORROBORATED : REPORTED;
  }

  /**
   * The state with this code.
   *
   * @throws IllegalArgumentException naming the known codes
   */
  public static LifecycleState fromCode(String code) {
    for (LifecycleState s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown lifecycle state '" + code + "'; known are reported, corroborated, confirmed, disputed, closed");
  }
}
