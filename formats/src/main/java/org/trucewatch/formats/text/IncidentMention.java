package org.trucewatch.formats.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.TextSpan;
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
 * @param history the figures the text revised ("the death toll rose to 21"), earliest first: the claim
 *     holds the latest value, each entry an earlier one with its spans
 */
public record IncidentMention(Claim claim, Optional<Place> place, Optional<CasualtyCount> troops, Optional<Integer> partOf,
    List<Revision> history) {
  /** Checks the fields and freezes the history. */
  public IncidentMention {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(troops, "troops");
    Objects.requireNonNull(partOf, "partOf");
    history = List.copyOf(history);
  }

  /** A mention whose figures were not revised. */
  public IncidentMention(Claim claim, Optional<Place> place, Optional<CasualtyCount> troops, Optional<Integer> partOf) {
    this(claim, place, troops, partOf, List.of());
  }

  /** The same mention with another claim and total (the account's scopes and sums); the history stays. */
  public IncidentMention with(Claim c, Optional<Integer> of) {
    return new IncidentMention(c, place, troops, of, history);
  }

  /**
   * An earlier value of a figure the text revised within itself: "кількість поранених зросла до шести"
   * after "троє поранених" keeps the three here.
   *
   * @param category killed, injured or minors
   * @param count the earlier count
   * @param spans where the text gave it
   */
  public record Revision(String category, CasualtyCount count, List<TextSpan> spans) {
    /** Freezes the spans. */
    public Revision {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(count, "count");
      spans = List.copyOf(spans);
    }
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
