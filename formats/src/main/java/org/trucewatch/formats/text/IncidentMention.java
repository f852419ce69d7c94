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
   */
  public record Extraction(Language language, List<IncidentMention> mentions) {
    /** Freezes the list. */
    public Extraction {
      mentions = List.copyOf(mentions);
    }
  }
}
