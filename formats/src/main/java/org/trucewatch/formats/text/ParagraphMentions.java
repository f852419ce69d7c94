package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Turns one analysed paragraph into mentions within the text's story: reads its figures, drops
 * those an earlier report or paragraph told, assembles its incidents and troop claims.
 */
final class ParagraphMentions {
  /** Words that make a sentence's figures an earlier report's, superseded by the text's newer ones. */
  private static final Set<String> EARLIER_REPORT = Set.of("previously", "earlier", "initially", "zuvor", "zunächst",
      "ursprünglich", "раніше", "спочатку", "ранее", "сначала", "первоначально");

  /** "first" and "reports" of an earlier report's figures: "In ersten Berichten", "initial reports". */
  private static final Set<String> FIRST = Set.of("ersten", "first", "initial", "early", "earlier");
  private static final Set<String> REPORTS = Set.of("berichten", "angaben", "meldungen", "informationen", "reports",
      "information", "data");

  private final Paragraph paragraph;

  /** The mentions of this paragraph. */
  ParagraphMentions(Paragraph paragraph) {
    this.paragraph = paragraph;
  }

  /**
   * Adds the paragraph's mentions; returns whether it tells of an attack. A paragraph with
   * figures but no attack word of its own continues the story of the one before it
   * ("The number of injured rose to 21"); a figure an earlier paragraph gave at the same place
   * (or where either names none) is told again, not a second event: the lead's "one killed,
   * three injured" and the governor's quote of the same. {@code everyFigure}: the text gave no casualties
   * otherwise, and the paragraph's figures of people hurt are an incident without an attack word.
   */
  boolean add(List<IncidentMention> out, boolean story, FigureAccount account, boolean everyFigure) {
    boolean eventful = !paragraph.cues.get(Lexicon.Kind.ATTACK).isEmpty() || !paragraph.cues.get(Lexicon.Kind.MEANS).isEmpty();
    List<Figure> figures = new ArrayList<>();
    List<Figure> troops = new ArrayList<>();
    paragraph.reader.readFigures(figures, troops);
    // "Zuvor wurde über vier Tote berichtet": an earlier report's figure, when the text gives a newer one
    figures.removeIf(f -> earlierReport(f) && (figures.stream().anyMatch(g -> g != f && g.category().equals(f.category())
        && !earlierReport(g)) || account.toldAtLeast(f.category(), 0)));
    // "The bodies of two more people were found ... In total, three people died": a figure called the
    // total holds those of its category told before it at its place or at none
    figures.removeIf(f -> figures.stream().anyMatch(t -> t != f && t.first() > f.first() && t.category().equals(f.category())
        && Totals.calledTotal(paragraph.tokens, t.first(), paragraph.sentence) && (f.where() == null || f.where() == t.where())));
    // "Число раненых ... возросло до 16 ... По меньшей мере один человек погиб и 16 ранены": a later
    // sentence's figure with the same count at the same settlement tells the same people again, and so does one at a
    // settlement of the region the earlier figure stood at ("ранены 11 человек" placed at Donetsk oblast, then the
    // official's "11 человек получили ранения" at Часов Яр), as across paragraphs (FigureAccount.Told.repeatedBy); a
    // count of one may be another person ("killed a woman ... another shelling ... a 66-year-old resident")
    List<Figure> toldAgain = figures.stream().filter(f -> f.where() != null && !f.where().isRegion()
        && !paragraph.reader.additional(f) && f.count().min() > 1
        && figures.stream().anyMatch(g -> g != f && g.first() < f.first()
        && paragraph.sentence[g.first()] != paragraph.sentence[f.first()] && tellsAgain(g, f))).toList();
    figures.removeAll(toldAgain);
    // "стан трьох постраждалих оцінюють як середньої тяжкості": people counted before, by their condition
    figures.removeIf(f -> Condition.describes(paragraph.tokens, f.first(), paragraph.sentence) && (figures.stream().anyMatch(g -> g != f
        && g.first() < f.first() && g.category().equals(f.category()) && g.count().min() >= f.count().min())
        || account.toldAtLeast(f.category(), f.count().min())));
    List<Figure> said = new ArrayList<>(figures);
    List<Figure> retold = figures.stream().filter(f -> account.retells(f.category(), f.count(), said(f))).toList();
    figures.removeAll(retold);
    // a figure told again keeps the settlement it stands at as a place of the story: "Another woman from the
    // village of Preobrazhenka was injured" after the boy told again
    List<PlaceMention> retoldAt = new ArrayList<>();
    for (Figure f : concat(retold, toldAgain)) {
      if (f.where() != null && !f.where().isRegion() && !f.where().candidates().isEmpty() && !retoldAt.contains(f.where())
          && !IncidentAssembly.standsAt(out, paragraph.namesakes.resolvedPlace(f.where()).geonameId())) {
        retoldAt.add(f.where());
      }
    }
    // losses of troops ("Verluste der nordkoreanischen Einheiten") are no incident's casualties
    boolean continues = !eventful && story && !(figures.isEmpty() && retoldAt.isEmpty())
        && paragraph.cues.get(Lexicon.Kind.SOLDIERS).isEmpty();
    // "two children injured on 28 August in Horlivka": people hurt at a named settlement are an
    // incident even when the text names no attack (politics gives losses without a village)
    boolean placedHurt = !eventful && paragraph.cues.get(Lexicon.Kind.SOLDIERS).isEmpty() && figures.stream().anyMatch(f ->
        f.where() != null && !f.where().isRegion() && paragraph.clause[f.where().first()] == paragraph.clause[f.first()]
        && !f.count().equals(CasualtyCount.NONE));
    continues |= placedHurt;
    // ... when it names a place, goes on with the story, or comes before every mention: losses "across the country"
    // after a paragraph that ended the story are no incident
    continues |= everyFigure && paragraph.cues.get(Lexicon.Kind.SOLDIERS).isEmpty()
        && (story || out.isEmpty() || !paragraph.mentions.isEmpty())
        && figures.stream().anyMatch(f -> !f.count().equals(CasualtyCount.NONE));
    if (eventful || continues) {
      said.forEach(f -> account.tell(f.category(), f.count(), said(f)));
    }
    if (eventful || continues) {
      int from = out.size();
      // "Згодом ... один із чоловіків помер від отриманих травм": of the injured an earlier paragraph counted
      DiedOfEarlierInjuries.moveToKilled(paragraph, figures, out, from);
      new IncidentAssembly(paragraph).incidents(figures, out);
      new IncidentAssembly(paragraph).placesOnly(retoldAt, from, out);
    }
    TroopClaims.add(troops, paragraph.builder, out);
    return eventful || continues;
  }

