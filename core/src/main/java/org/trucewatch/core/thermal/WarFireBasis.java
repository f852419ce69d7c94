package org.trucewatch.core.thermal;

/** Why a detection was, or was not, classified as conflict-related. */
public enum WarFireBasis {
  /** Its cell-day is in excess, and the cell was in excess again at least a week apart. */
  REPEATED_EXCESS,
  /** It came within the days after a conflict-related cell-day (of the kind above) in its cell. */
  FOLLOWS_WAR_FIRE,
  /** Its cell-day is in excess, but the cell saw no other excess at the required interval. */
  SINGLE_EXCESS,
  /** Its cell-day is not in excess. */
  NORMAL;

  /** Whether this basis makes a detection conflict-related. */
  public boolean isWarFire() {
    return this == REPEATED_EXCESS || this == FOLLOWS_WAR_FIRE;
  }
}
