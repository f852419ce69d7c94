package org.trucewatch.core.lifecycle;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One analyst action on an incident, as recorded: who, what, why, when, on which incident, and
 * the evidence the analyst had before them.
 *
 * <p>Incident ids can change when incidents merge, so an action names the incident's anchor
 * observation too (its earliest member by event time, then id) and applies to whichever incident
 * holds that observation later. {@code covers} adds the anchors of incidents reviewed before
 * and merged into this one since: the action sets their verdict too, because the analyst saw
 * them together.
 *
 * @param action what was done
 * @param analyst who did it (the token holder's or user's name), not blank
 * @param reason why, in the analyst's words; not blank
 * @param at when it was recorded (UTC)
 * @param incidentId the incident's id when the action was taken
 * @param anchor the hex id of the incident's anchor observation; empty for actions recorded
 *     before anchors were (these apply to the incident with id {@code incidentId} only)
 * @param covers the anchors the action applies to, {@code anchor} among them; empty when
 *     {@code anchor} is
 * @param supporting the independent origins that supported the incident when the action was taken
 * @param contradicting the independent origins that contradicted it then (a party's denial)
 */
public record Review(
    ReviewAction action,
    String analyst,
    String reason,
    Instant at,
    String incidentId,
    String anchor,
    SortedSet<String> covers,
    SortedSet<String> supporting,
    SortedSet<String> contradicting) {
  /**
   * Checks and freezes the fields.
   *
   * @throws IllegalArgumentException naming the field: a blank analyst or reason, an anchor
   *     missing from covers
   */
  public Review {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(anchor, "anchor");
    if (analyst.isBlank()) {
      throw new IllegalArgumentException("analyst: must not be blank");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: must not be blank; say why you " + action.code() + " it");
    }
    covers = frozen(covers);
    supporting = frozen(supporting);
    contradicting = frozen(contradicting);
    if (!anchor.isEmpty() && !covers.contains(anchor)) {
      throw new IllegalArgumentException("covers: must contain the anchor " + anchor);
    }
    if (anchor.isEmpty() && !covers.isEmpty()) {
      throw new IllegalArgumentException("covers: must be empty without an anchor");
    }
  }

  private static SortedSet<String> frozen(SortedSet<String> s) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(s)));
  }

  /** The keys of the incidents this action applies to: its covered anchors, or its incident id. */
  SortedSet<String> keys() {
    if (anchor.isEmpty()) {
      return Collections.unmodifiableSortedSet(new TreeSet<>(java.util.List.of(IncidentEvidence.incidentKey(incidentId))));
    }
    return covers;
  }
}
