package org.trucewatch.core.fuse;

/** How far an incident is borne out by independent sources. */
public enum IncidentStatus {
  /** Reported or detected by one independent origin only. */
  REPORTED("reported"),
  /** Seen or reported by two or more independent sources. */
  CORROBORATED("corroborated");

  private final String code;

  IncidentStatus(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }
}
