package org.trucewatch.formats.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.ClaimedPlace;
import org.trucewatch.core.claim.Hedge;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;
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
  private static final int FORWARD_TOKENS = 4;
  private static final int BRIDGED_TOKENS = 12;
  private static final Set<String> LIST_WORDS = Set.of("and", "und", "і", "й", "та", "и");
  private static final Set<String> SINGULAR_MINORS = Set.of("дитина", "дитину", "child", "kind", "ребенок", "ребёнок",
      "подросток", "підліток", "teenager", "minor", "jugendlicher", "jugendliche", "minderjähriger", "minderjährige",
      "girl", "boy", "mädchen", "junge", "дівчинка", "хлопчик", "хлопець", "дівчина", "девочка", "мальчик",
      // the youngest: "ein sieben Monate altes Baby", "an infant"
      "baby", "säugling", "kleinkind", "infant", "toddler");
  /** One adult in the singular: "погиб мужчина", "a woman was injured", "Поранено чоловіка". */
  private static final Set<String> SINGULAR_PERSONS = RoleNouns.with("man", "woman", "person", "mann", "frau", "мужчина", "женщина",
      "чоловік", "чоловіка", "жінка", "жінку", "пенсіонерка", "пенсіонер", "пенсионер", "пенсионерка", "водій", "водитель",
      "driver", "fahrer", "civilian", "resident", "pensioner", "zivilist", "zivilistin", "bewohner", "bewohnerin",
      "einwohner", "einwohnerin", "anwohner", "anwohnerin", "rentner", "rentnerin", "житель", "жителя", "жителька",
      "жительку", "мешканець", "мешканця", "мешканка", "мешканку", "пенсіонерку", "пенсіонера", "жительница",
      "жительницу", "мужчину", "женщину", "пенсионера", "пенсионерку", "місцевий", "местный", "селянин", "селянка",
      // people named by what they were doing: "injuring a volunteer and a local resident", "ein Passant"
      "volunteer", "citizen", "farmer", "passenger", "pedestrian", "passer-by", "freiwilliger", "landwirt", "passant",
      "passantin", "fußgänger", "fußgängerin",
      // one human being, and the victim, in the singular: "Загинула людина", "потерпілий зазнав травми"
      "людина", "людину", "потерпілий", "потерпіла", "потерпілого", "потерпілу", "потерпевший", "потерпевшая",
      "потерпевшего", "потерпевшую", "водія", "водителя",
      // kin named after a first person: "погибли женщина и ее сын", "загинули жінка та її донька"
      "сын", "сына", "дочь", "дочка", "дочку", "муж", "мужа", "жена", "жену", "мать", "отец", "отца", "син", "сина",
      "донька", "доньку", "донечка", "дружина", "дружину", "матір", "мати", "батько", "батька",
      // an adult after children: "zwei Kinder und ein Erwachsener", "двое детей и взрослый"
      "adult", "erwachsener", "взрослый", "взрослого", "взрослая", "взрослую", "дорослий", "дорослого", "доросла", "дорослу"
      // and people named by their work: "a policeman died", "ein Polizist wurde verletzt", "поранено
      // рятувальника" (RoleNouns.with)
      );

  /** Articles that may open an item of a list of places: "Nikopol and the Marhanets community". */
  private static final Set<String> LIST_ARTICLES = Set.of("the", "die", "der", "den", "dem", "das", "des");
  /** English nouns that are also adjectives ("civilian casualties"): one person only after "a" or "one". */
  private static final Set<String> NEEDS_ARTICLE = Set.of("civilian", "resident", "pensioner", "driver");
  /** Words after a number that make it an age or a year: "дитина 13 років", "мужчина 1990 года рождения". */
  private static final List<String> AGE_OR_YEAR_WORDS = List.of("років", "року", "рік", "роки", "лет", "года", "год",
      "years", "year", "jahre", "jahren", "jahrgang", "р.н", "г.р", "годов", "рр", "гг");

  /** Month names, by which a number is a day: "December 10", "am 2. August", "28 вересня", "12 октября". */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "січня",
      "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
      "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");
  /** People in the plural before a list of their ages: "жінки 72 і 67 років". */
  private static final Set<String> PLURAL_PERSONS = Set.of("жінки", "чоловіки", "женщины", "мужчины", "men", "women",
      "männer", "frauen", "люди", "people", "civilians", "мешканці", "жителі", "жители", "діти", "дети", "children", "kinder");

  /** Personal pronouns of one person, as a casualty word's subject. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "er", "він", "вона", "он", "она");

  /** Words that make the figure after them a part of one given before: "серед постраждалих двоє дітей". */
  private static final Set<String> AMONG = Set.of("среди", "серед", "among", "including", "unter", "darunter", "davon",
      "зокрема", "них", "which", "denen");

  /** "of" before the people a number is some of: "one of the injured", "один із поранених", "двое из погибших". */
  private static final Set<String> OF = Set.of("of", "із", "з", "зі", "из");

  /** Words that make a figure's people others than those told before. */
  private static final Set<String> ALSO = Set.of("також", "теж", "также", "тоже", "also", "ebenfalls");

  /** Words that make a sentence's figures an earlier report's, superseded by the text's newer ones. */
  private static final Set<String> EARLIER_REPORT = Set.of("previously", "earlier", "initially", "zuvor", "zunächst",
      "ursprünglich", "раніше", "спочатку", "ранее", "сначала", "первоначально");

  /** "first" and "reports" of an earlier report's figures: "In ersten Berichten", "initial reports". */
  private static final Set<String> FIRST = Set.of("ersten", "first", "initial", "early", "earlier");
  private static final Set<String> REPORTS = Set.of("berichten", "angaben", "meldungen", "informationen", "reports",
      "information", "data");

  private final PlaceFinder places;

  /** An extractor resolving places with this gazetteer. */
  public ReportExtractor(Gazetteer gazetteer) {
    this.places = new PlaceFinder(gazetteer);
  }

  /** Everything one report mentions, in text order. */
  public Extraction extract(ReportText report) {
    String text = report.text();
    Language language = report.language().orElseGet(() -> Language.guess(text));
    List<int[]> paragraphs = paragraphs(text);
    List<String> textRegions = new ArrayList<>();
    for (int[] p : paragraphs) {
      for (PlaceMention m : places.regions(Token.of(text, p[0], p[1]), language)) {
        if (!textRegions.contains(m.region().get().iso())) {
          textRegions.add(m.region().get().iso());
        }
      }
    }
    List<IncidentMention> out = new ArrayList<>();
    List<IncidentMention.Unresolved> unresolved = new ArrayList<>();
    // whether the paragraph before told of an attack: the figures of the next one continue its story
    boolean story = false;
    // the figures the earlier paragraphs gave: a later one that repeats a figure tells it again
    List<Told> told = new ArrayList<>();
    // the figures that later paragraphs' places may be parts of: "three killed in the Kherson region"
    List<OuterTotal> totals = new ArrayList<>();
    // the bounds of the paragraph before, when it named a settlement but told of no incident
    int[] placeOnly = null;
    // the settlements every paragraph names: which of a village's namesakes is meant may show only
    // in another paragraph ("Mykilske" in one, "Tiahynka" in the next)
    List<Paragraph> read = new ArrayList<>();
    List<Place> textPlaces = new ArrayList<>();
    // the namesakes each settlement mention leaves: one narrowed by its region or raion says which the
    // same name elsewhere in the text is ("Mykhailivka in the Kherson region" ... "Mykhailivka, Beryslav district")
    List<List<Place>> textCandidates = new ArrayList<>();
    for (int[] p : paragraphs) {
      Paragraph paragraph = new Paragraph(report, language, text, p, textRegions);
      read.add(paragraph);
      textPlaces.addAll(paragraph.settlementPlaces());
      textCandidates.addAll(paragraph.candidateLists());
    }
    for (int k = 0; k < paragraphs.size(); k++) {
      int[] p = paragraphs.get(k);
      // a headline stands over a paragraph; a text of one line is that line
      if (k + 1 < paragraphs.size() && headline(text, p)) {
        continue;
      }
      int before = out.size();
      Paragraph paragraph = read.get(k);
      paragraph.textPlaces = textPlaces;
      paragraph.textCandidates = textCandidates;
      if (placeOnly != null && paragraph.placelessEvent()) {
        // "In Chermalyk ... a man showed the SMM eight holes" / next paragraph: "assessed as caused by
        // 120mm mortar rounds": the place of an observers' report stands in the paragraph before
        // its event; read as one
        paragraph = new Paragraph(report, language, text, new int[] {placeOnly[0], p[1]}, textRegions);
        paragraph.textPlaces = textPlaces;
        paragraph.textCandidates = textCandidates;
      }
      story = paragraph.mentions(out, story, told);
      // a paragraph that names a settlement and gives no incident may be the place of the next one's
      // ... also past a paragraph that names no place and tells of nothing: "Russian troops attacked Kharkiv." /
      // "This was announced by the head of the RMA." / "a 67-year-old woman was injured as a result of the shelling"
      placeOnly = out.size() == before && paragraph.namesSettlement() ? p
          : out.size() == before && paragraph.attributionOnly() ? placeOnly : null;
      partsOfEarlierTotals(out, before, totals);
      if (out.subList(before, out.size()).contains(null)) {
        String words = EventTime.words(text, Token.of(text, p[0], p[1]), language);
        unresolved.add(new IncidentMention.Unresolved(p[0], words.isEmpty()
            ? "no date with a year, and the report has no publication time"
            : "'" + words + "' is relative, and the report has no publication time"));
      }
    }
    // part_of indexes count only the mentions kept
    return new Extraction(language, reindexed(out), unresolved);
  }

  /**
   * An earlier paragraph's mention whose figures later paragraphs may detail, place by place: a
   * region's or the text's ("Russian shelling killed three civilians in the Kherson region"), or a
   * settlement's ("four injured in Kherson", then each of the four).
   */
  private static final class OuterTotal {
    final int index;
    final String region;
    final Long settlement;
    int killed;
    int injured;

    OuterTotal(int index, String region, Long settlement, int killed, int injured) {
      this.index = index;
      this.region = region;
      this.settlement = settlement;
      this.killed = killed;
      this.injured = injured;
    }

    /** Whether the figures fit what is left of this total, at a place inside it. */
    boolean holds(IncidentMention m) {
      Optional<Place> p = m.place();
      if (settlement != null && (p.isEmpty() || p.get().geonameId() != settlement)
          || region != null && p.isPresent() && !p.get().region().equals(region)
          // "in der Region Charkiw ... zwei Menschen getötet" is no part of the Donetsk region's five
          || region != null && p.isEmpty() && m.claim().place().precision() == LocationPrecision.REGION
              && !m.claim().place().admin1().equals(region)) {
        return false;
      }
      int k = m.claim().casualties().killed().min();
      int i = m.claim().casualties().injured().min();
      return k + i > 0 && k <= killed && i <= injured;
    }
  }

  /**
   * Makes the new mentions (from {@code from} on) parts of an earlier paragraph's total when
   * their figures fit in what is left of it, and records the new mentions that may be totals.
   * Victims are often given as a sum first and place by place after: "killed three civilians in
   * the Kherson region ... two bodies near Beryslav ... one person south of Kherson".
   */
  private static void partsOfEarlierTotals(List<IncidentMention> out, int from, List<OuterTotal> totals) {
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() != CasualtyScope.SINGLE) {
        continue;
      }
      for (int t = totals.size() - 1; t >= 0; t--) {
        OuterTotal total = totals.get(t);
        if (!total.holds(m)) {
          continue;
        }
        total.killed -= m.claim().casualties().killed().min();
        total.injured -= m.claim().casualties().injured().min();
        out.set(i, new IncidentMention(withScope(m.claim(), CasualtyScope.PART), m.place(), m.troops(),
            Optional.of(total.index)));
        IncidentMention whole = out.get(total.index);
        if (whole.claim().scope() == CasualtyScope.SINGLE) {
          out.set(total.index, new IncidentMention(withScope(whole.claim(), CasualtyScope.TOTAL), whole.place(),
              whole.troops(), whole.partOf()));
        }
        break;
      }
    }
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() == CasualtyScope.PART) {
        continue;
      }
      int k = m.claim().casualties().killed().min();
      int j = m.claim().casualties().injured().min();
      // a figure of no known place is no total of others: it may be an incident of its own
      if (k + j == 0 || m.claim().place().precision() == LocationPrecision.UNKNOWN) {
        continue;
      }
      String region = m.claim().place().admin1().isEmpty() ? null : m.claim().place().admin1();
      totals.add(new OuterTotal(i, region, m.place().map(Place::geonameId).orElse(null), k, j));
    }
  }

  private static Claim withScope(Claim c, CasualtyScope scope) {
    return new Claim(c.source(), c.reportedAt(), c.eventTime(), c.eventTimeUncertainty(), c.kind(), c.means(), c.target(),
        c.casualties(), scope, c.place(), c.attributedTo(), c.credibility(), c.hedges(), c.text(), c.spans());
  }

  /**
   * A figure an earlier paragraph gave: its category, count and place (a settlement's GeoNames id,
   * a region's code, or null when it has none).
   */
  private record Told(String category, CasualtyCount count, Object place, String region) {
    /**
     * Whether a figure with this place says the same: same category and count, a place the same or
     * unsaid, or a settlement and the region it lies in ("seven injured in Kharkiv" ... "the Kharkiv
     * Oblast Prosecutor's Office confirmed that seven people had been injured").
     */
    boolean repeatedBy(String category, CasualtyCount count, Object place, String region) {
      // "at least 5" then "five": the number a reader quotes is the same
      return this.category.equals(category) && this.count.min() == count.min()
          && (count.min() > 0 || this.count.equals(count))
          && (this.place == null || place == null || this.place.equals(place)
              || (this.place instanceof String || place instanceof String) && this.region != null && this.region.equals(region));
    }
  }


  /** A figure found in a paragraph. */
  private record Figure(String category, CasualtyCount count, int first, int last, PlaceMention where, List<TextSpan> spans,
      boolean revision) {
    Figure(String category, CasualtyCount count, int first, int last, PlaceMention where, List<TextSpan> spans) {
      this(category, count, first, last, where, spans, false);
    }
  }

  /** The work on one paragraph. */
  private final class Paragraph {
    private final ReportText report;
    private final Language language;
    private final String text;
    private final int[] bounds;
    private final List<Token> tokens;
    private final int[] sentence;
    private final int[] clause;
    private final Map<Lexicon.Kind, List<Cue.Match>> cues = new EnumMap<>(Lexicon.Kind.class);
    /** The casualty cues before the injuries that only name a death's cause were taken out. */
    private List<Cue.Match> casualtyWithCauses = List.of();
    private final List<PlaceMention> mentions = new ArrayList<>();
    private final List<String> context = new ArrayList<>();
    /** The region mentions that are part of a speaker's title. */
    private final Set<PlaceMention> titles = new LinkedHashSet<>();
    /** How many colons stand before each token. */
    private int[] colons;
    /** The place each settlement mention resolves to, once worked out. */
    private final Map<PlaceMention, Place> resolved = new java.util.IdentityHashMap<>();
    /** The settlements the whole text names (set before the paragraph's mentions are read). */
    private List<Place> textPlaces = List.of();
    /** The namesakes every settlement mention of the text leaves (set before the paragraph's mentions are read). */
    private List<List<Place>> textCandidates = List.of();
    /** Points of reference: "(30km south-west of Donetsk)", "Александровка под Донецком". */
    private final List<PlaceFinder.Reference> references;
    /** Dashes after a dateline's place. */
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** Namesakes smaller than this are villages, none of which a reader assumes by default. */
    private static final long NAMESAKE_TOWN_POPULATION = 5_000;
    /** How near the paragraph's other places a village namesake must lie to be taken for them. */
    private static final double NAMESAKE_NEIGHBOUR_METRES = 60_000;
    /** How far apart two settlements may lie and still be one community's: a figure's place and its village. */
    private static final double SAME_COMMUNITY_METRES = 20_000;
    /** How far a namesake may lie from where a point of reference puts it. */
    private static final double REFERENCE_TOLERANCE_METRES = 25_000;
    /** Places this large are the ones a reader assumes; smaller namesakes yield to the text's other places. */
    private static final long WELL_KNOWN_POPULATION = 50_000;

    Paragraph(ReportText report, Language language, String text, int[] bounds, List<String> textRegions) {
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
    }

    /** The places the paragraph's settlement mentions resolve to, by the text's regions only. */
    List<Place> settlementPlaces() {
      List<Place> out = new ArrayList<>();
      for (PlaceMention m : mentions) {
        if (!m.isRegion() && !m.candidates().isEmpty()) {
          out.add(Gazetteer.resolve(m.candidates(), context).get());
        }
      }
      return out;
    }

    /** The namesakes each of the paragraph's settlement mentions leaves. */
    List<List<Place>> candidateLists() {
      List<List<Place>> out = new ArrayList<>();
      for (PlaceMention m : mentions) {
        if (!m.isRegion() && !m.candidates().isEmpty()) {
          out.add(m.candidates());
        }
      }
      return out;
    }

    /**
     * The namesake another mention of the same name in the text was narrowed to by its region, raion
     * or community: a name told again is the place it was told as ("Mykhailivka in the Kherson region"
     * and "Mykhailivka, Beryslav district" are one village).
     */
    private Optional<Place> narrowedElsewhere(PlaceMention where) {
      List<Place> best = null;
      // only namesakes: a community's seats ("Сумській громаді": Суми, Сумське) are no name told again
      String name = where.candidates().get(0).name();
      if (where.candidates().stream().anyMatch(p -> !p.name().equals(name))) {
        return Optional.empty();
      }
      Set<Place> all = null;
      for (List<Place> c : textCandidates) {
        // cheap tests first: most lists are other names
        if (c.size() >= where.candidates().size() || !c.get(0).name().equals(name) || best != null && c.size() >= best.size()) {
          continue;
        }
        all = all == null ? new java.util.HashSet<>(where.candidates()) : all;
        if (all.containsAll(c)) {
          best = c;
        }
      }
      return best == null ? Optional.empty() : Gazetteer.resolve(best, context);
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
      return mentions.stream().allMatch(m -> m.isRegion() && SpeakerRegion.at(tokens, m))
          && (!cues.get(Lexicon.Kind.ATTACK).isEmpty() || !cues.get(Lexicon.Kind.MEANS).isEmpty());
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
      readFigures(figures, troops);
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
      figures.removeIf(f -> f.where() != null && !f.where().isRegion() && !additional(f) && figures.stream().anyMatch(g -> g != f
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
        incidents(figures, out);
      }
      troopClaims(troops, out);
      return eventful || continues;
    }

    /** Whether the figure's sentence tells what was reported before: "previously", "zuvor", "раніше", "ранее". */
    private boolean earlierReport(Figure f) {
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

    /**
     * Whether two figures' places may be the same: the same settlement or region, a settlement and
     * the region it lies in, or either unsaid.
     */
    private static boolean samePlace(PlaceMention a, PlaceMention b) {
      if (a == null || b == null) {
        return true;
      }
      if (a.isRegion() != b.isRegion()) {
        PlaceMention region = a.isRegion() ? a : b;
        PlaceMention settlement = a.isRegion() ? b : a;
        return settlement.candidates().stream().anyMatch(region::contains);
      }
      return placeOf(a) != null && placeOf(a).equals(placeOf(b));
    }

    /**
     * Of namesakes in the same region and of the same size (villages GeoNames gives no population),
     * the one nearest the paragraph's other places: "the village Nowopawliwka" near Orichiw.
     */
    private Optional<Place> nearestOfEqualNamesakes(PlaceMention where, Place chosen) {
      Optional<Place> referred = referred(where);
      if (referred.isPresent()) {
        return referred;
      }
      Optional<Place> narrowed = narrowedElsewhere(where);
      if (narrowed.isPresent()) {
        return narrowed;
      }
      Optional<Place> near = nearOthers(where, chosen);
      if (near.isPresent()) {
        return near;
      }
      List<Place> ties = where.candidates().stream()
          .filter(p -> p.region().equals(chosen.region()) && p.population() == chosen.population()).toList();
      double within = Double.MAX_VALUE;
      boolean regionDecides = where.candidates().stream().anyMatch(p -> context.contains(p.region()));
      if (ties.size() < 2 && !regionDecides && chosen.population() < NAMESAKE_TOWN_POPULATION) {
        // villages of one name in several regions, none of them named: the one near the paragraph's
        // other places ("in Yasne (30km south-west of Donetsk)" after Dokuchaievsk), if one is near
        ties = where.candidates().stream().filter(p -> p.population() < NAMESAKE_TOWN_POPULATION).toList();
        within = NAMESAKE_NEIGHBOUR_METRES;
      }
      if (ties.size() < 2) {
        return Optional.of(chosen);
      }
      List<Place> anchors = new ArrayList<>();
      for (PlaceMention m : mentions) {
        if (m != where && !m.isRegion() && !m.candidates().isEmpty()) {
          anchors.add(Gazetteer.resolve(m.candidates(), context).get());
        }
      }
      if (anchors.isEmpty()) {
        // the text's other paragraphs: "Mykilske" here, "Tiahynka" in the next one
        textPlaces.stream().filter(a -> !where.candidates().contains(a)).forEach(anchors::add);
      }
      if (anchors.isEmpty()) {
        return Optional.of(chosen);
      }
      Place best = chosen;
      double bestMetres = Double.MAX_VALUE;
      for (Place p : ties) {
        for (Place a : anchors) {
          double d = Geodesy.distanceMetres(new Coordinate(p.lon(), p.lat()), new Coordinate(a.lon(), a.lat()));
          if (d < bestMetres) {
            best = p;
            bestMetres = d;
          }
        }
      }
      return Optional.of(bestMetres <= within ? best : chosen);
    }

    /**
     * The namesake a point of reference right after the name says: "Yasne (30km south-west of
     * Donetsk)" is the Yasne about 30 km from Donetsk, "Александровка под Донецком" the one nearest
     * Donetsk.
     */
    private Optional<Place> referred(PlaceMention where) {
      if (where.candidates().size() < 2) {
        return Optional.empty();
      }
      for (PlaceFinder.Reference r : references) {
        if (r.at() <= where.last() || r.at() - where.last() > 12 || sentence[r.at()] != sentence[where.last()]) {
          continue;
        }
        Place best = null;
        double bestError = Double.MAX_VALUE;
        for (Place p : where.candidates()) {
          double d = Geodesy.distanceMetres(new Coordinate(p.lon(), p.lat()), new Coordinate(r.place().lon(), r.place().lat()));
          double error = r.metres().isPresent() ? Math.abs(d - r.metres().getAsDouble()) : d;
          if (error < bestError) {
            best = p;
            bestError = error;
          }
        }
        // a reference names the area: a namesake farther than this from what it says is none of them
        return bestError <= REFERENCE_TOLERANCE_METRES ? Optional.of(best) : Optional.empty();
      }
      return Optional.empty();
    }

    /**
     * A smaller place (under 50,000 people) chosen far from every other settlement the text names,
     * while a namesake lies near one of them, is that namesake: "в Андріївській громаді" among
     * Yablunivka, Pokrovsk and Myrnohrad is the Andriivka of Donetsk Oblast, not the larger one of
     * Kharkiv Oblast.
     */
    private Optional<Place> nearOthers(PlaceMention where, Place chosen) {
      // a community's seat may be any of its namesakes: "Марганецькій, Покровській громадах" is the one
      // nearest the places of its sentence, not Pokrovsk
      if (where.candidates().size() >= 2 && CommunityName.at(tokens, where.first())) {
        List<Place> neighbours = new ArrayList<>();
        for (PlaceMention m : mentions) {
          if (m != where && !m.isRegion() && !m.candidates().isEmpty() && sentence[m.first()] == sentence[where.first()]) {
            neighbours.add(Gazetteer.resolve(m.candidates(), context).get());
          }
        }
        if (!neighbours.isEmpty()) {
          Place best = chosen;
          for (Place p : where.candidates()) {
            if (nearest(p, neighbours) < nearest(best, neighbours)) {
              best = p;
            }
          }
          return Optional.of(best);
        }
      }
      if (chosen.population() >= WELL_KNOWN_POPULATION && !CommunityName.at(tokens, where.first())
          && !RivalTown.has(where.candidates(), chosen) || where.candidates().size() < 2
          || where.candidates().stream().filter(p -> context.contains(p.region())).count() == 1) {
        return Optional.empty();
      }
      List<Place> anchors = new ArrayList<>();
      for (Place a : textPlaces) {
        if (!where.candidates().contains(a)) {
          anchors.add(a);
        }
      }
      if (anchors.isEmpty() || nearest(chosen, anchors) <= NAMESAKE_NEIGHBOUR_METRES) {
        return Optional.empty();
      }
      Place best = null;
      double bestMetres = NAMESAKE_NEIGHBOUR_METRES;
      for (Place p : where.candidates()) {
        double d = nearest(p, anchors);
        if (d <= bestMetres) {
          best = p;
          bestMetres = d;
        }
      }
      return Optional.ofNullable(best);
    }

    private static double nearest(Place p, List<Place> anchors) {
      double best = Double.MAX_VALUE;
      for (Place a : anchors) {
        best = Math.min(best, Geodesy.distanceMetres(new Coordinate(p.lon(), p.lat()), new Coordinate(a.lon(), a.lat())));
      }
      return best;
    }

    private Place resolvedPlace(PlaceMention m) {
      Place known = resolved.get(m);
      if (known != null) {
        return known;
      }
      // the same name narrowed elsewhere in the paragraph says which namesake this one is
      List<Place> shared = SameName.shared(m, mentions);
      Place p = shared != null && shared.size() == 1 ? shared.get(0)
          : nearestOfEqualNamesakes(m, Gazetteer.resolve(shared != null ? shared : m.candidates(), context).get()).get();
      resolved.put(m, p);
      return p;
    }

    /** The region of a figure's place: the region's code, or that of the settlement's first namesake. */
    private static String regionOf(PlaceMention m) {
      if (m == null) {
        return null;
      }
      if (m.isRegion()) {
        return m.region().get().iso();
      }
      return m.candidates().isEmpty() ? null : m.candidates().get(0).region();
    }

    /** What identifies a figure's place across paragraphs. */
    private static Object placeOf(PlaceMention m) {
      if (m == null) {
        return null;
      }
      if (m.isRegion()) {
        return m.region().get().iso();
      }
      return m.candidates().isEmpty() ? null : m.candidates().get(0).geonameId();
    }

    private void readFigures(List<Figure> figures, List<Figure> troops) {
      for (int i = 0; i < tokens.size(); i++) {
        if (ordinalCount(i, figures)) {
          continue;
        }
        OptionalInt[] number = NumberWords.at(tokens, i);
        if (number.length == 0 || insideNoCasualties(i)) {
          continue; // "no one was killed" has no figure one
        }
        int n = number[0].getAsInt();
        int end = i + number[1].getAsInt() - 1;
        if (n == 1 && language == Language.DE && tokens.get(i).lower().startsWith("ein")
            && (!personAhead(end) || singularPersonAhead(end))) {
          // "durch Trümmerteile einer russischen Rakete verletzt": an article, not one person; "ein 24
          // Jahre alter Mann und eine 81-jährige Frau": the persons count, each once (see below)
          continue;
        }
        if (OfThem.moved(tokens, end, sentence) && !figures.isEmpty()) {
          // "пострадали два человека, один из них погиб": one of the two died; the others are the injured
          Figure previous = figures.get(figures.size() - 1);
          Cue.Match verb = forward(Lexicon.Kind.CASUALTY, end + 2, 4);
          if (verb != null && sentence[previous.first()] == sentence[i] && sentence[verb.first()] == sentence[i]
              && OfThem.movedCategory(previous.category(), verb.cue().value(), n, previous.count())) {
            figures.set(figures.size() - 1, new Figure(previous.category(), OfThem.rest(previous.count(), n), previous.first(),
                previous.last(), null, previous.spans(), previous.revision()));
            figures.add(new Figure(verb.cue().value(), CasualtyCount.exactly(n), i, verb.last(), null,
                List.of(span(i, end), span(verb.first(), verb.last()))));
            i = verb.last();
            continue;
          }
        }
        if (end + 1 < tokens.size() && OF.contains(tokens.get(end + 1).lower()) && ofWhom(end) > 0) {
          // "One of the injured is a child", "один із поранених": some of those counted, no figure of
          // their own; "один із чоловіків помер": of another category, which the verb after says
          Cue.Match whose = startingAt(Lexicon.Kind.CASUALTY, ofWhom(end));
          Cue.Match verb = null;
          for (int j = whose.last() + 1; j < Math.min(tokens.size(), whose.last() + 8) && sentence[j] == sentence[i]; j++) {
            Cue.Match m = startingAt(Lexicon.Kind.CASUALTY, j);
            if (m != null && (m.cue().value().equals("killed") || m.cue().value().equals("injured"))) {
              verb = m;
              break;
            }
          }
          if (verb != null && !verb.cue().value().equals(whose.cue().value())) {
            figures.add(new Figure(verb.cue().value(), bounded(n, i), i, verb.last(), null,
                List.of(span(i, end), span(verb.first(), verb.last()))));
          }
          i = end;
          continue;
        }
        Cue.Match soldiers = forward(Lexicon.Kind.SOLDIERS, end, 3);
        if (soldiers != null && !cues.get(Lexicon.Kind.DEPLOYED).isEmpty()) {
          troops.add(new Figure("troops", bounded(n, i), i, soldiers.last(), null, List.of(span(i, soldiers.last()))));
          i = end;
          continue;
        }
        // ("Троє школярів" are people, though "школ" is a school's stem)
        if (end + 1 < tokens.size() && (startingAt(Lexicon.Kind.TARGET, end + 1) != null && !isPeopleWord(end + 1)
            || end + 2 < tokens.size() && startingAt(Lexicon.Kind.TARGET, end + 2) != null
            && tokens.get(end + 1).word() && !tokens.get(end + 1).capitalised() && !isPeopleWord(end + 1))) {
          i = end;
          continue; // "32 Wohnhäuser wurden beschädigt", "6 житлових будинків": things, not people
        }
        if (end + 1 < tokens.size() && (startingAt(Lexicon.Kind.ATTACK, end + 1) != null
            || startingAt(Lexicon.Kind.MEANS, end + 1) != null)) {
          i = end;
          continue; // "семи ударів БПЛА", "four drones", "zwei Raketen": strikes and weapons, not people
        }
        if (Ages.inAgePhrase(tokens, i) || Ages.shortAge(tokens, end)) {
          i = end;
          continue; // "Six people aged between 60 and 85", "ein sieben Monate altes Baby": ages, not people
        }
        if (age(end) && agedPeople(i, figures)) {
          i = lastOfAgedPeople(i);
          continue;
        }
        if (age(end) || ageOrYear(i, end)) {
          int listed = listedAges(i);
          if (listed >= 2) {
            // "загинули жінки 72 і 67 років", "постраждали чоловіки 29, 41, 45 років": one person an age
            Cue.Match cue = null;
            for (int j = i - 2; j >= Math.max(0, i - 5) && cue == null; j--) {
              Cue.Match m = endingAt(Lexicon.Kind.CASUALTY, j);
              if (m != null && (m.cue().value().equals("killed") || m.cue().value().equals("injured"))) {
                cue = m;
              }
            }
            // "постраждали чоловіки 29, 41 років і жінки 27, 34 років": the second list goes on in the first's category
            if (cue == null && i >= 3 && LIST_WORDS.contains(tokens.get(i - 2).lower()) && !figures.isEmpty()
                && figures.get(figures.size() - 1).last() == i - 3) {
              Figure previous = figures.get(figures.size() - 1);
              cue = endingAt(Lexicon.Kind.CASUALTY, previous.first()) != null ? endingAt(Lexicon.Kind.CASUALTY, previous.first())
                  : startingAt(Lexicon.Kind.CASUALTY, previous.first());
            }
            // "Постраждали двоє людей — чоловіки 41 і 23 років": the ages of a figure given between
            // the verb and them, in apposition to it, are no figure of their own
            final int from = cue == null ? i : cue.last() + 1;
            final int to = i;
            boolean ofFigure = figures.stream().anyMatch(f -> f.first() >= from && f.last() < to);
            if (cue != null && PLURAL_PERSONS.contains(tokens.get(i - 1).lower()) && !ofFigure
                && NumberWords.at(tokens, Math.max(0, i - 2)).length == 0) {
              int last = lastOfAgeList(i);
              figures.add(new Figure(cue.cue().value(), CasualtyCount.exactly(listed), cue.first(), last, null,
                  List.of(span(cue.first(), last))));
              i = last;
              continue;
            }
          }
          i = end;
          continue;
        }
        String category = null;
        int cueFirst = -1;
        int cueLast = -1;
        boolean bridged = false;
        boolean bridgedByPeople = false;
        boolean inApposition = false;
        // "killed four people and injured 23": a casualty verb right before the number is its word
        // ... also past a hedge or an aside: "ранены по меньшей мере восемь", "убив, по предварительной
        // информации, одного человека", "injured at least eight"
        int lead = LeadIn.start(i, tokens, this::endingAt, this::startingAt);
        Cue.Match before = lead > 0 ? endingAt(Lexicon.Kind.CASUALTY, lead - 1) : null;
        Cue.Match minorsAfter = end + 1 < tokens.size() ? startingAt(Lexicon.Kind.CASUALTY, end + 1) : null;
        if (before != null && minorsAfter != null && minorsAfter.cue().value().equals("minors")
            && (before.cue().value().equals("killed") || before.cue().value().equals("injured")) && sentence[i - 1] == sentence[i]) {
          // "вбили трьох дітей": as many killed, minors all; "Серед постраждалих двоє дітей", "among
          // the injured were two children": minors among a figure given before, no more injured
          List<TextSpan> both = List.of(span(i, end), span(minorsAfter.first(), minorsAfter.last()));
          figures.add(new Figure("minors", bounded(n, i), i, minorsAfter.last(), null, both));
          if (!among(before.first())) {
            figures.add(new Figure(before.cue().value(), bounded(n, i), i, minorsAfter.last(), null,
                List.of(span(i, end), span(before.first(), before.last()))));
          }
          i = minorsAfter.last();
          continue;
        }
        if (before != null && !before.cue().value().equals("people") && sentence[i - 1] == sentence[i]) {
          category = before.cue().value();
          cueFirst = before.first();
          cueLast = before.last();
        }
        // "four more, including two children, were injured", "vier weitere, darunter zwei Kinder, verletzt": "more"
        // stands for the people, as a noun of people does, and reaches past an apposition to its own verb
        bridged |= end + 1 < tokens.size() && startingAt(Lexicon.Kind.MORE, end + 1) != null
            && end + 2 < tokens.size() && tokens.get(end + 2).text().equals(",");
        for (int j = end + 1; category == null && j < tokens.size() && sentence[j] == sentence[i]
            && (j - end <= FORWARD_TOKENS || (bridged && j - end <= bridgedTokens())); j++) {
          OptionalInt[] next = NumberWords.at(tokens, j);
          if (bridged && next.length > 0 && next[0].getAsInt() == 1 && tokens.get(j).word() && j + 1 < tokens.size()
              && !isPeopleWord(j + 1) && !SINGULAR_PERSONS.contains(tokens.get(j + 1).lower())) {
            continue; // "Ein weiterer Mensch sei bei einem Luftangriff ... verletzt worden": an article, not a second number
          }
          if (next.length > 0 && (ageOrYear(j, j + next[1].getAsInt() - 1) || age(j + next[1].getAsInt() - 1)
              || Ages.inAgePhrase(tokens, j))) {
            bridged = true; // "Vier Männer im Alter von 27, 31 und 32 Jahren wurden verletzt": ages, then the verb
            j = lastOfAgeList(j);
            continue;
          }
          // "Двое мирных жителей, мужчина и женщина, ранены": after a noun of people, an apposition
          // between commas does not end the figure's reach
          if (j == end + 1 && (tokens.get(j).text().equals("–") || tokens.get(j).text().equals("—"))) {
            continue; // "ще 18 – отримали поранення"
          }
          if (bridged && DASHES.contains(tokens.get(j).text())) {
            // "Еще два человека – мужчина 80 лет и женщина 46 лет – получили ранения": past the apposition between dashes
            int close = j + 1;
            while (close < tokens.size() && sentence[close] == sentence[i] && close - j <= 14
                && !DASHES.contains(tokens.get(close).text())) {
              close++;
            }
            if (close < tokens.size() && sentence[close] == sentence[i] && DASHES.contains(tokens.get(close).text())) {
              j = close;
              continue;
            }
          }
          boolean apposition = bridged && tokens.get(j).text().equals(",");
          inApposition |= apposition;
          // "Drei weitere Zivilisten, unter ihnen ein achtjähriges Mädchen, wurden verletzt", "Neun weitere Menschen,
          // unter ihnen vier Jugendliche, wurden verletzt": some of them within the apposition, the verb after it
          boolean oneWithin = inApposition && next.length > 0;
          if (oneWithin) {
            // the apposition's own person is no casualty word of the outer number: skip to its closing comma
            while (j + 1 < tokens.size() && sentence[j + 1] == sentence[i] && !tokens.get(j + 1).text().equals(",")) {
              j++;
            }
            continue;
          }
          if (tokens.get(j).clauseBreak() && !apposition || next.length > 0 && !oneWithin) {
            break; // a casualty word after the next number belongs to that number
          }
          Cue.Match m = startingAt(Lexicon.Kind.CASUALTY, j);
          if (m == null && j == end + 1 && PLURAL_PERSONS.contains(tokens.get(j).lower())) {
            bridged = true; // "Дві жінки — 61 і 52 років — зазнали травм": a noun of people, like "людей"
            continue;
          }
          if (m == null) {
            continue;
          }
          if (m.cue().value().equals("people")) {
            bridged = true;
            bridgedByPeople = true;
            continue;
          }
          // ("two 16-year-old children": bridged by an age only, the children are the number's people)
          if (bridgedByPeople && m.cue().value().equals("minors")) {
            continue; // "двое взрослых и десятилетний ребенок погибли": the child is one more person, the verb comes after
          }
          category = m.cue().value();
          cueFirst = m.first();
          cueLast = m.last();
          break;
        }
        if (category == null) {
          boolean colon = false;
          for (int j = i - 1; j >= Math.max(0, i - 3) && sentence[j] == sentence[i]; j--) {
            if (tokens.get(j).clauseBreak() && !tokens.get(j).text().equals(":")) {
              break;
            }
            colon |= tokens.get(j).text().equals(":");
            Cue.Match m = endingAt(Lexicon.Kind.CASUALTY, j);
            // "dass fünf Menschen verletzt wurden: zwei Männer und drei Frauen": the five told by
            // sex after a colon, not two more
            final int cueAt = j;
            final int here = i;
            if (m != null && colon && figures.stream().anyMatch(f -> f.category().equals(m.cue().value())
                && sentence[f.first()] == sentence[here] && f.last() <= cueAt)) {
              break;
            }
            if (m != null && !m.cue().value().equals("people")) {
              category = m.cue().value();
              cueFirst = m.first();
              cueLast = m.last();
              break;
            }
          }
        }
        boolean revision = false;
        for (Cue.Match r : cues.get(Lexicon.Kind.REVISION)) {
          revision |= sentence[r.first()] == sentence[i] && r.first() >= i - 4 && r.first() <= end + 2
              // "stieg die Zahl der Verletzten bis zum Abend auf 56": the new value after its preposition
              || sentence[r.first()] == sentence[i] && r.first() < i && i >= 1
                  && Set.of("auf", "to", "до").contains(tokens.get(i - 1).lower());
        }
        if (category == null && revision) {
          // "the number of injured rose to 21": the casualty word may lie anywhere before in the sentence
          for (Cue.Match m : cues.get(Lexicon.Kind.CASUALTY)) {
            if (m.last() < i && sentence[m.first()] == sentence[i] && !m.cue().value().equals("people")) {
              category = m.cue().value();
              cueFirst = m.first();
              cueLast = m.last();
            }
          }
        }
        if (category == null && !figures.isEmpty() && (endingAt(Lexicon.Kind.MORE, i - 1) != null)) {
          Figure previous = figures.get(figures.size() - 1);
          if (sentence[previous.first()] == sentence[i]) {
            category = previous.category();
          }
        }
        if (category == null && !figures.isEmpty() && atPlace(end)) {
          // "вбили 5 мирних жителів: 2 у Бахмуті, 2 у Вугледарі та 1 у Георгіївці", "один — в Старой
          // Збурьевке": a number at a place goes on in the category of the figure before it
          Figure previous = figures.get(figures.size() - 1);
          if (sentence[previous.first()] == sentence[i] || sentence[previous.first()] == sentence[i] - 1) {
            category = previous.category();
          }
        }
        if (category == null) {
          continue;
        }
        if (cueFirst < 0 && Trapped.after(tokens, end, clause)) {
          i = end;
          continue; // "еще 2 человека находятся под завалами": not yet of the category before them
        }
        final String cat0 = category;
        if (cueFirst >= 0 && among(cueFirst) && Subset.ofEarlier(category, n, figures.stream()
            .filter(f -> f.category().equals(cat0)).map(Figure::count).toList())) {
          i = end;
          continue; // "четверо постраждалих ... Серед постраждалих і троє жінок": three of the four
        }
        List<TextSpan> spans = new ArrayList<>();
        spans.add(span(i, end));
        if (cueFirst >= 0) {
          spans.add(span(cueFirst, cueLast));
        }
        // "zwei Menschen ums Leben gekommen ... Eine Frau und ein Mann seien gestorben": one person
        // named after the category's figure is one of those counted
        final String cat = category;
        final int at = i;
        if (n == 1 && end + 1 < tokens.size() && SINGULAR_PERSONS.contains(tokens.get(end + 1).lower())
            && figures.stream().anyMatch(f -> f.category().equals(cat) && f.last() < at && f.count().min() > 1)) {
          i = end;
          continue;
        }
        // "zwei Kinder und ein Erwachsener wurden verletzt": the groups before, joined by "and", are of this figure
        JoinedGroups.Joined groups = revision ? JoinedGroups.Joined.NONE : JoinedGroups.before(tokens, i, sentence,
            this::personNoun, k -> notAGroup(k, figures));
        int firstOfGroups = groups.first() < 0 ? i : groups.first();
        if (groups.first() >= 0 && !category.equals("minors")) {
          spans.add(span(groups.first(), i - 1));
        }
        figures.add(new Figure(category, revision ? CasualtyCount.exactly(n) : JoinedGroups.withGroups(bounded(n, i),
            category.equals("minors") ? JoinedGroups.Joined.NONE : groups), i, end, null, spans, revision));
        if (category.equals("minors") && cueLast >= 0) {
          // "two children injured": as many injured, minors among them
          for (int j = cueLast + 1; j < Math.min(tokens.size(), cueLast + 3) && sentence[j] == sentence[i]; j++) {
            Cue.Match m = startingAt(Lexicon.Kind.CASUALTY, j);
            if (m != null && (m.cue().value().equals("injured") || m.cue().value().equals("killed"))) {
              List<TextSpan> both = List.of(span(firstOfGroups, end), span(m.first(), m.last()));
              figures.add(new Figure(m.cue().value(), JoinedGroups.withGroups(bounded(n, i), groups), i, end, null, both,
                  revision));
              break;
            }
          }
        }
        i = end;
      }
      // "among them a child", "серед них дитина": a minor in the singular with no number is one
      for (Cue.Match m : cues.get(Lexicon.Kind.CASUALTY)) {
        if (m.cue().value().equals("minors") && SINGULAR_MINORS.contains(tokens.get(m.first()).lower())
            && figures.stream().noneMatch(f -> f.last() < m.first() && m.first() - f.last() <= 2 || f.spans().size() > 1
                && f.spans().get(1).start() == tokens.get(m.first()).start())) {
          figures.add(new Figure("minors", CasualtyCount.exactly(1), m.first(), m.last(), null, List.of(span(m.first(), m.last()))));
        }
      }
      // "погиб мужчина", "a woman was injured": one person, when no number stands before the noun
      List<Figure> implicit = new ArrayList<>();
      for (Cue.Match m : cues.get(Lexicon.Kind.CASUALTY)) {
        String v = m.cue().value();
        if (!v.equals("killed") && !v.equals("injured")) {
          continue;
        }
        // German puts the participle last: "Eine 77-jährige Frau wurde auch beim Drohnenangriff auf den Vorort ... verletzt"
        int back = language == Language.DE ? 14 : 6;
        // "a 70-year-old woman, who was in her own courtyard, sustained serious injuries": past a relative clause
        int antecedent = RelativeClause.antecedent(tokens, m.first(), sentence);
        if (antecedent < 0) {
          // "He suffered a concussion, leg burns, and head injuries": the pronoun that opens the sentence
          antecedent = pronounSubject(m, figures);
        }
        for (int j = Math.max(0, Math.min(m.first() - Math.max(back, 10), antecedent < 0 ? m.first() : antecedent));
            j <= Math.min(tokens.size() - 1, m.last() + 12); j++) {
          final int at = j;
          // "травми, несумісні з життям, дістав 54-річний чоловік": the clause of the cue's last word
          // counts too, and the one after it when the cue stands between commas
          boolean afterApposition = m.last() + 2 < tokens.size() && tokens.get(m.last() + 1).text().equals(",")
              && clause[m.first()] != clause[m.last()] && clause[j] == clause[m.last() + 2];
          // "47-летний мужчина, управлявший автомобилем, получил ранение": a participle or relative
          // clause between commas stands between the person and the verb
          boolean beforeInsertion = j + 2 < tokens.size() && tokens.get(j + 1).text().equals(",")
              && clause[m.first()] == clause[j] + 2 && tokens.get(clauseStart(m.first()) - 1).text().equals(",") && m.first() - j <= 10
              && tokens.get(j + 2).word() && !tokens.get(j + 2).capitalised();
          boolean reached = beforeInsertion || j == antecedent;
          if (m.first() - j > back && !reached
              || clause[j] != clause[m.first()] && clause[j] != clause[m.last()] && !afterApposition && !reached
              || !SINGULAR_PERSONS.contains(tokens.get(j).lower()) && !SINGULAR_MINORS.contains(tokens.get(j).lower())
              && !Ages.agedPerson(tokens, j, language) && !(j == antecedent && PRONOUNS.contains(tokens.get(j).lower()))) {
            continue;
          }
          // "a civilian was killed" is one; "civilian casualties" are none in particular
          if (NEEDS_ARTICLE.contains(tokens.get(j).lower()) && !article(j)) {
            continue;
          }
          // a person after a figure of the category is one of those counted: "two people were killed
          // ... the man was 64"
          // ... unless the person is at another settlement than the figure: "травмовано чотирьох: - У
          // Сумській громаді постраждала дитина ... - У Середино-Будській громаді травмовано чоловіка"
          // breaks the four down by place (a total and its parts), it does not repeat them
          // "двое взрослых и десятилетний ребенок погибли": a person joined by "and" to the figure's
          // people is one more of that figure
          Figure joined = figures.stream().filter(f -> f.category().equals(v) && joinedToPeople(f, at)).findFirst().orElse(null);
          if (joined != null) {
            CasualtyCount c = joined.count();
            figures.set(figures.indexOf(joined), new Figure(v, new CasualtyCount(c.min() + 1,
                c.max().isPresent() ? OptionalInt.of(c.max().getAsInt() + 1) : OptionalInt.empty()), joined.first(),
                Math.max(joined.last(), at), null, joined.spans(), joined.revision()));
            break;
          }
          // "zwei Kinder und ein Erwachsener wurden verletzt": groups counted before the person and joined
          // to it by "and" have no verb of their own; they are of the person's figure
          int joinedAt = at > 0 && Set.of("a", "an", "one", "ein", "eine", "einer", "один", "одна", "одного", "одну")
              .contains(tokens.get(at - 1).lower()) ? at - 1 : at;
          JoinedGroups.Joined groups = JoinedGroups.before(tokens, joinedAt, sentence, this::personNoun, k -> notAGroup(k, figures));
          final int person = joinedAt;
          if (groups.first() >= 0 && clause[m.first()] == clause[at]
              && figures.stream().noneMatch(f -> f.category().equals(v) && f.first() <= person && person <= f.last())) {
            int last = Math.max(at, m.last());
            Figure one = new Figure(v, CasualtyCount.exactly(1 + groups.people()), groups.first(), last, null,
                List.of(span(groups.first(), last)));
            figures.add(one);
            implicit.add(one);
            break;
          }
          boolean counted = figures.stream().anyMatch(f -> f.last() < at && at - f.last() <= 3 && sentence[f.last()] == sentence[at]
              || f.category().equals(v) && (clause[f.first()] == clause[at]
                  || f.last() < Math.min(at, m.first()) && !implicit.contains(f) && !elsewhere(f.first(), at)));
          if (!counted) {
            // "поранення дістали 79-річна жінка та 71-річний чоловік", "погибли женщина и ребенок": each
            // person joined by "and" is one more
            int n = 1;
            int last = Math.max(j, m.last());
            for (int k = j + 1; k < tokens.size() && k <= last + 7 && clause[k] == clause[j]; k++) {
              String w = tokens.get(k).lower();
              if ((SINGULAR_PERSONS.contains(w) || SINGULAR_MINORS.contains(w) || Ages.agedPerson(tokens, k, language)) && k > j + 1
                  && joinedByAnd(j, k)) {
                n++;
                last = Math.max(last, k);
              } else if (PLURAL_PERSONS.contains(w) && k > j + 1 && k + 1 < tokens.size() && joinedByAnd(j, k)
                  && NumberWords.at(tokens, k + 1).length > 0 && ageOrYear(k + 1, k + NumberWords.at(tokens, k + 1)[1].getAsInt())) {
                // "женщина 1958 и мужчины 1983 и 1985 годов рождения": people in the plural with their ages or years count as many
                n += listedAges(k + 1);
                last = Math.max(last, lastOfAgeList(k + 1));
              }
            }
            // "A 29-year-old electrician and a 63-year-old pensioner were wounded": persons joined by "and"
            // before the first one found, their ages pushing them out of its reach
            int firstPerson = j;
            for (int k = j - 2; k >= Math.max(0, j - 12) && clause[k] == clause[j]; k--) {
              String w = tokens.get(k).lower();
              if ((SINGULAR_PERSONS.contains(w) || SINGULAR_MINORS.contains(w) || Ages.agedPerson(tokens, k, language))
                  && joinedByAnd(k, firstPerson)) {
                n++;
                firstPerson = k;
              }
            }
            Figure one = new Figure(v, CasualtyCount.exactly(n), Math.min(firstPerson, m.first()), last, null,
                List.of(span(Math.min(firstPerson, m.first()), last)));
            figures.add(one);
            implicit.add(one);
          }
          break;
        }
      }
      // "тяжелые ранения получила женщина ... от полученных травм она погибла": the injured one died
      for (Cue.Match m : cues.get(Lexicon.Kind.CASUALTY)) {
        if (!m.cue().value().equals("killed")
            || !(DiedOfInjuries.at(tokens, m, casualtyWithCauses) || DiedOfInjuries.inHospital(tokens, m, sentence))) {
          continue;
        }
        // the figure that counts this death already, if any: "один із чоловіків помер від травм"
        Figure counted = null;
        for (Figure f : figures) {
          if (f.category().equals("killed") && f.first() <= m.last() && sentence[f.first()] == sentence[m.first()]
              && (f.last() >= m.first() || m.first() - f.last() <= 8)) {
            counted = f;
          }
        }
        if (counted == null && figures.stream().anyMatch(f -> !f.category().equals("minors") && f.first() <= m.last()
            && f.last() >= m.first())) {
          continue;
        }
        int died = counted == null ? 1 : counted.count().max().isPresent() ? counted.count().min() : -1;
        if (died < 1) {
          continue;
        }
        Figure hurt = null;
        for (Figure f : figures) {
          if (f.category().equals("injured") && f.last() < m.first() && f.count().min() >= died) {
            hurt = f;
          }
        }
        if (hurt == null) {
          continue; // no one counted injured before
        }
        boolean deathsCounted = figures.stream().anyMatch(f -> f.category().equals("killed"));
        // a death no figure counts yet, while others are: only "one of" those injured ("з яких один помер")
        boolean oneOfThem = counted == null && deathsCounted && DiedOfInjuries.sameInjured(tokens, m.first(), m.last(),
            hurt.first(), hurt.last(), m);
        if (counted == null ? deathsCounted && !oneOfThem : !DiedOfInjuries.sameInjured(tokens, counted.first(), counted.last(),
            hurt.first(), hurt.last(), m)) {
          continue; // the deaths are counted already, or this death is of someone not counted injured
        }
        figures.remove(hurt);
        if (hurt.count().min() > died) {
          figures.add(new Figure("injured", OfThem.rest(hurt.count(), died), hurt.first(), hurt.last(), null, hurt.spans(),
              hurt.revision()));
        }
        if (!deathsCounted || oneOfThem) {
          figures.add(new Figure("killed", CasualtyCount.exactly(1), m.first(), m.last(), null, List.of(span(m.first(), m.last()))));
        }
      }
      // "подтвердили гибель женщины", "the death of a man": one killed, when no figure counts the dead
      for (Cue.Match m : cues.get(Lexicon.Kind.CASUALTY)) {
        int who = m.cue().value().equals("killed") ? DeathOf.person(tokens, m.first()) : -1;
        if (who >= 0 && figures.stream().noneMatch(f -> f.category().equals("killed"))) {
          figures.add(new Figure("killed", CasualtyCount.exactly(1), m.first(), who, null, List.of(span(m.first(), who))));
        }
      }
      // "there were no injuries or fatalities", "без жертв": zero, which is known, unlike a figure never given
      for (Cue.Match m : cues.get(Lexicon.Kind.NO_CASUALTIES)) {
        String v = m.cue().value();
        for (String category : v.equals("all") ? List.of("killed", "injured", "minors") : List.of(v)) {
          figures.add(new Figure(category, CasualtyCount.NONE, m.first(), m.last(), null, List.of(span(m.first(), m.last()))));
        }
      }
      // "nobody was wounded", "nicht verletzt worden": a negation before a casualty word, however worded
      for (Negated.Zero z : Negated.find(language, tokens, cues.get(Lexicon.Kind.CASUALTY),
          cues.get(Lexicon.Kind.NO_CASUALTIES), clause)) {
        figures.add(new Figure(z.category(), CasualtyCount.NONE, z.first(), z.last(), null, List.of(span(z.first(), z.last()))));
      }
      figures.sort(java.util.Comparator.comparingInt(Figure::first));
      // "55-летняя женщина погибла ... В результате погибла 55-летняя женщина": one person told twice,
      // dropped before places are given so that the repetition takes no other figure's place
      List<Figure> retold = new ArrayList<>();
      for (int a = 0; a < figures.size(); a++) {
        for (int b = a + 1; b < figures.size(); b++) {
          Figure x = figures.get(a);
          Figure y = figures.get(b);
          if (x.category().equals(y.category()) && sentence[x.first()] != sentence[y.first()] && !x.revision() && !y.revision()
              && !retold.contains(x) && sameAge(x, y)) {
            retold.add(y);
          }
        }
      }
      figures.removeAll(retold);
      // give each figure its place: the nearest in its clause, one figure of a category per place
      for (int f = 0; f < figures.size(); f++) {
        Figure fig = figures.get(f);
        Set<PlaceMention> taken = new LinkedHashSet<>();
        // a revised figure goes where the figure it revises went
        for (int g = 0; g < f && !fig.revision(); g++) {
          if (figures.get(g).category().equals(fig.category()) && figures.get(g).where() != null) {
            taken.add(figures.get(g).where());
          }
        }
        figures.set(f, new Figure(fig.category(), fig.count(), fig.first(), fig.last(), locality(fig.first(), taken), fig.spans(),
            fig.revision()));
      }
      // "13 people were injured ... 'a total of 13 injured are known,' he wrote": a later sentence
      // that gives the same figure of the same place (or of none) tells it again
      List<Figure> kept = new ArrayList<>();
      List<Figure> movedFromRegion = new ArrayList<>();
      for (Figure f : figures) {
        // ... unless the later one says it is another ("поранень зазнав також 56-річний чоловік", "another
        // person") or the two are people of different ages ("82-летняя женщина", "67-летний мужчина")
        Figure told = f.count().min() == 0 || additional(f) || anotherAttack(f) ? null : kept.stream().filter(k -> sentence[k.first()] != sentence[f.first()]
            && k.category().equals(f.category()) && k.count().min() == f.count().min() && !k.revision() && !f.revision()
            && (samePlace(k.where(), f.where()) || sameCommunity(k.where(), f.where())) && !differentAges(k, f)
            && !OtherMeans.between(cues.get(Lexicon.Kind.MEANS), sentence, k.first(), f.first()))
            .findFirst().orElse(null);
        if (told == null) {
          kept.add(f);
        } else if ((told.where() == null || told.where().isRegion()) && f.where() != null && !f.where().isRegion()) {
          // told again with its settlement: "ребенок получил ранения ... в Каменке-Днепровской пострадала девочка"
          kept.set(kept.indexOf(told), f);
          if (told.where() != null) {
            movedFromRegion.add(told);
          }
        }
      }
      // ... but a region that keeps other figures keeps this one too, as their total and the
      // settlement's part: "in der Region Donezk zwei Menschen getötet und sieben verletzt ...
      // Kostjantyniwka ... zwei Menschen ums Leben gekommen" leaves the region's seven no total otherwise
      for (Figure f : movedFromRegion) {
        if (kept.stream().anyMatch(k -> k.where() == f.where())) {
          kept.add(f);
        }
      }
      figures.retainAll(kept);
    }

    /**
     * Whether the words at {@code later} are placed at a settlement other than the place of the
     * figure at {@code earlier}: a settlement where the figure has a region or no place, or
     * another settlement than the figure's.
     */
    private boolean elsewhere(int earlier, int later) {
      PlaceMention here = locality(later, Set.of());
      if (here == null || here.isRegion() || here.candidates().isEmpty()) {
        return false;
      }
      PlaceMention there = locality(earlier, Set.of());
      if (there == null || there.isRegion() || there.candidates().isEmpty()) {
        return true;
      }
      return !sameCommunity(there, here);
    }

    /**
     * Whether two settlements' mentions lie within one community's reach: "in der Gemeinde
     * Kostjantyniwka ... im Dorf Predtetschyne", "die Gemeinde Orichiw ... das Dorf Nowopawliwka",
     * the place told more precisely.
     */
    private boolean sameCommunity(PlaceMention x, PlaceMention y) {
      if (x == null || y == null || x.isRegion() || y.isRegion() || x.candidates().isEmpty() || y.candidates().isEmpty()) {
        return false;
      }
      Place a = resolvedPlace(x);
      Place b = resolvedPlace(y);
      return Geodesy.distanceMetres(new Coordinate(a.lon(), a.lat()), new Coordinate(b.lon(), b.lat())) <= SAME_COMMUNITY_METRES;
    }

    /**
     * People counted by their ages joined by "and", each with its own age word, before a plural
     * noun: "Поранені 33-річний та 56-річний чоловіки", "погибли 40-летний и 52-летний мужчины";
     * adds the figure and returns true.
     */
    private boolean agedPeople(int i, List<Figure> figures) {
      int n = 1;
      int k = ageWordAfter(i);
      while (k + 2 < tokens.size() && LIST_WORDS.contains(tokens.get(k + 1).lower())
          && NumberWords.at(tokens, k + 2).length > 0 && age(k + 2)) {
        n++;
        k = ageWordAfter(k + 2);
      }
      if (n < 2 || k + 1 >= tokens.size() || !PLURAL_PERSONS.contains(tokens.get(k + 1).lower())) {
        return false;
      }
      int noun = k + 1;
      Cue.Match cue = null;
      for (int j = i - 1; j >= Math.max(0, i - 3) && cue == null && sentence[j] == sentence[i]; j--) {
        cue = endingAt(Lexicon.Kind.CASUALTY, j);
      }
      for (int j = noun + 1; j < Math.min(tokens.size(), noun + 4) && cue == null && sentence[j] == sentence[i]; j++) {
        cue = startingAt(Lexicon.Kind.CASUALTY, j);
      }
      if (cue == null || !(cue.cue().value().equals("killed") || cue.cue().value().equals("injured"))) {
        return false;
      }
      figures.add(new Figure(cue.cue().value(), CasualtyCount.exactly(n), i, noun, null,
          List.of(span(i, noun), span(cue.first(), cue.last()))));
      return true;
    }

    /** The age word of the age whose number is at {@code i}: "річний" in "33-річний". */
    private int ageWordAfter(int i) {
      int k = i + NumberWords.at(tokens, i)[1].getAsInt();
      return k < tokens.size() && tokens.get(k).text().equals("-") ? k + 1 : k;
    }

    private int lastOfAgedPeople(int i) {
      int k = ageWordAfter(i);
      while (k + 2 < tokens.size() && LIST_WORDS.contains(tokens.get(k + 1).lower())
          && NumberWords.at(tokens, k + 2).length > 0 && age(k + 2)) {
        k = ageWordAfter(k + 2);
      }
      return k + 1;
    }

    /** Whether a person or people word stands within four tokens after {@code end}: "eine 67-Jährige", "einen 57-jährigen Mann". */
    private boolean personAhead(int end) {
      for (int k = end + 1; k < Math.min(tokens.size(), end + 5) && sentence[k] == sentence[end]; k++) {
        String w = tokens.get(k).lower();
        Cue.Match c = startingAt(Lexicon.Kind.CASUALTY, k);
        boolean people = c != null && (c.cue().value().equals("people") || c.cue().value().equals("minors"));
        // "einen weiteren in Nowohrodiwka getötet", "ein weiterer erlitt Verletzungen": one more
        boolean more = k == end + 1 && startingAt(Lexicon.Kind.MORE, k) != null;
        if (people || more || SINGULAR_PERSONS.contains(w) || SINGULAR_MINORS.contains(w) || w.startsWith("jährig")) {
          return true;
        }
      }
      return false;
    }

    /** The casualty word a number is some of, "of the injured", "із поранених", or -1. */
    private int ofWhom(int end) {
      int k = end + 2;
      if (k < tokens.size() && Set.of("the", "them", "those").contains(tokens.get(k).lower())) {
        k++;
      }
      return k < tokens.size() && isPeopleWord(k) ? k : -1;
    }

    /** Whether a singular person's noun ("Mann", "Frau", "Junge") follows within four tokens of {@code end}. */
    private boolean singularPersonAhead(int end) {
      for (int k = end + 1; k < Math.min(tokens.size(), end + 5) && sentence[k] == sentence[end]; k++) {
        String w = tokens.get(k).lower();
        if (SINGULAR_PERSONS.contains(w) || SINGULAR_MINORS.contains(w)) {
          return true;
        }
        if (isPeopleWord(k)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether the person at {@code at} is joined by "and" to the people noun right after the
     * figure's number: "двое взрослых и десятилетний ребенок", "two adults and a child", "zwei Kinder
     * und ein Erwachsener".
     */
    private boolean joinedToPeople(Figure f, int at) {
      if (NumberWords.at(tokens, f.first()).length == 0 || f.first() >= at) {
        return false;
      }
      int after = f.first() + NumberWords.at(tokens, f.first())[1].getAsInt();
      Cue.Match people = after < tokens.size() ? startingAt(Lexicon.Kind.CASUALTY, after) : null;
      if (people == null && after < at && PLURAL_PERSONS.contains(tokens.get(after).lower())) {
        return joinedByAnd(after, at); // "two women and a man were injured": a plural person noun, like "adults"
      }
      // "two adults and a child", and the other way round: "zwei Kinder und ein Erwachsener"
      if (people == null || !(people.cue().value().equals("people") || people.cue().value().equals("minors"))
          || people.last() >= at) {
        return false;
      }
      return joinedByAnd(people.last(), at);
    }

    /**
     * "ein fünfter Verletzter sei vor Ort versorgt worden", "a third man died in hospital": an ordinal
     * before a casualty word (or a person and its verb) says the count has reached it; adds the figure.
     */
    private boolean ordinalCount(int i, List<Figure> figures) {
      OptionalInt n = Ordinals.of(tokens.get(i).lower());
      if (n.isEmpty() || i + 1 >= tokens.size()) {
        return false;
      }
      Cue.Match cue = startingAt(Lexicon.Kind.CASUALTY, i + 1);
      boolean person = SINGULAR_PERSONS.contains(tokens.get(i + 1).lower())
          || cue != null && (cue.cue().value().equals("people") || cue.cue().value().equals("minors"));
      if (person) {
        // "a third man died", "ein zweites Kind wurde verletzt": the person's verb after it
        cue = null;
        for (int j = i + 2; j < Math.min(tokens.size(), i + 6) && sentence[j] == sentence[i] && cue == null; j++) {
          cue = startingAt(Lexicon.Kind.CASUALTY, j);
        }
      }
      if (cue == null || !(cue.cue().value().equals("killed") || cue.cue().value().equals("injured"))) {
        return false;
      }
      figures.add(new Figure(cue.cue().value(), CasualtyCount.exactly(n.getAsInt()), i, cue.last(), null,
          List.of(span(i, cue.last()))));
      return true;
    }

    /**
     * The personal pronoun that opens the sentence of the casualty word {@code m}, or -1 ("He suffered a concussion, leg burns and head injuries", "Er wurde verletzt", "Вона
     * дістала поранення") while no figure was given before it: the person it stands for was named
     * without one ("dropped an explosive device on a 52-year-old man").
     */
    private int pronounSubject(Cue.Match m, List<Figure> figures) {
      int j = m.first() - 1;
      while (j > 0 && sentence[j - 1] == sentence[m.first()]) {
        j--;
      }
      if (j < 0 || !PRONOUNS.contains(tokens.get(j).lower()) || j >= m.first() || m.first() - j > 15
          || sentence[j] != sentence[m.first()] || figures.stream().anyMatch(f -> f.first() < m.first())
          // "He said two people were injured": the speaker, not the hurt
          || j + 1 < tokens.size() && startingAt(Lexicon.Kind.HEDGE, j + 1) != null) {
        return -1;
      }
      for (int k = j + 1; k < m.first(); k++) {
        if (NumberWords.at(tokens, k).length > 0) {
          return -1;
        }
      }
      return j;
    }

    /**
     * Whether the figure's sentence tells of another attack ("Due to another enemy shelling, a 66-year-old
     * resident received fatal injuries", "Bei einem weiteren Angriff", "Внаслідок ще одного обстрілу"): its
     * people are others than those of the attack before.
     */
    private boolean anotherAttack(Figure f) {
      for (Cue.Match more : cues.get(Lexicon.Kind.MORE)) {
        if (sentence[more.first()] != sentence[f.first()]) {
          continue;
        }
        for (Lexicon.Kind k : List.of(Lexicon.Kind.ATTACK, Lexicon.Kind.MEANS)) {
          for (Cue.Match a : cues.get(k)) {
            if (a.first() > more.last() && a.first() - more.last() <= 3 && sentence[a.first()] == sentence[more.first()]) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** Whether a word near the figure says its people are others than those told before: "також", "another", "ebenfalls". */
    private boolean additional(Figure f) {
      for (int k = Math.max(0, f.first() - 3); k <= Math.min(tokens.size() - 1, f.last() + 2); k++) {
        if (sentence[k] == sentence[f.first()] && ALSO.contains(tokens.get(k).lower())) {
          return true;
        }
      }
      return false;
    }

    /** Whether both figures name one person each by an age, and the ages differ. */
    private boolean differentAges(Figure a, Figure b) {
      OptionalInt x = personAge(a);
      OptionalInt y = personAge(b);
      return a.count().min() == 1 && b.count().min() == 1 && x.isPresent() && y.isPresent() && x.getAsInt() != y.getAsInt();
    }

    /** The first token of the clause of token {@code k}. */
    private int clauseStart(int k) {
      int start = k;
      while (start > 0 && clause[start - 1] == clause[k]) {
        start--;
      }
      return start;
    }

    /**
     * Whether two figures are one person each with the same age written: "55-летняя женщина погибла ...
     * В результате погибла 55-летняя женщина" tells of one woman twice, wherever the second is placed.
     */
    private boolean sameAge(Figure a, Figure b) {
      OptionalInt x = personAge(a);
      OptionalInt y = personAge(b);
      return a.count().min() == 1 && b.count().min() == 1 && x.isPresent() && y.isPresent() && x.getAsInt() == y.getAsInt();
    }

    /** The age written with the figure's person: "67-летний мужчина", "мужчина 38 лет", "a 61-year-old man". */
    private OptionalInt personAge(Figure f) {
      for (int k = Math.max(0, f.first() - 4); k <= Math.min(tokens.size() - 1, f.last() + 3); k++) {
        if (sentence[k] != sentence[f.first()] || !Character.isDigit(tokens.get(k).text().charAt(0))) {
          continue;
        }
        if (age(k) || ageOrYear(k, k)) {
          return OptionalInt.of(Integer.parseInt(tokens.get(k).text().replaceAll("\\D", "")));
        }
      }
      return OptionalInt.empty();
    }

    /** Whether a word that makes what follows a subset stands right before {@code k}: "серед", "among", "darunter". */
    private boolean among(int k) {
      for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
        if (AMONG.contains(tokens.get(j).lower())) {
          return true;
        }
      }
      return false;
    }

    /** How far a noun of people bridges to its verb: German puts the participle last ("18 Menschen sind ... getötet worden"). */
    private int bridgedTokens() {
      return language == Language.DE ? 2 * BRIDGED_TOKENS : BRIDGED_TOKENS;
    }

    /** Whether a settlement follows the number ending at {@code end} with only a preposition (and a dash) between. */
    private boolean atPlace(int end) {
      int k = end + 1;
      if (k < tokens.size() && (tokens.get(k).text().equals("—") || tokens.get(k).text().equals("–")
          || tokens.get(k).text().equals("-"))) {
        k++;
      }
      if (k + 1 >= tokens.size() || !Set.of("у", "в", "во", "in", "im").contains(tokens.get(k).lower())) {
        return false;
      }
      final int at = k + 1;
      return mentions.stream().anyMatch(m -> !m.isRegion() && m.first() == at);
    }

    /** Whether only "and", ages and adjectives stand between two persons: "жінка та 71-річний чоловік". */
    private boolean joinedByAnd(int first, int second) {
      boolean and = false;
      for (int k = first + 1; k < second; k++) {
        String w = tokens.get(k).lower();
        if (LIST_WORDS.contains(w)) {
          and = true;
        } else if (!and && !(w.equals("-") || w.equals(".") || Character.isDigit(w.charAt(0)) || AGE_OR_YEAR_WORDS.contains(w)
            || w.equals("г") || w.equals("р"))) {
          // only the first person's age may stand before "and": "The body of a man was found under rubble and
          // a man and three women were treated" joins no one
          return false;
        } else if (!(w.equals("-") || Character.isDigit(w.charAt(0)) || tokens.get(k).word() && !tokens.get(k).capitalised()
            && !SINGULAR_PERSONS.contains(w) && startingAt(Lexicon.Kind.CASUALTY, k) == null || AGE_OR_YEAR_WORDS.contains(w))) {
          return false;
        }
      }
      return and;
    }

    /**
     * Whether the number at {@code k} counts no group to join: a figure of the dead or hurt counts it
     * already, or it is an age ("a 5-year-old girl and two adults").
     */
    private boolean notAGroup(int k, List<Figure> figures) {
      int end = k + NumberWords.at(tokens, k)[1].getAsInt() - 1;
      return age(end) || Ages.inAgePhrase(tokens, k) || Ages.shortAge(tokens, end)
          || figures.stream().anyMatch(f -> f.first() <= k && k <= f.last() && !f.category().equals("minors"));
    }

    /** Whether the token at {@code k} names people as a noun: "Kinder", "adults", "женщины", "Erwachsener". */
    private boolean personNoun(int k) {
      Cue.Match m = endingAt(Lexicon.Kind.CASUALTY, k);
      String w = tokens.get(k).lower();
      return m != null && (m.cue().value().equals("people") || m.cue().value().equals("minors"))
          || PLURAL_PERSONS.contains(w) || SINGULAR_PERSONS.contains(w) || SINGULAR_MINORS.contains(w);
    }

    private boolean isPeopleWord(int k) {
      return startingAt(Lexicon.Kind.CASUALTY, k) != null;
    }

    /** Whether "a", "an" or "one" stands before the noun at {@code j}, over its adjectives: "a 27-year-old local resident". */
    private boolean article(int j) {
      for (int k = j - 1; k >= Math.max(0, j - 9); k--) {
        String w = tokens.get(k).lower();
        if (w.equals("a") || w.equals("an") || w.equals("one")) {
          return true;
        }
        // "a 66-year-old Kherson resident", "a Ukrainian civilian": a proper name right before the noun is an attribute
        boolean attribute = tokens.get(k).capitalised() && k == j - 1;
        if (!(w.equals("-") || Character.isDigit(w.charAt(0)) || Character.isLetter(w.charAt(0))
            && (!tokens.get(k).capitalised() || attribute) && !w.equals("the") && !w.equals("of"))) {
          return false;
        }
      }
      return false;
    }

    private boolean insideNoCasualties(int i) {
      return cues.get(Lexicon.Kind.NO_CASUALTIES).stream().anyMatch(m -> m.first() <= i && i <= m.last());
    }

    /** Whether the number ending at {@code end} is an age: "5-year-old", "5-річна", "5-летний", "5-jährige". */
    private boolean age(int end) {
      int k = end + 1;
      if (k < tokens.size() && tokens.get(k).text().equals("-")) {
        k++;
        // "47- і 52-річний": the first age of a pair shares the second's word
        if (k + 1 < tokens.size() && LIST_WORDS.contains(tokens.get(k).lower())
            && NumberWords.at(tokens, k + 1).length > 0) {
          return age(k + 1);
        }
      }
      if (k >= tokens.size() || tokens.get(k).start() - tokens.get(end).end() > 1) {
        return false;
      }
      String w = tokens.get(k).lower();
      return w.startsWith("year") || w.startsWith("jährig") || w.startsWith("річн") || w.startsWith("летн")
          || w.startsWith("month-old") || w.startsWith("місяч") || w.startsWith("месяч");
    }

    /** How many numbers the list of ages starting at {@code i} holds: "72 і 67 років" 2, "29, 41, 45 років" 3. */
    private int listedAges(int i) {
      int n = 1;
      int k = i + NumberWords.at(tokens, i)[1].getAsInt();
      while (k + 1 < tokens.size() && (tokens.get(k).text().equals(",") || LIST_WORDS.contains(tokens.get(k).lower()))
          && NumberWords.at(tokens, k + 1).length > 0 && Character.isDigit(tokens.get(k + 1).text().charAt(0))) {
        n++;
        k = k + 1 + NumberWords.at(tokens, k + 1)[1].getAsInt();
      }
      return n;
    }

    /** The last token of the list of ages starting at {@code i}: its age word ("років"). */
    private int lastOfAgeList(int i) {
      int k = i + NumberWords.at(tokens, i)[1].getAsInt();
      while (k + 1 < tokens.size() && (tokens.get(k).text().equals(",") || LIST_WORDS.contains(tokens.get(k).lower()))
          && NumberWords.at(tokens, k + 1).length > 0 && Character.isDigit(tokens.get(k + 1).text().charAt(0))) {
        k = k + 1 + NumberWords.at(tokens, k + 1)[1].getAsInt();
      }
      return Math.min(k, tokens.size() - 1);
    }

    /**
     * Whether the number at {@code i..end} is an age or a year of birth written apart from its
     * noun: "дитина 13 років", "жінки 72 і 67 років", "мужчина 1990 года рождения", "born in
     * 1943", "im Alter von 57 und 59 Jahren".
     */
    private boolean ageOrYear(int i, int end) {
      // "on December 10", "am 2. August", "28 вересня": a day of a month
      boolean digits = tokens.get(end).text().chars().allMatch(Character::isDigit);
      if (digits && (i >= 1 && MONTHS.contains(tokens.get(i - 1).lower())
          || end + 1 < tokens.size() && MONTHS.contains(tokens.get(end + 1).lower())
          || end + 2 < tokens.size() && tokens.get(end + 1).text().equals(".") && MONTHS.contains(tokens.get(end + 2).lower()))) {
        return true;
      }
      if (i >= 1 && Set.of("born", "geboren", "jahrgang", "народження", "рождения").contains(tokens.get(i - 1).lower())
          || i >= 2 && Set.of("born", "geboren").contains(tokens.get(i - 2).lower())) {
        return true;
      }
      int k = end + 1;
      // a list of ages: "72 і 67 років", "29, 41, 45 років"
      while (k + 1 < tokens.size() && (tokens.get(k).text().equals(",") || LIST_WORDS.contains(tokens.get(k).lower()))) {
        OptionalInt[] next = NumberWords.at(tokens, k + 1);
        if (next.length == 0 || !tokens.get(k + 1).text().chars().allMatch(Character::isDigit)) {
          break;
        }
        k = k + 1 + next[1].getAsInt();
      }
      if (k >= tokens.size() || !tokens.get(end).text().chars().allMatch(Character::isDigit)) {
        return false;
      }
      // "женщина 1958 и мужчины 1983 и 1985 годов рождения": a year right after a person is the person's
      if (YearOfBirth.afterPerson(tokens, i, end, SINGULAR_PERSONS, PLURAL_PERSONS)) {
        return true;
      }
      String w = tokens.get(k).lower();
      return AGE_OR_YEAR_WORDS.contains(w) || w.equals("г") || w.equals("р");
    }

    /** The count a number makes with the bound words before it: "mindestens", "up to", "близько". */
    private CasualtyCount bounded(int n, int i) {
      for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
        Cue.Match b = endingAt(Lexicon.Kind.BOUND, j);
        if (b != null && b.last() >= i - 2) {
          switch (b.cue().value()) {
            case "up-to":
              return new CasualtyCount(0, OptionalInt.of(n));
            case "about":
              return new CasualtyCount(n - n / 10, OptionalInt.of(n + n / 10));
            default:
              return CasualtyCount.atLeast(n + 1);
          }
        }
        Cue.Match h = endingAt(Lexicon.Kind.HEDGE, j);
        if (h != null && h.cue().value().equals("AT_LEAST") && h.last() >= i - 2) {
          return CasualtyCount.atLeast(n);
        }
      }
      return CasualtyCount.exactly(n);
    }

    /**
     * Whether the region mention is part of a speaker's title: "der Chef der militärischen
     * Administration der Region Charkiw", "the governor of the Kherson region", "губернатор
     * Запорожской области". It names whose official speaks, not where a figure happened.
     */
    private boolean title(PlaceMention m) {
      return titles.contains(m);
    }

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

    private boolean colonBetween(int from, int to) {
      return to > from + 1 && colons[to] - colons[from + 1] > 0;
    }

    private PlaceMention locality(int at, Set<PlaceMention> taken) {
      PlaceMention place = placeOrTitle(at, taken, true);
      // a speaker's region only when nothing else places the figure
      return place != null ? place : placeOrTitle(at, taken, false);
    }

    private PlaceMention placeOrTitle(int at, Set<PlaceMention> taken, boolean noTitles) {
      PlaceMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (PlaceMention m : mentions) {
        if (taken.contains(m) || clause[m.first()] != clause[at] && clause[m.last()] != clause[at] || noTitles && title(m)) {
          continue;
        }
        int d = m.last() < at ? at - m.last() : m.first() - at;
        if (d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
      if (best != null) {
        return best;
      }
      // else the nearest in the sentence, else the paragraph's only settlement; not past a colon:
      // "вбили 5 мирних жителів Донбасу: 2 у Бахмуті, 2 у Вугледарі" lists the five's parts after it
      for (PlaceMention m : mentions) {
        if (taken.contains(m) || sentence[m.first()] != sentence[at] || noTitles && title(m) || colonBetween(at, m.first())) {
          continue;
        }
        int d = m.last() < at ? at - m.last() : m.first() - at;
        if (d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
      if (best != null) {
        return best;
      }
      // "В 16:00 в Купянске в результате обстрела был поврежден дом. Погиб 67-летний мужчина": a
      // sentence that names no place tells what happened at the place of the sentence before it
      for (PlaceMention m : mentions) {
        if (!taken.contains(m) && sentence[m.last()] == sentence[at] - 1 && !(noTitles && title(m))) {
          best = m;
        }
      }
      if (best != null && !best.isRegion()) {
        return best;
      }
      List<PlaceMention> settlements = mentions.stream().filter(m -> !m.isRegion() && !taken.contains(m)).toList();
      return settlements.size() == 1 ? settlements.get(0) : null;
    }

    private void incidents(List<Figure> figures, List<IncidentMention> out) {
      // group figures by place, in order of first mention
      LinkedHashMap<Object, List<Figure>> groups = new LinkedHashMap<>();
      List<Figure> unplaced = new ArrayList<>();
      for (Figure f : figures) {
        if (f.where() == null) {
          unplaced.add(f);
        } else {
          groups.computeIfAbsent(f.where(), k -> new ArrayList<>()).add(f);
        }
      }
      if (groups.isEmpty() && unplaced.isEmpty()) {
        eventWithoutFigures(out);
        return;
      }
      int from = out.size();
      Map<Object, CasualtyScope> scope = new LinkedHashMap<>();
      groups.keySet().forEach(k -> scope.put(k, CasualtyScope.SINGLE));
      Object totalKey = null;
      // a figure at region level or at no place that covers the places' figures is their total
      for (Map.Entry<Object, List<Figure>> e : groups.entrySet()) {
        PlaceMention m = (PlaceMention) e.getKey();
        if (m.isRegion() && coversParts(e.getValue(), groups, m)) {
          totalKey = m;
          break;
        }
      }
      // "поранень зазнав також 49-річний чоловік": people said to be others are one more, never a
      // total of the rest nor a repeat of a place's figure
      // ... and so is a dead person of another age than one counted dead before: "Eine 30 Jahre alte Frau sei
      // getötet worden ... sei ein 62 Jahre alter Mann gestorben" are two (an injured person may be told again
      // when they die, a dead one is not told as another)
      // ... and so are the people of "another drone attack": another incident, never a total of the first
      List<Figure> others = unplaced.stream().filter(f -> !f.category().equals("minors") && (additional(f) || anotherAttack(f)
          || f.category().equals("killed") && figures.stream().anyMatch(g -> g != f && g.category().equals(f.category())
              && differentAges(g, f)))).toList();
      unplaced.removeAll(others);
      if (!others.isEmpty()) {
        groups.put("others", new ArrayList<>(others));
        scope.put("others", CasualtyScope.SINGLE);
      }
      if (totalKey == null && !unplaced.isEmpty() && coversParts(unplaced, groups, null)) {
        totalKey = "total";
        groups.put(totalKey, new ArrayList<>(unplaced));
        scope.put(totalKey, CasualtyScope.TOTAL);
        unplaced.clear();
      }
      if (totalKey != null) {
        scope.put(totalKey, CasualtyScope.TOTAL);
        for (Object k : groups.keySet()) {
          if (k != totalKey && k instanceof PlaceMention m && !m.isRegion()) {
            scope.put(k, CasualtyScope.PART);
          }
        }
        minorsOfParts(groups, scope, totalKey);
        othersOfParts(groups, scope, totalKey);
      }
      if (!unplaced.isEmpty()) {
        Object into = totalKey != null ? totalKey : groups.size() == 1 ? groups.keySet().iterator().next() : null;
        if (into == null) {
          into = "unplaced";
          scope.put(into, CasualtyScope.SINGLE);
          groups.put(into, new ArrayList<>());
        }
        groups.get(into).addAll(unplaced);
      }
      int totalIndex = -1;
      int base = out.size();
      List<Object> keys = new ArrayList<>(groups.keySet());
      // the total first, so that parts can point at it
      if (totalKey != null) {
        keys.remove(totalKey);
        keys.add(0, totalKey);
        totalIndex = base;
      }
      for (Object k : keys) {
        List<Figure> fs = groups.get(k);
        PlaceMention where = k instanceof PlaceMention m ? m : null;
        if (where == null && (k.equals("total") || k.equals("unplaced") || k.equals("others"))) {
          where = commonRegionMention(groups);
        }
        CasualtyScope sc = scope.get(k);
        out.add(mention(where, fs, sc, ObservationKindFor.incident(this), Optional.empty(),
            sc == CasualtyScope.PART && totalIndex >= 0 ? Optional.of(totalIndex) : Optional.empty(), k));
      }
      // the sentences without figures that tell of an attack on another settlement: "Окрім самого
      // Нікополя, росіяни били й по Марганецькій громаді"
      Set<Integer> withFigures = new java.util.TreeSet<>();
      figures.forEach(f -> withFigures.add(sentence[f.first()]));
      Set<Long> placed = new java.util.TreeSet<>();
      for (Object k : groups.keySet()) {
        if (k instanceof PlaceMention m && !m.candidates().isEmpty()) {
          placed.add(m.candidates().get(0).geonameId());
        }
      }
      // "drones struck Myropillia and Seredyna-Buda, Sumy, injuring three": the settlements listed with
      // the figures' place are places of the same incident (OblastOfList gave them their oblast)
      // ... also where the figures name it again: "... injuring 6 civilians in Kyivskyi district of Donetsk and ... of Horlivka"
      // (Latin script only: a Cyrillic list of communities names seats the gazetteer ranks less well)
      for (Object k : keys) {
        if (language == Language.UK || language == Language.RU || !(k instanceof PlaceMention m) || m.isRegion()
            || m.candidates().isEmpty()) {
          continue;
        }
        for (PlaceMention same : mentions) {
          if (same.isRegion() || same.candidates().isEmpty() || sentence[same.first()] != sentence[m.first()]
              || same.candidates().get(0).geonameId() != m.candidates().get(0).geonameId()) {
            continue;
          }
          for (PlaceMention c : listedWith(same)) {
            if (placed.add(c.candidates().get(0).geonameId())) {
              out.add(mention(c, List.of(), CasualtyScope.SINGLE, ObservationKindFor.incident(this), Optional.empty(),
                  Optional.empty(), c));
            }
          }
        }
      }
      for (PlaceMention m : eventPlaces(withFigures)) {
        if (placed.add(m.candidates().get(0).geonameId())) {
          out.add(mention(m, List.of(), CasualtyScope.SINGLE, ObservationKindFor.incident(this), Optional.empty(),
              Optional.empty(), m));
        }
      }
    }

    /**
     * Per sentence outside {@code skip} that names an event (a means, a combat word; damage, in a
     * paragraph about an attack), the settlement nearest the event word, with the settlements
     * listed with it ("shelling in Krasnohorivka, Horlivka and Lobacheve"); in text order.
     */
    private List<PlaceMention> eventPlaces(Set<Integer> skip) {
      List<PlaceMention> out = new ArrayList<>();
      boolean armed = !cues.get(Lexicon.Kind.MEANS).isEmpty()
          || cues.get(Lexicon.Kind.ATTACK).stream().anyMatch(c -> c.cue().value().equals("combat"));
      for (int s = 0; s <= (tokens.isEmpty() ? -1 : sentence[tokens.size() - 1]); s++) {
        if (skip.contains(s)) {
          continue;
        }
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Lexicon.Kind k : List.of(Lexicon.Kind.MEANS, Lexicon.Kind.ATTACK, Lexicon.Kind.DAMAGE, Lexicon.Kind.CASUALTY)) {
          for (Cue.Match c : cues.get(k)) {
            // a bare "attacked" counts where the paragraph names a means or a combat word elsewhere
            if (sentence[c.first()] != s || k == Lexicon.Kind.ATTACK && !c.cue().value().equals("combat") && !armed) {
              continue;
            }
            // the dead or hurt of a paragraph about an attack, where its sentence gives no figure: "Die
            // Toten habe es in den Ortschaften Krasnohoriwka, Marjinka und Soledar gegeben", "civilian
            // casualties in Pivdenne and Druzhkivka"
            if (k == Lexicon.Kind.CASUALTY && (!armed || !(c.cue().value().equals("killed") || c.cue().value().equals("injured")))) {
              continue;
            }
            for (PlaceMention m : mentions) {
              if (m.isRegion() || sentence[m.first()] != s || m.candidates().isEmpty()) {
                continue;
              }
              int d = c.first() > m.last() ? c.first() - m.last() : m.first() - c.last();
              // a means or combat word says more than a bare "attacked"
              d += k == Lexicon.Kind.ATTACK && !c.cue().value().equals("combat") ? 5 : 0;
              if (d < bestDistance) {
                best = m;
                bestDistance = d;
              }
            }
          }
        }
        if (best == null && s > 0 && eventWithPronoun(s, armed)) {
          // "тероризувала Марганецьку громаду. Обстріляла її з важкої артилерії": the place of the sentence before
          for (PlaceMention m : mentions) {
            if (!m.isRegion() && !m.candidates().isEmpty() && sentence[m.first()] == s - 1) {
              best = m;
            }
          }
        }
        if (best != null) {
          out.addAll(listedWith(best));
          // "в Великих Копанях разрушен жилой дом, а в Каховке сгорел объект": a clause with an event word and a
          // settlement of its own is another event place of the sentence
          for (PlaceMention m : OtherClause.places(s, best, mentions, cues, sentence, clause, armed)) {
            if (!out.contains(m)) {
              out.addAll(listedWith(m));
            }
          }
        }
      }
      return out;
    }

    /** Whether sentence {@code s} tells of an attack (a means or combat word) on a place named by a pronoun ({@link PlacePronoun}). */
    private boolean eventWithPronoun(int s, boolean armed) {
      boolean event = false;
      for (Lexicon.Kind k : List.of(Lexicon.Kind.MEANS, Lexicon.Kind.ATTACK)) {
        for (Cue.Match c : cues.get(k)) {
          event |= sentence[c.first()] == s && (k == Lexicon.Kind.MEANS || c.cue().value().equals("combat") || armed);
        }
      }
      if (!event) {
        return false;
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (sentence[i] == s && PlacePronoun.is(tokens.get(i).lower())) {
          return true;
        }
      }
      return false;
    }

    /** The settlement and those listed with it by commas and "and": "in Krasnohorivka, Horlivka and Lobacheve". */
    private List<PlaceMention> listedWith(PlaceMention m) {
      int at = mentions.indexOf(m);
      int first = at;
      while (first > 0 && listed(mentions.get(first - 1), mentions.get(first))) {
        first--;
      }
      int last = at;
      while (last + 1 < mentions.size() && listed(mentions.get(last), mentions.get(last + 1))) {
        last++;
      }
      // a list ends with "and": "Robotyne, Zaporizhia" is a place and its region, not two places
      if (last > first && !listWordBetween(mentions.get(last - 1), mentions.get(last)) && !listWordAfter(mentions.get(last))
          && !CommunityName.pluralAfter(tokens, mentions.get(last).last())) {
        first = at;
        last = at;
      }
      List<PlaceMention> out = new ArrayList<>();
      for (int k = first; k <= last; k++) {
        if (!mentions.get(k).isRegion() && !mentions.get(k).candidates().isEmpty()) {
          out.add(mentions.get(k));
        }
      }
      return out;
    }

    /** Whether the list goes on after the mention with "and" and a name: "Irmino, and Novooleksandrivka". */
    private boolean listWordAfter(PlaceMention m) {
      for (int k = m.last() + 1; k < Math.min(tokens.size(), m.last() + 4); k++) {
        String w = tokens.get(k).lower();
        if (LIST_WORDS.contains(w)) {
          // "... громады и сам Никополь"
          return k + 1 < tokens.size() && tokens.get(k + 1).capitalised()
              || k + 2 < tokens.size() && tokens.get(k + 2).capitalised() && tokens.get(k + 1).word();
        }
        if (!w.equals(",") && !(tokens.get(k).word() && tokens.get(k).capitalised())) {
          return false;
        }
      }
      return false;
    }

    private boolean listWordBetween(PlaceMention a, PlaceMention b) {
      for (int k = a.last() + 1; k < b.first(); k++) {
        String w = tokens.get(k).lower();
        if (LIST_WORDS.contains(w) || w.equals("or") || w.equals("oder") || w.equals("или") || CommunityName.alsoAt(tokens, k)) {
          return true;
        }
      }
      return false;
    }

    private boolean listed(PlaceMention a, PlaceMention b) {
      if (a.isRegion() || b.isRegion() || b.first() <= a.last() || b.first() - a.last() > 8) {
        return false;
      }
      for (int k = a.last() + 1; k < b.first(); k++) {
        String w = tokens.get(k).lower();
        // a name the gazetteer lacks may stand in the list: "Horlivka, Lobacheve, Raivka"
        boolean item = tokens.get(k).word() && tokens.get(k).capitalised();
        // an article before an item: "Nikopol and the Marhanets community", "Nikopol, die Gemeinden Marhanez"
        boolean article = LIST_ARTICLES.contains(w);
        // "Kharkiv city and Ruska Lozova": a head noun after an item
        item |= OblastOfList.isHead(w) && tokens.get(k - 1).capitalised();
        if (!item && !article && !w.equals(",") && !LIST_WORDS.contains(w) && !w.equals("or") && !w.equals("oder") && !w.equals("или")
            && !CommunityName.alsoAt(tokens, k)) {
          return false;
        }
      }
      return true;
    }

    /** A region mention to place a total at when the figures name none: the paragraph's region. */
    private PlaceMention commonRegionMention(Map<Object, List<Figure>> groups) {
      for (PlaceMention m : mentions) {
        if (m.isRegion()) {
          return m;
        }
      }
      return null;
    }

    /**
     * A total that names no minors holds those its parts name: "травмовано чотирьох" over "у Сумській
     * громаді постраждала дитина 13 років та жінка 60 років", the child's mention told again at its
     * settlement.
     */
    private void minorsOfParts(Map<Object, List<Figure>> groups, Map<Object, CasualtyScope> scope, Object totalKey) {
      List<Figure> total = groups.get(totalKey);
      if (total.stream().anyMatch(f -> f.category().equals("minors"))) {
        return;
      }
      int sum = 0;
      Figure first = null;
      List<TextSpan> spans = new ArrayList<>();
      for (Map.Entry<Object, List<Figure>> e : groups.entrySet()) {
        if (scope.get(e.getKey()) != CasualtyScope.PART) {
          continue;
        }
        for (Figure f : e.getValue()) {
          if (f.category().equals("minors") && f.count().min() > 0) {
            sum += f.count().min();
            first = first == null ? f : first;
            spans.addAll(f.spans());
          }
        }
      }
      if (first != null) {
        total.add(new Figure("minors", CasualtyCount.atLeast(sum), first.first(), first.last(), total.get(0).where(), spans));
      }
    }

    /**
     * A total that names no killed (or no injured) holds those its parts name: "mindestens elf Menschen getötet"
     * over a town's "sechs ums Leben gekommen und 27 verletzt" gives the 27 injured too.
     */
    private void othersOfParts(Map<Object, List<Figure>> groups, Map<Object, CasualtyScope> scope, Object totalKey) {
      List<Figure> total = groups.get(totalKey);
      for (String category : List.of("killed", "injured")) {
        if (total.stream().anyMatch(f -> f.category().equals(category))) {
          continue;
        }
        int sum = 0;
        Figure first = null;
        List<TextSpan> spans = new ArrayList<>();
        for (Map.Entry<Object, List<Figure>> e : groups.entrySet()) {
          if (scope.get(e.getKey()) != CasualtyScope.PART) {
            continue;
          }
          // one place's figures of a category are one count (the mention takes the largest), not a sum
          int most = 0;
          for (Figure f : e.getValue()) {
            if (f.category().equals(category) && f.count().min() > most) {
              most = f.count().min();
              first = first == null ? f : first;
              spans.addAll(f.spans());
            }
          }
          sum += most;
        }
        if (first != null) {
          total.add(new Figure(category, CasualtyCount.atLeast(sum), first.first(), first.last(), total.get(0).where(), spans));
        }
      }
    }

    private boolean coversParts(List<Figure> total, Map<Object, List<Figure>> groups, PlaceMention region) {
      boolean anyPart = false;
      // a total says something of every category its parts give: "5 injured" elsewhere is no total of
      // "one woman killed in Yablunivka"
      Set<String> totalCategories = new java.util.TreeSet<>();
      total.forEach(t -> totalCategories.add(t.category()));
      boolean anyShared = false;
      boolean anyDisjoint = false;
      for (Map.Entry<Object, List<Figure>> e : groups.entrySet()) {
        if (e.getKey() instanceof PlaceMention m && !m.isRegion() && (region == null
            || m.candidates().stream().anyMatch(p -> p.region().equals(region.region().get().iso())))) {
          // ... but a part may give more than the total names: "elf Menschen getötet" over "sechs ums Leben gekommen
          // und 27 verletzt" in one town and five dead in another (the total then holds the parts' injured too)
          boolean shared = false;
          boolean other = false;
          for (Figure f : e.getValue()) {
            // minors are among the killed or injured a total gives
            if (f.category().equals("minors") || f.count().equals(CasualtyCount.NONE)) {
              continue;
            }
            shared |= totalCategories.contains(f.category());
            other |= !totalCategories.contains(f.category());
          }
          anyShared |= shared;
          anyDisjoint |= other && !shared;
        }
      }
      // "5 injured" elsewhere is no total of "one woman killed in Yablunivka": a total shares a category
      // with its parts, and a part of only other categories joins a total only beside parts that share one
      if (anyDisjoint && !anyShared) {
        return false;
      }
      for (Figure t : total) {
        long sum = 0;
        boolean parts = false;
        for (Map.Entry<Object, List<Figure>> e : groups.entrySet()) {
          if (!(e.getKey() instanceof PlaceMention m) || m.isRegion()) {
            continue;
          }
          if (region != null && m.candidates().stream().noneMatch(p -> p.region().equals(region.region().get().iso()))) {
            continue;
          }
          for (Figure f : e.getValue()) {
            if (f.category().equals(t.category())) {
              sum += f.count().min();
              parts = true;
            }
          }
        }
        if (parts) {
          if (sum > t.count().min() && t.count().max().isPresent()) {
            return false;
          }
          anyPart = true;
        }
      }
      return anyPart;
    }

    private void eventWithoutFigures(List<IncidentMention> out) {
      List<PlaceMention> each = eventPlaces(Set.of());
      if (!each.isEmpty()) {
        Set<Long> placed = new java.util.TreeSet<>();
        for (PlaceMention m : each) {
          if (placed.add(m.candidates().get(0).geonameId())) {
            out.add(mention(m, List.of(), CasualtyScope.SINGLE, ObservationKindFor.incident(this), Optional.empty(),
                Optional.empty(), m));
          }
        }
        return;
      }
      // an attack with a named means at a place, said in one sentence: "Drohnenangriff auf Odessa".
      // A bare "attack" next to a capital is too often politics ("a renewed attack on Kyiv").
      // A combat verb ("shelled", "bombed", "fired", "explosions were observed") says as much as a means.
      // A settlement before a region: "In Donetsk region ... explosions were observed near Opytne" happened at
      // Opytne; of several settlements, the one nearest an event word ("while in Avdiivka, the SMM heard
      // explosions; explosions were observed near Opytne": Opytne, not where the observers stood).
      PlaceMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (PlaceMention m : mentions) {
        int s = sentence[m.first()];
        for (Lexicon.Kind k : List.of(Lexicon.Kind.MEANS, Lexicon.Kind.ATTACK)) {
          for (Cue.Match c : cues.get(k)) {
            if (sentence[c.first()] != s || k == Lexicon.Kind.ATTACK && !c.cue().value().equals("combat")) {
              continue;
            }
            int d = (c.first() > m.last() ? c.first() - m.last() : m.first() - c.last()) + (m.isRegion() ? 10_000 : 0);
            if (d < bestDistance) {
              best = m;
              bestDistance = d;
            }
          }
        }
      }
      if (best != null) {
        out.add(mention(best, List.of(), CasualtyScope.SINGLE, ObservationKindFor.incident(this), Optional.empty(),
            Optional.empty(), best));
      }
    }

    private void troopClaims(List<Figure> troops, List<IncidentMention> out) {
      Set<String> seen = new LinkedHashSet<>();
      for (Figure f : troops) {
        if (seen.add(f.count().toString())) {
          // where troops were sent is no observation of them: a troop claim has no location
          out.add(mention(null, List.of(f), CasualtyScope.SINGLE, ObservationKind.TROOPS, Optional.of(f.count()),
              Optional.empty(), f));
        }
      }
    }

    private IncidentMention mention(PlaceMention where, List<Figure> figures, CasualtyScope scope, ObservationKind kind,
        Optional<CasualtyCount> troops, Optional<Integer> partOf, Object key) {
      TreeMap<String, List<TextSpan>> spans = new TreeMap<>();
      // nothing said is unknown, not zero; a revised figure ("rose to 21") replaces the earlier ones,
      // whose spans stay as the history
      CasualtyCount killed = CasualtyCount.UNKNOWN;
      CasualtyCount injured = CasualtyCount.UNKNOWN;
      CasualtyCount minors = CasualtyCount.UNKNOWN;
      for (Figure f : figures) {
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
      ClaimedPlace place = ClaimedPlace.UNKNOWN;
      Optional<Place> resolved = Optional.empty();
      if (where != null && kind != ObservationKind.TROOPS) {
        spans.put("place", List.of(span(where.first(), where.last())));
        if (where.isRegion()) {
          Region r = where.region().get();
          place = new ClaimedPlace(r.canonical(), r.iso(), Optional.of(new Coordinate(r.lon(), r.lat())), r.radiusMetres(),
              LocationPrecision.REGION);
        } else {
          resolved = Optional.of(resolvedPlace(where));
          Place pl = resolved.get();
          place = new ClaimedPlace(pl.canonical(), pl.region(), Optional.of(new Coordinate(pl.lon(), pl.lat())),
              pl.extentMetres(), LocationPrecision.SETTLEMENT);
        }
      }
      Optional<String> means = Optional.empty();
      Optional<String> target = Optional.empty();
      Optional<String> party = Optional.empty();
      if (kind != ObservationKind.TROOPS) {
        Cue.Match mm = means();
        if (mm != null) {
          means = Optional.of(mm.cue().value());
          spans.put("means", List.of(span(mm.first(), mm.last())));
        }
        Cue.Match tm = first(Lexicon.Kind.TARGET);
        if (tm != null) {
          target = Optional.of(tm.cue().value());
          spans.put("target", List.of(span(tm.first(), tm.last())));
        }
        Cue.Match pm = blamed();
        if (pm != null) {
          party = Optional.of(pm.cue().value());
          spans.put("attribution", List.of(span(pm.first(), pm.last())));
        }
      }
      List<Hedge> hedges = new ArrayList<>();
      List<TextSpan> hedgeSpans = new ArrayList<>();
      for (Cue.Match h : cues.get(Lexicon.Kind.HEDGE)) {
        Hedge hedge = Hedge.valueOf(h.cue().value());
        if (!hedges.contains(hedge)) {
          hedges.add(hedge);
        }
        hedgeSpans.add(span(h.first(), h.last()));
      }
      if (!hedgeSpans.isEmpty()) {
        spans.put("hedges", hedgeSpans);
      }
      SourceChain source = sourceChain(spans, figures.isEmpty() ? (where == null ? -1 : where.first()) : figures.get(0).first(),
          resolved);
      Optional<EventTime> when = EventTime.resolve(text, tokens, language, report.published(), report.publishedUncertainty());
      if (when.isEmpty()) {
        return null; // its time cannot be known: left out, and said so (Extraction.unresolved)
      }
      EventTime time = when.get();
      if (!time.spans().isEmpty()) {
        spans.put("time", time.spans());
      }
      boolean named = !source.links().isEmpty();
      // without a publication time, the report was published no earlier than the end of its event
      Instant reportedAt = report.published().orElse(time.time().plus(time.uncertainty()));
      Claim claim = new Claim(source, reportedAt, time.time(), time.uncertainty(), kind, means, target,
          new Casualties(killed, injured, minors), scope, place, party, Hedge.credibility(hedges, named), hedges,
          TextSpan.of(text, bounds[0], bounds[1]), spans);
      return new IncidentMention(claim, resolved, troops, partOf);
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
      return first(Lexicon.Kind.SOURCE);
    }

    private SourceChain sourceChain(Map<String, List<TextSpan>> spans, int anchor, Optional<Place> place) {
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
        sourceSpans.add(span(from, s.last()));
      }
      for (Cue.Match c : cues.get(Lexicon.Kind.CHANNEL)) {
        if (!links.contains(c.cue().value())) {
          links.add(c.cue().value());
          sourceSpans.add(span(c.first(), c.last()));
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
    private Cue.Match means() {
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
    private Cue.Match blamed() {
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

    private Cue.Match first(Lexicon.Kind k) {
      List<Cue.Match> l = cues.get(k);
      return l.isEmpty() ? null : l.get(0);
    }

    private Cue.Match startingAt(Lexicon.Kind k, int i) {
      for (Cue.Match m : cues.get(k)) {
        if (m.first() == i) {
          return m;
        }
      }
      return null;
    }

    private Cue.Match endingAt(Lexicon.Kind k, int i) {
      for (Cue.Match m : cues.get(k)) {
        if (m.last() == i) {
          return m;
        }
      }
      return null;
    }

    private Cue.Match forward(Lexicon.Kind k, int from, int within) {
      for (Cue.Match m : cues.get(k)) {
        if (m.first() > from && m.first() - from <= within && clause[m.first()] == clause[from]) {
          return m;
        }
      }
      return null;
    }

    private TextSpan span(int first, int last) {
      return TextSpan.of(text, tokens.get(first).start(), tokens.get(last).end());
    }
  }

  /** The kind of incident a paragraph's means and target make. */
  private static final class ObservationKindFor {
    static ObservationKind incident(Paragraph p) {
      Cue.Match m = p.means();
      Cue.Match t = p.first(Lexicon.Kind.TARGET);
      if (t != null && t.cue().value().equals("port-or-vessel")) {
        return ObservationKind.ATTACK_ON_VESSEL;
      }
      if (m != null && (m.cue().value().equals("artillery") || m.cue().value().equals("rocket-launcher"))) {
        return ObservationKind.SHELLING;
      }
      return ObservationKind.STRIKE;
    }
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
        out.add(new IncidentMention(m.claim(), m.place(), m.troops(), partOf));
      }
    }
    return out;
  }

  /** Paragraphs as [start, end) offsets, trimmed: text between blank lines. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n[ \\t\\r]*\\n").matcher(text);
    int from = 0;
    while (true) {
      boolean found = m.find();
      int to = found ? m.start() : text.length();
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new int[] {s, e});
      }
      if (!found) {
        break;
      }
      from = m.end();
    }
    return out;
  }

  /** A headline: one short line with no full stop at its end. */
  static boolean headline(String text, int[] p) {
    String s = text.substring(p[0], p[1]);
    char last = s.charAt(s.length() - 1);
    return s.indexOf('\n') < 0 && ".!?\"»“”".indexOf(last) < 0 && s.split("\\s+").length <= 12;
  }
}
