package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Region;

/** The work on one paragraph: its tokens, sentences, cues and places, and every step of reading it. */
final class Paragraph {
  /** Words that join the items of a list: of places, of people, of ages. */
  static final Set<String> LIST_WORDS = Set.of("and", "und", "і", "й", "та", "и");

  /** Words that make a sentence's figures an earlier report's, superseded by the text's newer ones. */
  private static final Set<String> EARLIER_REPORT = Set.of("previously", "earlier", "initially", "zuvor", "zunächst",
      "ursprünglich", "раніше", "спочатку", "ранее", "сначала", "первоначально");

  /** "first" and "reports" of an earlier report's figures: "In ersten Berichten", "initial reports". */
  private static final Set<String> FIRST = Set.of("ersten", "first", "initial", "early", "earlier");
  private static final Set<String> REPORTS = Set.of("berichten", "angaben", "meldungen", "informationen", "reports",
      "information", "data");

  final PlaceFinder places;
  final ReportText report;
  final Language language;
  final String text;
  final int[] bounds;
  final List<Token> tokens;
  final int[] sentence;
  final int[] clause;
  final Map<Lexicon.Kind, List<Cue.Match>> cues = new EnumMap<>(Lexicon.Kind.class);
  /** The casualty cues before the injuries that only name a death's cause were taken out. */
  List<Cue.Match> casualtyWithCauses = List.of();
  final List<PlaceMention> mentions = new ArrayList<>();
  final List<String> context = new ArrayList<>();
  /** The region mentions that are part of a speaker's title. */
  final Set<PlaceMention> titles = new LinkedHashSet<>();
  /** How many colons stand before each token. */
  int[] colons;
  /** Points of reference: "(30km south-west of Donetsk)", "Александровка под Донецком". */
  final List<PlaceFinder.Reference> references;
  /** Which namesake each settlement mention is. */
  final Namesakes namesakes;
  /** Who said the paragraph's claims, with what means, blaming whom. */
  final SourceAttribution attribution;
  /** Writes the paragraph's incident mentions. */
  final MentionBuilder builder;
  /** Reads the paragraph's figures. */
  final FigureReader reader;

  Paragraph(PlaceFinder places, ReportText report, Language language, String text, int[] bounds, List<String> textRegions) {
    this.places = places;
    this.report = report;
    this.language = language;
    this.text = text;
    this.bounds = bounds;
    this.tokens = Abbreviations.withoutTheirStops(Token.of(text, bounds[0], bounds[1]));
    this.sentence = new int[tokens.size()];
    this.clause = new int[tokens.size()];
    int s = 0;
    int c = 0;
    for (int i = 0; i < tokens.size(); i++) {
      // a line break ends a sentence: "травмовано чотирьох мешканців:" / "- У Сумській громаді ...", a
      // list's items are sentences of their own
      if (i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0
          && sentence[i - 1] == s && !tokens.get(i - 1).text().equals(".")) {
        s++;
        c++;
      }
      sentence[i] = s;
      clause[i] = c;
      Token t = tokens.get(i);
      if (t.clauseBreak()) {
        c++;
      }
      // "am 2. August": German writes ordinals with a full stop; English does not ("killed four and injured 15.
      // Five more ..." ends there)
      boolean afterDigit = i > 0 && Character.isDigit(tokens.get(i - 1).text().charAt(0)) && language != Language.EN;
      if ((t.text().equals(".") && !afterDigit) || t.text().equals("!") || t.text().equals("?")) {
        s++;
      }
    }
    for (Lexicon.Kind k : Lexicon.Kind.values()) {
      cues.put(k, Cue.find(Lexicon.indexed(language, k), tokens));
    }
    // "данных о пострадавших нет" is no news, not zero; "ніхто не постраждав" counts nobody
    cues.put(Lexicon.Kind.NO_CASUALTIES, NoCasualtiesPhrase.sayingZero(cues.get(Lexicon.Kind.NO_CASUALTIES), tokens));
    cues.put(Lexicon.Kind.CASUALTY, NoCasualtiesPhrase.outside(cues.get(Lexicon.Kind.CASUALTY), cues.get(Lexicon.Kind.NO_CASUALTIES)));
    // "an seinen Verletzungen gestorben", "succumbed to her injuries": the injury is the death's cause, not a figure
    casualtyWithCauses = cues.get(Lexicon.Kind.CASUALTY);
    cues.put(Lexicon.Kind.CASUALTY, CauseOfDeath.withoutCauses(casualtyWithCauses, tokens, clause));
    List<PlaceMention> regions = places.regions(tokens, language);
    for (PlaceMention m : regions) {
      String iso = m.region().get().iso();
      if (!context.contains(iso)) {
        context.add(iso);
      }
    }
    for (String r : textRegions) {
      if (!context.contains(r)) {
        context.add(r);
      }
    }
    List<PlaceMention> settlements = new ArrayList<>(places.settlements(tokens, language, regions, context));
    references = places.references(tokens);
    // "Kramatorsk - In dem umkämpften Gebiet Donezk ...": a dateline says where the report was
    // written, not where the event happened
    // ... also with its agency between, "KIEW (dpa-AFX) - Durch russischen Beschuss ...", or in
    // capitals before the date, "ДОНЕЦК, 15 мар - РИА Новости"
    if (text.substring(0, bounds[0]).isBlank() && Dateline.opens(tokens)) {
      settlements.removeIf(m -> m.first() == 0 && m.last() == 0);
    }
    mentions.addAll(settlements);
    for (PlaceMention r : regions) {
      // "Solotschiw in der Region Charkiw": the region only says which Zolochiv (the settlement's
      // mention covers it); it is no place of its own
      boolean qualifies = settlements.stream().anyMatch(st -> st.first() <= r.first() && r.last() <= st.last());
      if (!qualifies) {
        mentions.add(r);
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(PlaceMention::first));
    for (PlaceMention m : mentions) {
      if (titleOf(m)) {
        titles.add(m);
      }
    }
    colons = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      colons[i + 1] = colons[i] + (tokens.get(i).text().equals(":") ? 1 : 0);
    }
    namesakes = new Namesakes(this);
    attribution = new SourceAttribution(this);
    builder = new MentionBuilder(this);
    reader = new FigureReader(this);
  }

