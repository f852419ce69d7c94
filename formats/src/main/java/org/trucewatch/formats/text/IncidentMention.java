package org.trucewatch.formats.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Place;

/**
 * One incident (or troop movement) a report mentions: the claim, and what the gazetteer resolved
 * its place to.
 *
 * @param claim the claim, with spans for every field
 * @param place the settlement resolved, when the claim names one
 * @param troops the number of soldiers a troop claim gives
 * @param partOf for a place's share of a total, the index (in the extraction) of the total
 */
public record IncidentMention(Claim claim, Optional<Place> place, Optional<CasualtyCount> troops, Optional<Integer> partOf) {
  /** Checks the fields. */
  public IncidentMention {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(troops, "troops");
    Objects.requireNonNull(partOf, "partOf");
  }

  /**
   * What one report says.
   *
   * @param language the language extracted from
   * @param mentions the mentions, in text order
   * @param unresolved mentions left out because their time cannot be known: the report has no
   *     publication time and the paragraph gives no date with a year; each with the paragraph's
   *     start offset and why
   */
  public record Extraction(Language language, List<IncidentMention> mentions, List<Unresolved> unresolved) {
    /** Freezes the lists. */
    public Extraction {
      mentions = List.copyOf(mentions);
      unresolved = List.copyOf(unresolved);
    }
  }

  /**
   * A mention whose time could not be resolved.
   *
   * @param offset where its paragraph starts in the text
   * @param reason why, naming the time words ("'yesterday' is relative and the report has no publication time")
   */
  public record Unresolved(int offset, String reason) {}
}
