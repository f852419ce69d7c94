package org.trucewatch.ledger;

import java.util.List;
import java.util.Objects;

/**
 * One version of a finding: what it said after the ledger reached a checkpoint, and what changed
 * since its previous version and why.
 *
 * @param findingId the finding
 * @param version 1 for the first, counting up; the store assigns it (see {@link
 *     Ledger#recordFindingVersions})
 * @param provisionId its provision
 * @param incidentId its incident then
 * @param anchor the hex id of its incident's anchor observation then
 * @param supersedes the finding this one continues, empty when none: when an incident's id
 *     changes as evidence arrives, its findings get new ids, and the first version of each new
 *     one names the finding it replaces (same provision, and its incident holds that finding's
 *     anchor)
 * @param entryCount the ledger checkpoint it was assessed at: entries read
 * @param headChainHash the chain hash of that checkpoint
 * @param change {@code new}, {@code changed} or {@code withdrawn}
 * @param grade its grade then
 * @param lifecycle its incident's lifecycle state then
 * @param evidence the observation ids it rested on, sorted
 * @param why what changed and the evidence or action that changed it, in one or two sentences
 * @param body the finding as its {@code findings.jsonl} line then
 */
public record FindingVersion(
    String findingId,
    int version,
    String provisionId,
    String incidentId,
    String anchor,
    String supersedes,
    long entryCount,
    String headChainHash,
    String change,
    String grade,
    String lifecycle,
    List<String> evidence,
    String why,
    String body) {
  /** Checks and freezes the fields. */
  public FindingVersion {
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(provisionId, "provisionId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(supersedes, "supersedes");
    Objects.requireNonNull(headChainHash, "headChainHash");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(body, "body");
    evidence = List.copyOf(evidence);
    if (!List.of("new", "changed", "withdrawn").contains(change)) {
      throw new IllegalArgumentException("change must be new, changed or withdrawn, not " + change);
    }
  }

  /** The same version under another number (the store numbers versions as it appends them). */
  public FindingVersion numbered(int n) {
    return new FindingVersion(findingId, n, provisionId, incidentId, anchor, supersedes, entryCount, headChainHash, change,
        grade, lifecycle, evidence, why, body);
  }

  /** Whether the finding no longer held at this version. */
  public boolean withdrawn() {
    return change.equals("withdrawn");
  }
}
