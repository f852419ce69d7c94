package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.text.IncidentMention.Extraction;

/**
 * Extracts incident mentions and troop claims from the free text of a report, in German,
 * English, Ukrainian or Russian, by rules over the words in {@link Lexicon}: no model, no network.
 *
 * <p>A paragraph is the unit of one event, as news and official posts write them. In it, every
 * number next to a casualty word is a casualty figure ("neun Verletzte", "9 people were
 * injured", "поранено 9 людей"; "weitere acht" continues the previous word), given to the place
 * nearest to it in its clause. A figure at region level (or at no place) that is at least the sum
 * of the figures of places is a total, kept apart from its parts. Means, target, the party the
 * source blames, the source and its channels, hedges and time words are read from the same
 * paragraph. Every field keeps the spans of text it came from. Headlines are skipped: the
 * paragraph under them says the same with more care.
 *
 * <p>Thread-safe; deterministic.
 */
public final class ReportExtractor {
  private final PlaceFinder places;

  /** An extractor resolving places with this gazetteer. */
  public ReportExtractor(Gazetteer gazetteer) {
    this.places = new PlaceFinder(gazetteer);
  }

  /** Everything one report mentions, in text order. */
  public Extraction extract(ReportText report) {
    String text = report.text();
    Language language = report.language().orElseGet(() -> Language.guess(text));
    List<int[]> paragraphs = Paragraphs.of(text);
    List<String> textRegions = new ArrayList<>();
    // oblasts named only as a republic's or a Latin raion's ("ЛНР", "im Landkreis Polohiw"): for namesakes only
    List<String> contextOnly = new ArrayList<>();
    for (int[] p : paragraphs) {
      List<Token> tokens = Token.of(text, p[0], p[1]);
      for (PlaceMention m : places.regions(tokens, language)) {
        if (!textRegions.contains(m.region().get().iso())) {
          textRegions.add(m.region().get().iso());
        }
      }
      places.contextOnlyRegions(tokens, language).stream().filter(r -> !contextOnly.contains(r)).forEach(contextOnly::add);
    }
    List<Paragraph> read = new ArrayList<>();
    List<Place> textPlaces = new ArrayList<>();
    // the namesakes each settlement mention leaves: one narrowed by its region or raion says which the
    // same name elsewhere in the text is ("Mykhailivka in the Kherson region" ... "Mykhailivka, Beryslav district")
    List<List<Place>> textCandidates = new ArrayList<>();
    for (int[] p : paragraphs) {
      Paragraph paragraph = new Paragraph(places, report, language, text, p, textRegions, contextOnly);
      read.add(paragraph);
      textPlaces.addAll(paragraph.namesakes.settlementPlaces());
      textCandidates.addAll(paragraph.namesakes.candidateLists());
    }
    List<IncidentMention.Unresolved> unresolved = new ArrayList<>();
    List<IncidentMention> out = mentions(report, language, paragraphs, read, textPlaces, textCandidates, textRegions, contextOnly,
        false, unresolved);
    if (!anyFigure(out) && read.stream().anyMatch(Paragraph::tellsCasualties)) {
      // a text whose figures no paragraph took, because no attack word stood by them ("The Russian occupiers have
      // killed two civilians ... in Bakhmut and Soledar", "Die Detonation tötet einen 41-jährigen Familienvater"),
      // still tells of its casualties: read again with every paragraph's figures an incident's
      List<IncidentMention.Unresolved> again = new ArrayList<>();
      List<IncidentMention> forced = mentions(report, language, paragraphs, read, textPlaces, textCandidates, textRegions,
          contextOnly, true, again);
      if (anyFigure(forced)) {
        out = forced;
        unresolved = again;
      }
    }
    // "no casualties" of another strike than the text's hurt says nothing of the kinds they leave untold
    out = ZeroElsewhere.cleared(text, out);
    // "no one was injured" as the text's whole account of its one strike: no one was killed either
    out = NobodyHurt.widened(out);
    // part_of indexes count only the mentions kept
    return new Extraction(language, reindexed(out), unresolved);
  }

