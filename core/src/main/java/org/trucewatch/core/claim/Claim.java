package org.trucewatch.core.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;

/**
 * One statement a report makes about one event, as claimed by a named source: not a fact, but
 * what someone said, when, and in which words.
 *
 * @param source who said it and who carried it
 * @param reportedAt when the report was published (UTC), as the report, its header or its channel
 *     says; empty when nothing says it (a text without {@code published:}): unknown, never guessed
 * @param eventTime when the event happened (UTC), as far as the words tell; the publication time
 *     when they tell nothing
 * @param eventTimeUncertainty how far the event may lie from {@code eventTime}, zero or more
 * @param kind what kind of event it describes
 * @param means the means the source names ({@code drone}, {@code missile}, {@code glide-bomb},
 *     {@code artillery}, {@code rocket-launcher}), if any
 * @param target the target category ({@code energy}, {@code residential}, {@code port-or-vessel},
 *     {@code railway}, {@code hospital-or-school}), if any
 * @param casualties casualty figures as ranges
 * @param scope whether the figures are a total, one place's part of a total, or a single event's
 * @param place where, as precisely as the words allow
 * @param attributedTo the party the source holds responsible (e.g. {@code RU}), as the source
 *     claims it; not a finding
 * @param credibility credibility of the information on the 1-6 scale, from its hedges
 * @param hedges the hedging words found ("at least", "according to", "could rise"), in text order
 * @param text the sentence or sentences the claim rests on
 * @param spans for each extracted field, the stretches of text it rests on; sorted by field, then offset
 */
public record Claim(
    SourceChain source,
    Optional<Instant> reportedAt,
    Instant eventTime,
    Duration eventTimeUncertainty,
    ObservationKind kind,
    Optional<String> means,
    Optional<String> target,
    Casualties casualties,
    CasualtyScope scope,
    ClaimedPlace place,
    Optional<String> attributedTo,
    Credibility credibility,
    List<Hedge> hedges,
    TextSpan text,
    Map<String, List<TextSpan>> spans) {

  /** Checks the fields and freezes the collections. */
  public Claim {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reportedAt, "reportedAt");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(eventTimeUncertainty, "eventTimeUncertainty");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(means, "means");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(casualties, "casualties");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(attributedTo, "attributedTo");
    Objects.requireNonNull(credibility, "credibility");
    Objects.requireNonNull(text, "text");
    if (eventTimeUncertainty.isNegative()) {
      throw new IllegalArgumentException("event time uncertainty must not be negative");
    }
    hedges = List.copyOf(hedges);
    TreeMap<String, List<TextSpan>> s = new TreeMap<>();
    for (Map.Entry<String, List<TextSpan>> e : spans.entrySet()) {
      List<TextSpan> l = new ArrayList<>(e.getValue());
      Collections.sort(l);
      s.put(e.getKey(), List.copyOf(l));
    }
    spans = Collections.unmodifiableSortedMap(s);
  }

  /** This claim with other casualty figures, the spans unchanged. */
  public Claim withCasualties(Casualties figures) {
    return withCasualties(figures, spans);
  }

  /** This claim with other casualty figures resting on other spans (a figure dropped takes its spans with it). */
  public Claim withCasualties(Casualties figures, Map<String, List<TextSpan>> figureSpans) {
    return new Claim(source, reportedAt, eventTime, eventTimeUncertainty, kind, means, target, figures, scope, place,
        attributedTo, credibility, hedges, text, figureSpans);
  }

  /** This claim with another scope: a total told of its parts, or a part of a total. */
  public Claim withScope(CasualtyScope other) {
    return new Claim(source, reportedAt, eventTime, eventTimeUncertainty, kind, means, target, casualties, other, place,
        attributedTo, credibility, hedges, text, spans);
  }
}
