package org.trucewatch.core.assess;

/** Whether a finding reports a possible breach or only raises an alert. */
public enum FindingKind {
  /** An incident that may breach a provision's prohibition. */
  POSSIBLE_VIOLATION("possible-violation"),
  /** An incident within an alert area; not in itself a breach. */
  ALERT("alert");

  private final String code;

  FindingKind(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }
}
