package org.trucewatch.core.assess;

/**
 * How strongly the evidence supports a finding, from the sources' reliability, the information's
 * credibility, independent corroboration and whether the evidence is direct. The rule is in
 * {@link Assessor#grade}.
 */
public enum FindingGrade {
  /** Two or more independent sources, direct evidence, at least one good source. */
  CONFIRMED("confirmed"),
  /** Independent corroboration, or one strong direct source. */
  PROBABLE("probable"),
  /** Some support, not enough to call it probable. */
  POSSIBLE("possible"),
  /** Support too weak to rest anything on; recorded so nothing is hidden. */
  UNSUBSTANTIATED("unsubstantiated");

  private final String code;

  FindingGrade(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }
}
