package org.trucewatch.engine.live;

import java.util.Objects;
import org.trucewatch.core.assess.Finding;

/**
 * How one finding changed between two snapshots of the live monitor.
 *
 * @param kind new, changed (same id, different grade, evidence or attribution) or withdrawn
 *     (its incident was merged into another or the finding no longer holds)
 * @param finding the finding as it is now, or as it was when withdrawn
 */
public record FindingChange(Kind kind, Finding finding) {
  /** What happened to the finding. */
  public enum Kind {
    /** A finding no earlier snapshot had. */
    NEW,
    /** A finding whose grade, evidence, attribution or explanation changed. */
    CHANGED,
    /** A finding the new snapshot no longer has. */
    WITHDRAWN;

    /** Lower-case code used on the wire. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Checks the fields. */
  public FindingChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(finding, "finding");
  }
}