  /** Whether any mention (unresolved ones are null) tells a casualty figure. */
  private static boolean anyFigure(List<IncidentMention> mentions) {
    return mentions.stream().anyMatch(m -> m != null && m.claim().casualties().any());
  }

  /**
   * The mentions of the paragraphs in order, the story carried across them; {@code everyFigure}: every
   * paragraph's casualty figures make an incident, with or without an attack word.
   */
  private List<IncidentMention> mentions(ReportText report, Language language, List<int[]> paragraphs, List<Paragraph> read,
      List<Place> textPlaces, List<List<Place>> textCandidates, List<String> textRegions, List<String> contextOnly,
      boolean everyFigure, List<IncidentMention.Unresolved> unresolved) {
    String text = report.text();
    List<IncidentMention> out = new ArrayList<>();
    // whether the paragraph before told of an attack: the figures of the next one continue its story
    boolean story = false;
    // the figures the earlier paragraphs gave: a later one that repeats a figure tells it again, later places
    // may be parts of one ("three killed in the Kherson region"), a later count of all their total
    FigureAccount account = new FigureAccount();
    // the bounds of the paragraph before, when it named a settlement but told of no incident
    int[] placeOnly = null;
    for (int k = 0; k < paragraphs.size(); k++) {
      int[] p = paragraphs.get(k);
      // a headline stands over a paragraph; a text of one line is that line
      if (k + 1 < paragraphs.size() && Paragraphs.headline(text, p)) {
        continue;
      }
      int before = out.size();
      Paragraph paragraph = read.get(k);
      paragraph.namesakes.inText(textPlaces, textCandidates);
      // ... and so does the place of a text's figures that no attack word took: "In dieser Nacht trifft es ein
      // Wohngebiet ... von Saporischschja" / "Die Detonation tötet einen 41-jährigen Familienvater"
      if (placeOnly != null && (paragraph.placelessEvent() || everyFigure && paragraph.placelessCasualties())) {
        // "In Chermalyk ... a man showed the SMM eight holes" / next paragraph: "assessed as caused by
        // 120mm mortar rounds": the place of an observers' report stands in the paragraph before
        // its event; read as one
        paragraph = new Paragraph(places, report, language, text, new int[] {placeOnly[0], p[1]}, textRegions, contextOnly);
        paragraph.namesakes.inText(textPlaces, textCandidates);
      }
      boolean tells = new ParagraphMentions(paragraph).add(out, story, account, everyFigure);
      // a paragraph that tells nothing, no incident and no casualty word ("The governor informed about the
      // impact on civilian infrastructure."), does not end the story: the figures after it are still of the attack
      story = tells || story && out.size() == before && paragraph.cues.get(Lexicon.Kind.CASUALTY).stream()
          .allMatch(m -> m.cue().value().equals("people"));
      // a paragraph that names a settlement and gives no incident may be the place of the next one's
      // ... also past a paragraph that names no place and tells of nothing: "Russian troops attacked Kharkiv." /
      // "This was announced by the head of the RMA." / "a 67-year-old woman was injured as a result of the shelling"
      placeOnly = out.size() == before && paragraph.namesSettlement() ? p
          : out.size() == before && paragraph.attributionOnly() ? placeOnly : null;
      account.detailedBy(out, before, paragraph);
      if (out.subList(before, out.size()).contains(null)) {
        String words = EventTime.words(text, Token.of(text, p[0], p[1]), language);
        unresolved.add(new IncidentMention.Unresolved(p[0], words.isEmpty()
            ? "no date with a year, and the report has no publication time"
            : "'" + words + "' is relative, and the report has no publication time"));
      }
    }
    return out;
  }

  /**
   * The mentions with their {@code partOf} indexes pointing into this list; a part whose total was
   * left out (its time unresolved) loses the link.
   */
  private static List<IncidentMention> reindexed(List<IncidentMention> all) {
    int[] index = new int[all.size()];
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      index[i] = all.get(i) == null ? -1 : n++;
    }
    List<IncidentMention> out = new ArrayList<>(n);
    for (IncidentMention m : all) {
      if (m != null) {
        Optional<Integer> partOf = m.partOf().map(i -> index[i]).filter(i -> i >= 0);
        out.add(m.with(m.claim(), partOf));
      }
    }
    return out;
  }
}
