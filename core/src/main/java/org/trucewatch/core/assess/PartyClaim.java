package org.trucewatch.core.assess;

import java.util.List;
import java.util.Objects;
import org.trucewatch.core.observation.ObservationId;

/**
 * One party named as responsible for an incident, with the observations that name it and how far
 * they bear the claim out: a grade by the finding rule over those observations alone, capped at
 * possible when only the named party's adversaries say so.
 *
 * @param party the party named
 * @param evidence the observations naming it, sorted
 * @param grade how well the claim is borne out
 * @param gradeReason one sentence saying why
 */
public record PartyClaim(String party, List<ObservationId> evidence, FindingGrade grade, String gradeReason) {
  /** Checks and freezes the fields. */
  public PartyClaim {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(gradeReason, "gradeReason");
    evidence = List.copyOf(evidence);
  }
}
