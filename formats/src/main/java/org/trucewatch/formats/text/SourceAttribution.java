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

  /** The attribution of this paragraph's claims, read from its cues and places. */
  SourceAttribution(Paragraph paragraph) {
    this.paragraph = paragraph;
  }

  /** The source that said a claim: the source word in the sentence of its first figure, else the paragraph's first. */
  private Cue.Match sourceFor(int anchor) {
    if (anchor >= 0) {
      for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.SOURCE)) {
        if (paragraph.sentence[m.first()] == paragraph.sentence[anchor]) {
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
      for (Cue.Match c : paragraph.cues.get(Lexicon.Kind.COUNTRY)) {
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
        label = label + " of " + paragraph.places.regionName(region.get());
      }
      links.add(label);
      sourceSpans.add(paragraph.span(from, s.last()));
    }
    for (Cue.Match c : paragraph.cues.get(Lexicon.Kind.CHANNEL)) {
      if (!links.contains(c.cue().value())) {
        links.add(c.cue().value());
        sourceSpans.add(paragraph.span(c.first(), c.last()));
      }
    }
    if (!sourceSpans.isEmpty()) {
      spans.put("source", sourceSpans);
    }
    if (s == null && paragraph.report.declaredSource().isPresent()) {
      // the text names no original source: the header's is it
      links.add(0, paragraph.report.declaredSource().get());
    }
    SourceChain chain = new SourceChain(links);
    for (String carrier : paragraph.report.carriers().links()) {
      chain = chain.via(carrier);
    }
    return chain;
  }

  /** The region a regional official speaks for: one the paragraph names, else that of its first place. */
  private Optional<String> sourceRegion() {
    for (PlaceMention m : paragraph.mentions) {
      if (m.isRegion()) {
        return Optional.of(m.region().get().iso());
      }
    }
    for (PlaceMention m : paragraph.mentions) {
      Optional<Place> p = Gazetteer.resolve(m.candidates(), paragraph.context);
      if (p.isPresent()) {
        return Optional.of(p.get().region());
      }
    }
    return paragraph.context.isEmpty() ? Optional.empty() : Optional.of(paragraph.context.get(0));
  }

  /** The means named: a specific one (drone, missile) before generic shelling. */
  Cue.Match means() {
    Cue.Match generic = null;
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.MEANS)) {
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
    for (Cue.Match p : paragraph.cues.get(Lexicon.Kind.PARTY)) {
      for (Lexicon.Kind k : List.of(Lexicon.Kind.ATTACK, Lexicon.Kind.MEANS)) {
        for (Cue.Match a : paragraph.cues.get(k)) {
          if (paragraph.sentence[a.first()] != paragraph.sentence[p.last()]) {
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
      String w = paragraph.tokens.get(i).lower();
      if (w.equals("by") || w.equals("von") || w.equals("durch") || w.equals("стороны") || w.equals("боку")
          || w.equals("from")) {
        return true;
      }
    }
    return false;
  }
}
