package org.trucewatch.core.claim;

/**
 * Whether a claim's casualty figures are a total over several places or a figure for one place.
 * Totals are kept apart from their parts so that nobody adds "17 in the region" to "9 in the city".
 */
public enum CasualtyScope {
  /** The figures of one event at one place. */
  SINGLE("single"),
  /** A total over places that other claims of the same report break down. */
  TOTAL("total"),
  /** One place's share of a total given in the same report. */
  PART("part");

  private final String code;

  CasualtyScope(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }
}