  /**
   * Whether the paragraph only says who told it: one sentence, no place, a source or reporting word
   * ("This was announced by the head of the RMA Oleh Synehubov, Censor.NET reports.").
   */
  boolean attributionOnly() {
    boolean oneSentence = tokens.isEmpty() || sentence[tokens.size() - 1] == 0
        || sentence[tokens.size() - 1] == 1 && tokens.get(tokens.size() - 1).clauseBreak();
    return mentions.isEmpty() && oneSentence
        && (!cues.get(Lexicon.Kind.SOURCE).isEmpty() || !cues.get(Lexicon.Kind.HEDGE).isEmpty());
  }

  /** Whether the paragraph names a settlement. */
  boolean namesSettlement() {
    return mentions.stream().anyMatch(m -> !m.isRegion());
  }

  /** Whether the paragraph tells of an attack (a means or combat word) and names no place at all. */
  boolean placelessEvent() {
    return mentions.isEmpty() && (!cues.get(Lexicon.Kind.ATTACK).isEmpty() || !cues.get(Lexicon.Kind.MEANS).isEmpty());
  }

  /**
   * Adds the paragraph's mentions; returns whether it tells of an attack. A paragraph with
   * figures but no attack word of its own continues the story of the one before it
   * ("The number of injured rose to 21"); a figure an earlier paragraph gave at the same place
   * (or where either names none) is told again, not a second event: the lead's "one killed,
   * three injured" and the governor's quote of the same.
   */
  boolean mentions(List<IncidentMention> out, boolean story, List<Told> told) {
    boolean eventful = !cues.get(Lexicon.Kind.ATTACK).isEmpty() || !cues.get(Lexicon.Kind.MEANS).isEmpty();
    List<Figure> figures = new ArrayList<>();
    List<Figure> troops = new ArrayList<>();
    reader.readFigures(figures, troops);
    // "Zuvor wurde über vier Tote berichtet": an earlier report's figure, when the text gives a newer one
    figures.removeIf(f -> earlierReport(f) && (figures.stream().anyMatch(g -> g != f && g.category().equals(f.category())
        && !earlierReport(g)) || told.stream().anyMatch(t -> t.category().equals(f.category()))));
    // "The bodies of two more people were found ... In total, three people died": a figure called the
    // total holds those of its category told before it at its place or at none
    figures.removeIf(f -> figures.stream().anyMatch(t -> t != f && t.first() > f.first() && t.category().equals(f.category())
        && Totals.calledTotal(tokens, t.first(), sentence) && (f.where() == null || f.where() == t.where())));
    // "Число раненых ... возросло до 16 ... По меньшей мере один человек погиб и 16 ранены": a later
    // sentence's figure at the same settlement with the same count tells the same people again (a
    // count of one may be another person: "killed a woman ... another shelling ... a 66-year-old resident")
    figures.removeIf(f -> f.where() != null && !f.where().isRegion() && !reader.additional(f) && figures.stream().anyMatch(g -> g != f
        && g.first() < f.first() && sentence[g.first()] != sentence[f.first()] && g.where() != null
        && new Told(g.category(), g.count(), placeOf(g.where()), null).repeatedBy(f.category(), f.count(), placeOf(f.where()), null)
        && placeOf(g.where()) != null && placeOf(g.where()).equals(placeOf(f.where())) && f.count().min() > 1));
    // "стан трьох постраждалих оцінюють як середньої тяжкості": people counted before, by their condition
    figures.removeIf(f -> Condition.describes(tokens, f.first(), sentence) && (figures.stream().anyMatch(g -> g != f
        && g.first() < f.first() && g.category().equals(f.category()) && g.count().min() >= f.count().min())
        || told.stream().anyMatch(t -> t.category().equals(f.category()) && t.count().min() >= f.count().min())));
    List<Figure> said = new ArrayList<>(figures);
    figures.removeIf(f -> told.stream().anyMatch(t -> t.repeatedBy(f.category(), f.count(), placeOf(f.where()),
        regionOf(f.where()))));
    // losses of troops ("Verluste der nordkoreanischen Einheiten") are no incident's casualties
    boolean continues = !eventful && story && !figures.isEmpty() && cues.get(Lexicon.Kind.SOLDIERS).isEmpty();
    // "two children injured on 28 August in Horlivka": people hurt at a named settlement are an
    // incident even when the text names no attack (politics gives losses without a village)
    boolean placedHurt = !eventful && cues.get(Lexicon.Kind.SOLDIERS).isEmpty() && figures.stream().anyMatch(f ->
        f.where() != null && !f.where().isRegion() && clause[f.where().first()] == clause[f.first()]
        && !f.count().equals(CasualtyCount.NONE));
    continues |= placedHurt;
    if (eventful || continues) {
      said.forEach(f -> told.add(new Told(f.category(), f.count(), placeOf(f.where()), regionOf(f.where()))));
    }
    if (eventful || continues) {
      new IncidentAssembly(this).incidents(figures, out);
    }
    TroopClaims.add(troops, builder, out);
    return eventful || continues;
  }

