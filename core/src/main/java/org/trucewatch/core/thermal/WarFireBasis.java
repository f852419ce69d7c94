package org.trucewatch.core.thermal;

/** Why a detection was, or was not, classified as a war fire. */
public enum WarFireBasis {
  /** Labelled excess of its cell-day, in a cell with sustained excess (or within reach of one). */
  REPEATED_EXCESS,
  /** In its cell on one of the days after a war-fire cell-day. */
  FOLLOWS_WAR_FIRE,
  /** Labelled excess, but its cell saw no sustained excess. */
  SINGLE_EXCESS,
  /** Its cell-day is in excess, but fewer detections than its count: this one was not chosen. */
  EXCESS_NOT_LABELLED,
  /** Its cell-day is not in excess. */
  NORMAL,
  /** In a zone and season of known non-war burning. */
  EXCLUDED_ZONE,
  /** Its cell is not a land cell of the mask. */
  OUTSIDE_MASK;

  /** Whether this basis makes a detection a war fire. */
  public boolean isWarFire() {
    return this == REPEATED_EXCESS || this == FOLLOWS_WAR_FIRE;
  }
}
