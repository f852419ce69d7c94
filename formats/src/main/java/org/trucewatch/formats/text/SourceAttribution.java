package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.Collections;
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
  /** Whether another paragraph of the text names a specific weapon; read when first asked. */
  private Boolean weaponElsewhere;
  /** The paragraph's means words without a gun's calibre; read when first asked. */
  private List<Cue.Match> weapons;

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

  /**
   * The paragraph's means words without a gun's calibre: "калибром 155 мм", "крупного калибра",
   * "калібру 82 міліметри" name no Kalibr missile, which is written with a capital ("«Калибры»").
   */
  private List<Cue.Match> weapons() {
    if (weapons != null) {
      return weapons;
    }
    List<Cue.Match> out = new ArrayList<>();
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.MEANS)) {
      Token t = paragraph.tokens.get(m.first());
      boolean calibre = (t.lower().startsWith("калибр") || t.lower().startsWith("калібр"))
          && Character.isLowerCase(t.text().charAt(0));
      if (!calibre) {
        out.add(m);
      }
    }
    weapons = List.copyOf(out);
    return weapons;
  }

  /** The means named: a specific one (drone, missile) before generic shelling. */
  Cue.Match means() {
    Cue.Match generic = null;
    for (Cue.Match m : weapons()) {
      if (!m.cue().value().equals("artillery")) {
        return m;
      }
      generic = generic == null && shelling(m) ? m : generic;
    }
    return generic;
  }

  /**
   * The means of one mention: one named in the sentence of its place, else in that of its first
   * figure (a specific one before shelling there too), else the paragraph's. A text that tells of
   * shelling in one sentence and of a drone in another ("was killed in a Russian artillery strike.
   * ... injured by an FPV drone strike") reports two incidents with two means, and a paragraph
   * can hold both.
   */
  Cue.Match meansOf(PlaceMention where, List<Figure> figures) {
    List<Integer> anchors = new ArrayList<>();
    if (where != null && paragraph.mentions.contains(where)) {
      anchors.add(where.first());
    }
    for (Figure f : figures) {
      if (own(f)) {
        anchors.add(f.first());
        break;
      }
    }
    Cue.Match paragraphs = means();
    for (int anchor : anchors) {
      Cue.Match inSentence = meansInSentence(paragraph.sentence[anchor]);
      if (inSentence == null) {
        continue;
      }
      if (inSentence.cue().value().equals("artillery")) {
        return !projectile(inSentence) && apartFromEverySpecific(where) ? inSentence : paragraphs;
      }
      if (bareRocket(inSentence)) {
        // "two rockets" of the HIMARS the paragraph names, "another rocket" of its Kh-22 missiles
        return paragraphs;
      }
      return inSentence;
    }
    return paragraphs;
  }

  /**
   * Whether a shelling word names the shelling: the German verb ("hat ... ein Dorf beschossen")
   * does not where another paragraph of the text names the weapon ("setzten ...
   * Mehrfachraketenwerfer ein", de-035), which is then that shelling's.
   */
  private boolean shelling(Cue.Match m) {
    String w = paragraph.tokens.get(m.first()).lower();
    if (!w.equals("beschossen") && !w.equals("beschoss")) {
      return true;
    }
    if (weaponElsewhere == null) {
      List<Token> all = Token.of(paragraph.text, 0, paragraph.text.length());
      weaponElsewhere = Cue.find(Lexicon.indexed(paragraph.language, Lexicon.Kind.MEANS), all).stream()
          .anyMatch(c -> !c.cue().value().equals("artillery")
              && (all.get(c.first()).start() < paragraph.bounds[0] || all.get(c.first()).start() >= paragraph.bounds[1]));
    }
    return !weaponElsewhere;
  }

  /**
   * A word for the shell or rocket fired, not for shelling ("прямого попадания снаряда"): it
   * belongs to whatever weapon the paragraph names.
   */
  private boolean projectile(Cue.Match m) {
    String w = paragraph.tokens.get(m.first()).lower();
    return w.startsWith("снаряд") || w.equals("shell") || w.equals("shells") || w.startsWith("granat");
  }

  /**
   * A bare word for a rocket ("rocket", "ракети", "Raketen"), which may be a missile's or a
   * launcher's: it names the sentence's means only where the paragraph names no other.
   */
  private boolean bareRocket(Cue.Match m) {
    String w = paragraph.tokens.get(m.first()).lower();
    return m.last() == m.first() && (w.equals("rocket") || w.equals("rockets")
        || weapons().stream().anyMatch(o -> o.cue().value().equals("rocket-launcher"))
            && (w.startsWith("ракет") || w.startsWith("rakete")));
  }

  /**
   * Whether every specific means of the paragraph is named in a sentence of other places than
   * {@code where}: then a shelling said of {@code where} is an incident of its own. A drone, KAB
   * or HIMARS named in a sentence of the same place or of none ("ворог ударив КАБом по с.
   * Шестакове. Внаслідок обстрілу ...", "Russian forces hit residential buildings with multiple
   * rocket launchers") is the weapon of that shelling, which it replaces.
   */
  private boolean apartFromEverySpecific(PlaceMention where) {
    if (where == null || where.isRegion() || !paragraph.mentions.contains(where)) {
      return false;
    }
    for (Cue.Match m : weapons()) {
      if (m.cue().value().equals("artillery")) {
        continue;
      }
      int s = paragraph.sentence[m.first()];
      boolean elsewhere = false;
      for (PlaceMention p : paragraph.mentions) {
        if (p.isRegion() || paragraph.sentence[p.first()] != s) {
          continue;
        }
        if (!Collections.disjoint(p.candidates(), where.candidates())) {
          return false;
        }
        elsewhere = true;
      }
      if (!elsewhere) {
        return false;
      }
    }
    return true;
  }

  /** Whether a figure was read in this paragraph (a figure told before may come from another). */
  private boolean own(Figure f) {
    if (f.first() < 0 || f.first() >= paragraph.tokens.size() || f.spans().isEmpty()) {
      return false;
    }
    return f.spans().stream().allMatch(t -> t.start() >= paragraph.bounds[0] && t.end() <= paragraph.bounds[1]);
  }

  private Cue.Match meansInSentence(int s) {
    Cue.Match generic = null;
    for (Cue.Match m : weapons()) {
      if (paragraph.sentence[m.first()] != s) {
        continue;
      }
      if (!m.cue().value().equals("artillery")) {
        return m;
      }
      generic = generic == null && shelling(m) ? m : generic;
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
