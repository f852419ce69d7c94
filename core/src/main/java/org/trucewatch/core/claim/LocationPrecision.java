package org.trucewatch.core.claim;

/**
 * How precisely a claim says where something happened. A claim never gets a made-up point: a
 * claim that names only a region is placed at the region with the region's extent as its
 * uncertainty, and one that names no place has no location at all.
 */
public enum LocationPrecision {
  /** A settlement or a named point: the place's coordinates, a settlement's extent as uncertainty. */
  SETTLEMENT("settlement"),
  /** Only a region (an oblast): its centre, its extent as uncertainty. */
  REGION("region"),
  /** No resolvable place: no coordinates. */
  UNKNOWN("unknown");

  private final String code;

  LocationPrecision(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }
}