  /**
   * Whether {@code f}, at a settlement, tells {@code g}'s people again: the same count of the same kind at {@code g}'s
   * settlement, or at a settlement of the region {@code g} stands at.
   */
  private static boolean tellsAgain(Figure g, Figure f) {
    if (g.where() == null) {
      return false;
    }
    Object earlier = FigureAccount.placeOf(g.where());
    Object place = FigureAccount.placeOf(f.where());
    String region = FigureAccount.regionOf(f.where());
    boolean there = g.where().isRegion() ? earlier.equals(region) : earlier != null && earlier.equals(place);
    return there && new FigureAccount.Told(g.category(), g.count(), earlier, FigureAccount.regionOf(g.where()))
        .repeatedBy(f.category(), f.count(), place, region);
  }

  /** The figures of both lists, in order. */
  private static List<Figure> concat(List<Figure> a, List<Figure> b) {
    List<Figure> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private PlaceMention said(Figure f) {
    return SaidPlace.of(paragraph, f);
  }

  /** Whether the figure's sentence tells what was reported before: "previously", "zuvor", "раніше", "ранее". */
  private boolean earlierReport(Figure f) {
    for (int k = 0; k < paragraph.tokens.size(); k++) {
      // "Earlier the same day, shelling killed one person in Sadove": an earlier event, not an earlier report
      if (paragraph.sentence[k] == paragraph.sentence[f.first()] && EARLIER_REPORT.contains(paragraph.tokens.get(k).lower())
          && !EarlierSameDay.at(paragraph.tokens, paragraph.sentence, k)) {
        return true;
      }
      // "In ersten Berichten war von vier Toten die Rede", "initial reports spoke of four dead"
      if (paragraph.sentence[k] == paragraph.sentence[f.first()] && k + 1 < paragraph.tokens.size()
          && FIRST.contains(paragraph.tokens.get(k).lower())
          && REPORTS.contains(paragraph.tokens.get(k + 1).lower())) {
        return true;
      }
    }
    return false;
  }
}
