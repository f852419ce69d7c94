package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Who said a paragraph's claims and whom and what they name: the source and its channels, the
 * means used and the party blamed.
 */
final class SourceAttribution {
  private final Paragraph paragraph;
  private final Map<Lexicon.Kind, List<Cue.Match>> cues;
  private final List<Token> tokens;
  private final int[] sentence;
  private final List<PlaceMention> mentions;
  private final List<String> context;
  private final ReportText report;
  private final PlaceFinder places;

  /** The attribution of this paragraph's claims, read from its cues and places. */
  SourceAttribution(Paragraph paragraph) {
    this.paragraph = paragraph;
    this.cues = paragraph.cues;
    this.tokens = paragraph.tokens;
    this.sentence = paragraph.sentence;
    this.mentions = paragraph.mentions;
    this.context = paragraph.context;
    this.report = paragraph.report;
    this.places = paragraph.places;
  }

  /** The source that said a claim: the source word in the sentence of its first figure, else the paragraph's first. */
  private Cue.Match sourceFor(int anchor) {
    if (anchor >= 0) {
      for (Cue.Match m : cues.get(Lexicon.Kind.SOURCE)) {
        if (sentence[m.first()] == sentence[anchor]) {
          return m;
        }
      }
    }
    return paragraph.first(Lexicon.Kind.SOURCE);
  }

  SourceChain sourceChain(Map<String, List<TextSpan>> spans, int anchor, Optional<Place> place) {
    List<String> links = new ArrayList<>();
    List<TextSpan> sourceSpans = new ArrayList<>();
    Cue.Match s = sourceFor(anchor);
    if (s != null) {
      String label = s.cue().value();
      int from = s.first();
      for (Cue.Match c : cues.get(Lexicon.Kind.COUNTRY)) {
        if (c.last() < s.first() && s.first() - c.last() <= 2) {
          label = c.cue().value() + " " + label;
          from = c.first();
        }
      }
      if (label.equals("mayor") && place.isPresent()) {
        label = "mayor of " + place.get().name();
      }
      Optional<String> region = sourceRegion();
      if (label.startsWith("regional") && region.isPresent()) {
        label = label + " of " + places.regionName(region.get());
      }
      links.add(label);
      sourceSpans.add(paragraph.span(from, s.last()));
    }
    for (Cue.Match c : cues.get(Lexicon.Kind.CHANNEL)) {
      if (!links.contains(c.cue().value())) {
        links.add(c.cue().value());
        sourceSpans.add(paragraph.span(c.first(), c.last()));
      }
    }
    if (!sourceSpans.isEmpty()) {
      spans.put("source", sourceSpans);
    }
    if (s == null && report.declaredSource().isPresent()) {
      // the text names no original source: the header's is it
      links.add(0, report.declaredSource().get());
    }
    SourceChain chain = new SourceChain(links);
    for (String carrier : report.carriers().links()) {
      chain = chain.via(carrier);
    }
    return chain;
  }

  /** The region a regional official speaks for: one the paragraph names, else that of its first place. */
  private Optional<String> sourceRegion() {
    for (PlaceMention m : mentions) {
      if (m.isRegion()) {
        return Optional.of(m.region().get().iso());
      }
    }
    for (PlaceMention m : mentions) {
      Optional<Place> p = Gazetteer.resolve(m.candidates(), context);
      if (p.isPresent()) {
        return Optional.of(p.get().region());
      }
    }
    return context.isEmpty() ? Optional.empty() : Optional.of(context.get(0));
  }

  /** The means named: a specific one (drone, missile) before generic shelling. */
  Cue.Match means() {
    Cue.Match generic = null;
    for (Cue.Match m : cues.get(Lexicon.Kind.MEANS)) {
      if (!m.cue().value().equals("artillery")) {
        return m;
      }
      generic = generic == null ? m : generic;
    }
    return generic;
  }

  /**
   * The party named right before an attack word ("russischen Drohnenbeschuss", "Russian drone
   * attack", "Росія атакувала"), or as its agent right after it ("обстрел со стороны ВСУ",
   * "shelling by Ukrainian forces").
   */
  Cue.Match blamed() {
    for (Cue.Match p : cues.get(Lexicon.Kind.PARTY)) {
      for (Lexicon.Kind k : List.of(Lexicon.Kind.ATTACK, Lexicon.Kind.MEANS)) {
        for (Cue.Match a : cues.get(k)) {
          if (sentence[a.first()] != sentence[p.last()]) {
            continue;
          }
          if (a.first() > p.last() && a.first() - p.last() <= 3) {
            return p;
          }
          if (p.first() > a.last() && p.first() - a.last() <= 4 && agentMarkerBetween(a.last(), p.first())) {
            return p;
          }
        }
      }
    }
    return null;
  }

  private boolean agentMarkerBetween(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String w = tokens.get(i).lower();
      if (w.equals("by") || w.equals("von") || w.equals("durch") || w.equals("стороны") || w.equals("боку")
          || w.equals("from")) {
        return true;
      }
    }
    return false;
  }
}
