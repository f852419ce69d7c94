package org.trucewatch.core.observation;

import java.util.Objects;

/**
 * People killed and injured in one event, and how many of them are minors.
 *
 * @param killed people killed
 * @param injured people injured
 * @param minors minors among the killed and injured
 */
public record Casualties(CasualtyCount killed, CasualtyCount injured, CasualtyCount minors) {
  /** No casualties: what a sensor's detection carries, or a report saying "no one was hurt". */
  public static final Casualties NONE =
      new Casualties(CasualtyCount.NONE, CasualtyCount.NONE, CasualtyCount.NONE);

  /** Nothing said about casualties. */
  public static final Casualties UNKNOWN =
      new Casualties(CasualtyCount.UNKNOWN, CasualtyCount.UNKNOWN, CasualtyCount.UNKNOWN);

  /** Checks the fields. */
  public Casualties {
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(minors, "minors");
  }

  /** Combines two reports of one event, count by count (see {@link CasualtyCount#combine}). */
  public Casualties combine(Casualties other) {
    return new Casualties(
        killed.combine(other.killed), injured.combine(other.injured), minors.combine(other.minors));
  }

  /** Whether any casualty is reported: a count other than none or unknown. */
  public boolean any() {
    return killed.reported() || injured.reported() || minors.reported();
  }
}
