package org.trucewatch.core.assess;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.observation.ObservationId;

/**
 * The assessment of one incident against one provision: what it may breach, how strongly the
 * evidence supports it, which observations it rests on, and who is said to be responsible.
 *
 * @param id SHA-256 (hex) of provision id and incident id
 * @param provisionId the provision
 * @param incidentId the incident
 * @param kind possible violation or alert
 * @param grade strength of the evidence
 * @param gradeReason one sentence saying why the grade is what it is, for a reader
 * @param evidence ids of the observations the finding rests on, sorted
 * @param elements the provision's elements the incident touches, sorted by id
 * @param attribution who is said to be responsible, with its own evidence
 * @param time the earliest evidence time
 * @param explanation one paragraph of plain English saying why, generated from the fields
 */
public record Finding(
    String id,
    String provisionId,
    String incidentId,
    FindingKind kind,
    FindingGrade grade,
    String gradeReason,
    List<ObservationId> evidence,
    List<Touch> elements,
    Attribution attribution,
    Instant time,
    String explanation) {
  /** Checks and freezes the fields. */
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provisionId, "provisionId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(gradeReason, "gradeReason");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(explanation, "explanation");
    evidence = List.copyOf(evidence);
    elements = List.copyOf(elements);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a finding must rest on at least one observation");
    }
  }
}
