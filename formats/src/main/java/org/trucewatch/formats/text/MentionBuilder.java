package org.trucewatch.formats.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.ClaimedPlace;
import org.trucewatch.core.claim.Hedge;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;

/**
 * Writes one incident mention of a paragraph: its figures' counts, its place, means, target,
 * party, hedges, source and time, each with the spans of text it came from.
 */
final class MentionBuilder {
  private final Paragraph paragraph;

  /** Mentions of this paragraph. */
  MentionBuilder(Paragraph paragraph) {
    this.paragraph = paragraph;
  }

  IncidentMention mention(PlaceMention where, List<Figure> figures, CasualtyScope scope, ObservationKind kind,
      Optional<CasualtyCount> troops, Optional<Integer> partOf, Object key) {
    TreeMap<String, List<TextSpan>> spans = new TreeMap<>();
    // nothing said is unknown, not zero; a revised figure ("rose to 21") replaces the earlier ones,
    // which are its history (their spans stay in the category's too)
    CasualtyCount killed = CasualtyCount.UNKNOWN;
    CasualtyCount injured = CasualtyCount.UNKNOWN;
    CasualtyCount minors = CasualtyCount.UNKNOWN;
    List<IncidentMention.Revision> history = new ArrayList<>();
    for (Figure f : figures) {
      history.addAll(f.earlier());
      if (f.revision()) {
        // "троє поранених ... кількість поранених зросла до шести": the three, with their words, are the six's history
        CasualtyCount was = FigureAccount.countOf(new Casualties(killed, injured, minors), f.category());
        if (!was.isUnknown()) {
          history.add(new IncidentMention.Revision(f.category(), was,
              spans.getOrDefault("casualties." + f.category(), List.of())));
        }
      }
      switch (f.category()) {
        case "killed":
          killed = f.revision() ? f.count() : killed.combine(f.count());
          break;
        case "injured":
          injured = f.revision() ? f.count() : injured.combine(f.count());
          break;
        case "minors":
          minors = f.revision() ? f.count() : minors.combine(f.count());
          break;
        default:
          break;
      }
      spans.computeIfAbsent(f.category().equals("troops") ? "troops" : "casualties." + f.category(), x -> new ArrayList<>())
          .addAll(f.spans());
    }
    minors = MinorsAmong.count(figures.stream()
        .map(f -> new MinorsAmong.Fig(f.category(), f.first(), f.count(), f.revision())).toList(), minors);
    ClaimedPlace place = ClaimedPlace.UNKNOWN;
    Optional<Place> resolved = Optional.empty();
    if (where != null && kind != ObservationKind.TROOPS) {
      spans.put("place", List.of(paragraph.span(where.first(), where.last())));
      if (where.isRegion()) {
        Region r = where.region().get();
        place = new ClaimedPlace(r.canonical(), r.iso(), Optional.of(new Coordinate(r.lon(), r.lat())), r.radiusMetres(),
            LocationPrecision.REGION);
      } else {
        resolved = Optional.of(paragraph.namesakes.resolvedPlace(where));
        Place pl = resolved.get();
        place = new ClaimedPlace(pl.canonical(), pl.region(), Optional.of(new Coordinate(pl.lon(), pl.lat())),
            pl.extentMetres(), LocationPrecision.SETTLEMENT);
      }
    }
    Optional<String> means = Optional.empty();
    Optional<String> target = Optional.empty();
    Optional<String> party = Optional.empty();
    if (kind != ObservationKind.TROOPS) {
      Cue.Match mm = paragraph.attribution.meansOf(where, figures);
      if (mm != null) {
        means = Optional.of(mm.cue().value());
        spans.put("means", List.of(paragraph.span(mm.first(), mm.last())));
      }
      Cue.Match tm = paragraph.first(Lexicon.Kind.TARGET);
      if (tm != null) {
        target = Optional.of(tm.cue().value());
        spans.put("target", List.of(paragraph.span(tm.first(), tm.last())));
      }
      Cue.Match pm = paragraph.attribution.blamed();
      if (pm != null) {
        party = Optional.of(pm.cue().value());
        spans.put("attribution", List.of(paragraph.span(pm.first(), pm.last())));
      }
    }
    List<Hedge> hedges = new ArrayList<>();
    List<TextSpan> hedgeSpans = new ArrayList<>();
    for (Cue.Match h : paragraph.cues.get(Lexicon.Kind.HEDGE)) {
      Hedge hedge = Hedge.valueOf(h.cue().value());
      if (!hedges.contains(hedge)) {
        hedges.add(hedge);
      }
      hedgeSpans.add(paragraph.span(h.first(), h.last()));
    }
    if (!hedgeSpans.isEmpty()) {
      spans.put("hedges", hedgeSpans);
    }
    SourceChain source = paragraph.attribution.sourceChain(spans, figures.isEmpty() ? (where == null ? -1 : where.first()) : figures.get(0).first(),
        resolved);
    Optional<EventTime> when = EventTime.resolve(paragraph.text, paragraph.tokens, paragraph.language, paragraph.report.published(), paragraph.report.publishedUncertainty());
    if (when.isEmpty()) {
      return null; // its time cannot be known: left out, and said so (Extraction.unresolved)
    }
    EventTime time = when.get();
    if (!time.spans().isEmpty()) {
      spans.put("time", time.spans());
    }
    boolean named = !source.links().isEmpty();
    // without a publication time it stays unknown: the output says so instead of a made-up time
    Optional<Instant> reportedAt = paragraph.report.published();
    Claim claim = new Claim(source, reportedAt, time.time(), time.uncertainty(), kind, means, target,
        new Casualties(killed, injured, minors), scope, place, party, Hedge.credibility(hedges, named), hedges,
        TextSpan.of(paragraph.text, paragraph.bounds[0], paragraph.bounds[1]), spans);
    return new IncidentMention(claim, resolved, troops, partOf, history);
  }
}