  /** Whether the figure's sentence tells what was reported before: "previously", "zuvor", "раніше", "ранее". */
  boolean earlierReport(Figure f) {
    for (int k = 0; k < tokens.size(); k++) {
      if (sentence[k] == sentence[f.first()] && EARLIER_REPORT.contains(tokens.get(k).lower())) {
        return true;
      }
      // "In ersten Berichten war von vier Toten die Rede", "initial reports spoke of four dead"
      if (sentence[k] == sentence[f.first()] && k + 1 < tokens.size() && FIRST.contains(tokens.get(k).lower())
          && REPORTS.contains(tokens.get(k + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The region of a figure's place: the region's code, or that of the settlement's first namesake. */
  static String regionOf(PlaceMention m) {
    if (m == null) {
      return null;
    }
    if (m.isRegion()) {
      return m.region().get().iso();
    }
    return m.candidates().isEmpty() ? null : m.candidates().get(0).region();
  }

  /** What identifies a figure's place across paragraphs. */
  static Object placeOf(PlaceMention m) {
    if (m == null) {
      return null;
    }
    if (m.isRegion()) {
      return m.region().get().iso();
    }
    return m.candidates().isEmpty() ? null : m.candidates().get(0).geonameId();
  }

  boolean titleOf(PlaceMention m) {
    if (!m.isRegion()) {
      return false;
    }
    for (Cue.Match c : cues.get(Lexicon.Kind.SOURCE)) {
      if (c.last() < m.first() && m.first() - c.last() <= 4 && sentence[c.last()] == sentence[m.first()]) {
        return true;
      }
    }
    return false;
  }

  Cue.Match first(Lexicon.Kind k) {
    List<Cue.Match> l = cues.get(k);
    return l.isEmpty() ? null : l.get(0);
  }

  Cue.Match startingAt(Lexicon.Kind k, int i) {
    for (Cue.Match m : cues.get(k)) {
      if (m.first() == i) {
        return m;
      }
    }
    return null;
  }

  Cue.Match endingAt(Lexicon.Kind k, int i) {
    for (Cue.Match m : cues.get(k)) {
      if (m.last() == i) {
        return m;
      }
    }
    return null;
  }

  Cue.Match forward(Lexicon.Kind k, int from, int within) {
    for (Cue.Match m : cues.get(k)) {
      if (m.first() > from && m.first() - from <= within && clause[m.first()] == clause[from]) {
        return m;
      }
    }
    return null;
  }

  TextSpan span(int first, int last) {
    return TextSpan.of(text, tokens.get(first).start(), tokens.get(last).end());
  }
}
