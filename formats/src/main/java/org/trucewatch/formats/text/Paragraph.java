package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.formats.gazetteer.Region;

/**
 * One analysed paragraph, not changed once built: its tokens, sentences and clauses, cues, place
 * mentions, regions and context, with its cue lookups, and the parts that read it (namesakes,
 * attribution, figures, mention writing). The rules live in those parts; this holds what they share.
 */
final class Paragraph {
  /** Words that join the items of a list: of places, of people, of ages. */
  static final Set<String> LIST_WORDS = Set.of("and", "und", "і", "й", "та", "и");

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
  final List<Cue.Match> casualtyWithCauses;
  final List<PlaceMention> mentions = new ArrayList<>();
  final List<String> context = new ArrayList<>();
  /** The region mentions that are part of a speaker's title. */
  final Set<PlaceMention> titles = new LinkedHashSet<>();
  /** How many colons stand before each token. */
  final int[] colons;
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

  /**
   * Analyses the paragraph at {@code bounds} of the text, its places in the text's regions' context; the oblasts
   * {@code contextOnly} (a republic's, a Latin raion's) only say which namesake is meant.
   */
  Paragraph(PlaceFinder places, ReportText report, Language language, String text, int[] bounds, List<String> textRegions,
      List<String> contextOnly) {
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
    // "no fatalities or casualties": one category denied with the other joined to it is nobody hurt at all
    cues.put(Lexicon.Kind.NO_CASUALTIES, NoCasualtiesPhrase.widened(cues.get(Lexicon.Kind.NO_CASUALTIES), cues.get(Lexicon.Kind.CASUALTY), tokens));
    cues.put(Lexicon.Kind.CASUALTY, NoCasualtiesPhrase.outside(cues.get(Lexicon.Kind.CASUALTY), cues.get(Lexicon.Kind.NO_CASUALTIES), tokens));
    // "an seinen Verletzungen gestorben", "succumbed to her injuries": the injury is the death's cause, not a figure
    casualtyWithCauses = cues.get(Lexicon.Kind.CASUALTY);
    cues.put(Lexicon.Kind.CASUALTY, CauseOfDeath.withoutCauses(casualtyWithCauses, tokens, clause));
    cues.put(Lexicon.Kind.CASUALTY, YoungAge.withMinors(cues.get(Lexicon.Kind.CASUALTY), tokens, language));
    // "Splitterverletzungen", "Knalltraumen": a German compound ends in its injury word
    cues.put(Lexicon.Kind.CASUALTY, CompoundInjury.withCompounds(cues.get(Lexicon.Kind.CASUALTY), tokens, language));
    // "ожоги 40 процентов тела": a body's share, no death
    cues.put(Lexicon.Kind.CASUALTY, BodyShare.withoutShares(cues.get(Lexicon.Kind.CASUALTY), tokens));
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
    // "в результате обстрела города Первомайск ... глава МЧС ЛНР", "im Dorf Omelnyk" after "im Landkreis Polohiw": the
    // oblast says which namesake is meant, after the settlements are found (a street "Гагарина" is no village for it)
    contextOnly.stream().filter(r -> !context.contains(r)).forEach(context::add);
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

  /**
   * Whether the paragraph tells of an attack (a means or combat word) and names no place, a region
   * named only in a speaker's title ("Administration der Region Charkiw") counting as none.
   */
  boolean placelessEvent() {
    return mentions.stream().allMatch(m -> m.isRegion() && SpeakerRegion.at(tokens, m))
        && (!cues.get(Lexicon.Kind.ATTACK).isEmpty() || !cues.get(Lexicon.Kind.MEANS).isEmpty());
  }

  /** Whether the paragraph has a word of the dead or hurt and names no place, as {@link #placelessEvent} counts places. */
  boolean placelessCasualties() {
    return mentions.stream().allMatch(m -> m.isRegion() && SpeakerRegion.at(tokens, m)) && tellsCasualties();
  }

  /** Whether the paragraph has a word of the dead, the hurt or minors (not only a word for people). */
  boolean tellsCasualties() {
    return cues.get(Lexicon.Kind.CASUALTY).stream().anyMatch(c -> !c.cue().value().equals("people"));
  }

  /** Whether a region mention is part of a speaker's title: "the head of the Kharkiv Regional Administration". */
  private boolean titleOf(PlaceMention m) {
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

  /** The paragraph's first cue of a kind, or null. */
  Cue.Match first(Lexicon.Kind k) {
    List<Cue.Match> l = cues.get(k);
    return l.isEmpty() ? null : l.get(0);
  }

  /** The cue of a kind that starts at token {@code i}, or null. */
  Cue.Match startingAt(Lexicon.Kind k, int i) {
    for (Cue.Match m : cues.get(k)) {
      if (m.first() == i) {
        return m;
      }
    }
    return null;
  }

  /** The cue of a kind that ends at token {@code i}, or null. */
  Cue.Match endingAt(Lexicon.Kind k, int i) {
    for (Cue.Match m : cues.get(k)) {
      if (m.last() == i) {
        return m;
      }
    }
    return null;
  }

  /** The first cue of a kind that starts within {@code within} tokens after {@code from}, in its clause, or null. */
  Cue.Match forward(Lexicon.Kind k, int from, int within) {
    for (Cue.Match m : cues.get(k)) {
      if (m.first() > from && m.first() - from <= within && clause[m.first()] == clause[from]) {
        return m;
      }
    }
    return null;
  }

  /** The index of the token starting at a text offset (a figure's span), or -1 when none does. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = tokens.get(mid).start();
      if (start == offset) {
        return mid;
      }
      if (start < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** The text of tokens {@code first..last}, as a span of the report. */
  TextSpan span(int first, int last) {
    return TextSpan.of(text, tokens.get(first).start(), tokens.get(last).end());
  }
}
