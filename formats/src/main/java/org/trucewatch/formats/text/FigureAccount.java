package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Place;

/**
 * The account of a text's figures, kept in text order across its paragraphs (the rules within one
 * paragraph are {@link IncidentAssembly}'s). It holds every figure told, with its kind, count and
 * place: a later one that says the same is told again, not counted twice. And it holds the mentions
 * that may be totals of later ones, each with what is left of it: reports give victims as a sum first
 * and place by place after ("killed three civilians in the Kherson region ... two bodies near
 * Beryslav ... one person south of Kherson"), go on about the people they counted without naming the
 * place again ("поранення отримали троє ... Двох поранених доставили до лікарні": a part), and retell
 * the story whole at the end ("Casualties: 5 wounded" after one in Bogatyr and four in
 * Petropavlivka, an update, the quote of the lead: their total). A new incident names its own place
 * or says it is another. A revised figure ("зросла до шести") replaces the one it revises, which goes
 * to its history.
 */
final class FigureAccount {
  /** The figures the earlier paragraphs told, in text order. */
  private final List<Told> told = new ArrayList<>();

  /** The earlier mentions that may be totals, in text order; each keeps what is left of it. */
  private final List<OuterTotal> totals = new ArrayList<>();

  /**
   * A figure an earlier paragraph gave: its category, count and place (a settlement's GeoNames id,
   * a region's code, or null when it has none).
   */
  record Told(String category, CasualtyCount count, Object place, String region) {
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

  /** Records a figure told at its place. */
  void tell(String category, CasualtyCount count, PlaceMention where) {
    told.add(new Told(category, count, placeOf(where), regionOf(where)));
  }

  /** Whether an earlier paragraph told this figure at this place (see {@link Told#repeatedBy}). */
  boolean retells(String category, CasualtyCount count, PlaceMention where) {
    Object place = placeOf(where);
    String region = regionOf(where);
    return told.stream().anyMatch(t -> t.repeatedBy(category, count, place, region));
  }

  /** Whether an earlier paragraph told a figure of this kind of at least this many. */
  boolean toldAtLeast(String category, int min) {
    return told.stream().anyMatch(t -> t.category().equals(category) && t.count().min() >= min);
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

  /**
   * An earlier paragraph's mention whose figures later paragraphs may detail, place by place: a
   * region's or the text's ("Russian shelling killed three civilians in the Kherson region"), or a
   * settlement's ("four injured in Kherson", then each of the four).
   */
  private static final class OuterTotal {
    final int index;
    final String region;
    final Long settlement;
    // the other settlements the total's sentence names and no mention of its own took: "У Дружківці та
    // Костянтинівці ... загинули двоє людей, ще семеро були поранені", then six hurt in Druzhkivka
    final List<Long> alsoAt;
    int killed;
    int injured;
    // a kind the total does not state is open: "mindestens fünf Menschen getötet" in the region, then "zwei Tote
    // und neun Verletzte" in one village (its parts' figures of it add up on the total)
    final boolean killedOpen;
    final boolean injuredOpen;

    // the figures as told, before any part took its share
    final int toldKilled;
    final int toldInjured;

    OuterTotal(int index, String region, Long settlement, List<Long> alsoAt, Casualties c) {
      this.index = index;
      this.alsoAt = alsoAt;
      this.region = region;
      this.settlement = settlement;
      this.killed = c.killed().min();
      this.injured = c.injured().min();
      this.toldKilled = killed;
      this.toldInjured = injured;
      this.killedOpen = c.killed().isUnknown();
      this.injuredOpen = c.injured().isUnknown();
    }

    /**
     * Whether the mention names only the region its settlement total lies in: "погиб один местный житель" in
     * Chuhuiv, then the regional police's "его жена была ранена" placed at the Kharkiv region, are one strike's.
     */
    private boolean inRegion(IncidentMention m, List<Long> named) {
      // "Im anderen Vorort ... Antoniwka": a paragraph naming another settlement tells its own strike
      return m.claim().place().precision() == LocationPrecision.REGION && region != null
          && region.equals(m.claim().place().admin1()) && named.stream().allMatch(settlement::equals);
    }

    /**
     * Whether the mention tells this settlement's total again whole, before any part took a share:
     * "One person was killed and seven injured ... in Borova", then the governor's quote "the shelling of
     * Borova ... one dead and seven injured". It is the same people, and what a later paragraph gives of
     * them ("the 73-year-old victim has injuries") is still a part of the total.
     */
    boolean retold(IncidentMention m) {
      Casualties c = m.claim().casualties();
      return settlement != null && m.place().isPresent() && m.place().get().geonameId() == settlement
          && killed == toldKilled && injured == toldInjured
          && c.killed().min() == toldKilled && c.injured().min() == toldInjured;
    }

    /** Whether the figures fit what is left of this total, at a place inside it. */
    boolean holds(IncidentMention m, List<Long> named) {
      Optional<Place> p = m.place();
      if (settlement != null && (p.isEmpty() ? !unplaced(m) && !inRegion(m, named)
              : p.get().geonameId() != settlement && !alsoAt.contains(p.get().geonameId()))
          || region != null && p.isPresent() && !p.get().region().equals(region)
          // "in der Region Charkiw ... zwei Menschen getötet" is no part of the Donetsk region's five
          || region != null && p.isEmpty() && m.claim().place().precision() == LocationPrecision.REGION
              && !m.claim().place().admin1().equals(region)) {
        return false;
      }
      int k = m.claim().casualties().killed().min();
      int i = m.claim().casualties().injured().min();
      // ... but a part shares a stated kind with its total: "5 injured" is no total of "one woman killed"
      return (!killedOpen && k > 0 || !injuredOpen && i > 0) && (killedOpen || k <= killed) && (injuredOpen || i <= injured);
    }
  }

  /**
   * Makes the new mentions (from {@code from} on) parts of an earlier paragraph's total when
   * their figures fit in what is left of it, and records the new mentions that may be totals.
   * Victims are often given as a sum first and place by place after: "killed three civilians in
   * the Kherson region ... two bodies near Beryslav ... one person south of Kherson".
   */
  void detailedBy(List<IncidentMention> out, int from, Paragraph paragraph) {
    // "Casualties: 5 wounded" after one in Bogatyr and four in Petropavlivka: the story's count told as a whole
    summarise(out, from, paragraph);
    List<Long> named = out.subList(from, out.size()).stream()
        .filter(m -> m != null && m.place().isPresent()).map(m -> m.place().get().geonameId()).toList();
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() != CasualtyScope.SINGLE) {
        continue;
      }
      for (int t = totals.size() - 1; t >= 0; t--) {
        OuterTotal total = totals.get(t);
        if (!total.holds(m, named)) {
          continue;
        }
        if (!total.retold(m)) {
          total.killed -= m.claim().casualties().killed().min();
          total.injured -= m.claim().casualties().injured().min();
        }
        out.set(i, m.with(m.claim().withScope(CasualtyScope.PART), Optional.of(total.index)));
        IncidentMention whole = out.get(total.index);
        if (whole.claim().scope() == CasualtyScope.SINGLE) {
          out.set(total.index, whole.with(whole.claim().withScope(CasualtyScope.TOTAL), whole.partOf()));
        }
        out.set(total.index, minorsOfParts(out.get(total.index), List.of(m)));
        out.set(total.index, openOfPart(out.get(total.index), m, total));
        break;
      }
    }
    // a paragraph whose figures two mentions share out ("Двоє мирних жителів Донецької області – з села Вірівка
    // ... та з міста Костянтинівка") has placed them already
    boolean alone = out.subList(from, out.size()).stream().filter(m -> m != null && hasFigures(m)).count() == 1;
    List<Long> withFigures = out.subList(from, out.size()).stream()
        .filter(m -> m != null && hasFigures(m) && m.place().isPresent()).map(m -> m.place().get().geonameId()).toList();
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() == CasualtyScope.PART) {
        continue;
      }
      int k = m.claim().casualties().killed().min();
      int j = m.claim().casualties().injured().min();
      // a figure of no known place is no total of others: it may be an incident of its own
      if (k + j == 0 || m.claim().place().precision() == LocationPrecision.UNKNOWN && !lead(out, i)) {
        continue;
      }
      String region = m.claim().place().admin1().isEmpty() ? null : m.claim().place().admin1();
      Long settlement = m.place().map(Place::geonameId).orElse(null);
      totals.add(new OuterTotal(i, region, settlement,
          settlement == null || !alone ? List.of() : alsoNamed(paragraph, m, named, withFigures), m.claim().casualties()));
    }
  }

  /**
   * Makes each new mention (from {@code from} on) that names no place, gives killed or injured, and
   * holds every killed and injured figure of the earlier mentions that are not parts, their total.
   */
  private static void summarise(List<IncidentMention> out, int from, Paragraph paragraph) {
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() == CasualtyScope.PART
          || !unplaced(m) && !placedTotal(out, from, i, paragraph)) {
        continue;
      }
      Casualties c = m.claim().casualties();
      // a total of its own paragraph's parts holds them too: "ещё три человека получили ранения ... Общее количество
      // раненых за сегодня — девять" after six injured in the paragraph before
      int killed = 0;
      int injured = 0;
      for (int k = from; k < out.size(); k++) {
        IncidentMention p = out.get(k);
        if (p != null && p.partOf().isPresent() && p.partOf().get() == i) {
          killed += p.claim().casualties().killed().min();
          injured += p.claim().casualties().injured().min();
        }
      }
      int ownKilled = killed;
      int ownInjured = injured;
      boolean any = false;
      for (int k = 0; k < from; k++) {
        IncidentMention e = out.get(k);
        if (e == null || e.troops().isPresent() || e.claim().scope() == CasualtyScope.PART) {
          continue;
        }
        killed += e.claim().casualties().killed().min();
        injured += e.claim().casualties().injured().min();
        any |= e.claim().casualties().killed().min() + e.claim().casualties().injured().min() > 0;
      }
      if (!any || !holds(c.killed().min(), killed) || !holds(c.injured().min(), injured)
          // ... and the earlier ones only when they add to its parts: "загалом" after parts of its own may be theirs alone
          || (ownKilled + ownInjured > 0 && c.killed().min() + c.injured().min() != killed + injured)) {
        continue;
      }
      out.set(i, m.with(m.claim().withScope(CasualtyScope.TOTAL), m.partOf()));
      List<IncidentMention> parts = new ArrayList<>();
      for (int k = 0; k < from; k++) {
        IncidentMention e = out.get(k);
        if (e == null || e.troops().isPresent() || e.claim().scope() == CasualtyScope.PART) {
          continue;
        }
        out.set(k, e.with(e.claim().withScope(CasualtyScope.PART), Optional.of(i)));
        parts.add(e);
      }
      out.set(i, minorsOfParts(out.get(i), parts));
      return;
    }
  }

  /**
   * Whether the new mention at {@code i} is a settlement's figure the text calls a total ("Всего во время обстрела
   * Орехово погибли пятеро", "In total, five people died in Orikhiv") and every earlier mention with figures, not
   * a part, stands at that settlement, its region or nowhere: the total of the story told so far, not another strike.
   */
  private static boolean placedTotal(List<IncidentMention> out, int from, int i, Paragraph paragraph) {
    IncidentMention m = out.get(i);
    if (m.place().isEmpty() || !Totals.calledTotal(paragraph, spanStarts(m))) {
      return false;
    }
    Place at = m.place().get();
    for (int k = 0; k < from; k++) {
      IncidentMention e = out.get(k);
      if (e == null || e.troops().isPresent() || e.claim().scope() == CasualtyScope.PART || !hasFigures(e) || unplaced(e)) {
        continue;
      }
      boolean same = e.place().isPresent() ? e.place().get().geonameId() == at.geonameId()
          : e.claim().place().precision() == LocationPrecision.REGION && e.claim().place().admin1().equals(at.region());
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** Where the mention's killed and injured figures start in the text. */
  private static List<Integer> spanStarts(IncidentMention m) {
    List<Integer> starts = new ArrayList<>();
    for (String kind : List.of("casualties.killed", "casualties.injured")) {
      m.claim().spans().getOrDefault(kind, List.of()).forEach(s -> starts.add(s.start()));
    }
    return starts;
  }

  /** Whether a later count holds the earlier ones of its kind: none told before, or at least their sum when it gives one. */
  private static boolean holds(int later, int earlier) {
    return earlier == 0 || later >= earlier;
  }

  /** The total with the figures its new part gives of the kinds the total left open, added to those of its other parts. */
  private static IncidentMention openOfPart(IncidentMention whole, IncidentMention part, OuterTotal total) {
    Casualties w = whole.claim().casualties();
    Casualties p = part.claim().casualties();
    boolean killed = total.killedOpen && p.killed().min() > 0;
    boolean injured = total.injuredOpen && p.injured().min() > 0;
    if (!killed && !injured) {
      return whole;
    }
    Map<String, List<TextSpan>> spans = new TreeMap<>(whole.claim().spans());
    for (String kind : killed && injured ? List.of("killed", "injured") : List.of(killed ? "killed" : "injured")) {
      List<TextSpan> of = new ArrayList<>(spans.getOrDefault("casualties." + kind, List.of()));
      of.addAll(part.claim().spans().getOrDefault("casualties." + kind, List.of()));
      spans.put("casualties." + kind, List.copyOf(of));
    }
    Casualties sum = new Casualties(killed ? CasualtyCount.atLeast(w.killed().min() + p.killed().min()) : w.killed(),
        injured ? CasualtyCount.atLeast(w.injured().min() + p.injured().min()) : w.injured(), w.minors());
    return whole.with(whole.claim().withCasualties(sum, spans), whole.partOf());
  }

  /**
   * The settlements other than the mention's own that the sentence of its first figure names, when no
   * mention of the paragraph stands at any of them: the places of one count told for two towns. When
   * that sentence names no settlement, the count is of the attack the sentence before it told ("Russian
   * forces shelled Myrnohrad and Illinivka in the Donetsk region. As a result of the attacks, one person was
   * killed and eight others were wounded."): its settlements, when no mention of the paragraph gives figures at
   * any of them.
   */
  private static List<Long> alsoNamed(Paragraph paragraph, IncidentMention m, List<Long> named, List<Long> withFigures) {
    int start = m.claim().spans().entrySet().stream().filter(e -> e.getKey().startsWith("casualties."))
        .flatMap(e -> e.getValue().stream()).mapToInt(TextSpan::start).min().orElse(-1);
    int token = start < 0 ? -1 : paragraph.tokenAt(start);
    if (token < 0) {
      return List.of();
    }
    int of = paragraph.sentence[token];
    if (paragraph.mentions.stream().noneMatch(pm -> settlementIn(paragraph, pm, of))) {
      int before = paragraph.mentions.stream().filter(pm -> settlementIn(paragraph, pm, paragraph.sentence[pm.first()])
          && paragraph.sentence[pm.first()] < of).mapToInt(pm -> paragraph.sentence[pm.first()]).max().orElse(-1);
      long own = m.place().get().geonameId();
      // ... the sentence that names the count's own place
      if (before < 0 || paragraph.mentions.stream().noneMatch(pm -> settlementIn(paragraph, pm, before)
          && paragraph.namesakes.resolvedPlace(pm).geonameId() == own)) {
        return List.of();
      }
      return others(paragraph, m, withFigures, before);
    }
    return others(paragraph, m, named, of);
  }

  /** Whether the place mention is a settlement's, in the sentence numbered {@code sentence}. */
  private static boolean settlementIn(Paragraph paragraph, PlaceMention pm, int sentence) {
    return !pm.isRegion() && !pm.candidates().isEmpty() && paragraph.sentence[pm.first()] == sentence;
  }

  /**
   * The settlements other than the mention's own that the sentence numbered {@code sentence} names, or none when a
   * mention of the paragraph ({@code named}) stands at one of them.
   */
  private static List<Long> others(Paragraph paragraph, IncidentMention m, List<Long> named, int sentence) {
    List<Long> also = new ArrayList<>();
    for (PlaceMention pm : paragraph.mentions) {
      if (!settlementIn(paragraph, pm, sentence)) {
        continue;
      }
      long id = paragraph.namesakes.resolvedPlace(pm).geonameId();
      if (named.contains(id) && id != m.place().get().geonameId()) {
        return List.of(); // another mention of the paragraph stands there: its own figures, not a share of this count
      }
      if (id != m.place().get().geonameId() && !also.contains(id)) {
        also.add(id);
      }
    }
    return List.copyOf(also);
  }

  /** Whether the mention names no place, not even a region. */
  static boolean unplaced(IncidentMention m) {
    return m.place().isEmpty() && m.claim().place().precision() == LocationPrecision.UNKNOWN;
  }

  /**
   * The total with the minors its parts count, added up, when the total says nothing of minors: "Під удар потрапив
   * 16-річний підліток" and "ще двох постраждалих підлітків" before "Загалом у Херсоні постраждали 14 людей" are three
   * children among the fourteen (each part is other people, as a paragraph's parts are {@link IncidentAssembly}'s);
   * "fünf Menschen verletzt ... [paragraph] Unter den Verletzten seien zwei Kinder" keeps the two children once the
   * second paragraph's figures are a part of the five.
   */
  static IncidentMention minorsOfParts(IncidentMention whole, List<IncidentMention> parts) {
    Casualties w = whole.claim().casualties();
    List<IncidentMention> counted = parts.stream().filter(p -> !p.claim().casualties().minors().isUnknown()).toList();
    if (!w.minors().isUnknown() || counted.isEmpty()) {
      return whole;
    }
    int sum = counted.stream().mapToInt(p -> p.claim().casualties().minors().min()).sum();
    Claim c = whole.claim();
    Map<String, List<TextSpan>> spans = new TreeMap<>(c.spans());
    List<TextSpan> minors = new ArrayList<>(spans.getOrDefault("casualties.minors", List.of()));
    counted.forEach(p -> minors.addAll(p.claim().spans().getOrDefault("casualties.minors", List.of())));
    spans.put("casualties.minors", List.copyOf(minors));
    CasualtyCount count = counted.size() == 1 ? counted.get(0).claim().casualties().minors() : CasualtyCount.atLeast(sum);
    return whole.with(c.withCasualties(new Casualties(w.killed(), w.injured(), count), spans), whole.partOf());
  }

  /**
   * Whether the mention at {@code i} is the text's lead: its first mention with figures, naming no
   * place, whose figures later paragraphs may give place by place ("Bei russischen Angriffen in der
   * Nacht sind in der Ukraine zwei Menschen getötet worden." then one in the Zaporizhzhia region, one
   * in Bila Tserkva), or in part ("ten injured and one fatality" ... "two children were
   * hospitalized"). Mentions before it without figures (the attack told first, the figures in a later
   * paragraph) do not make it less the lead.
   */
  static boolean lead(List<IncidentMention> out, int i) {
    if (out.get(i) == null || !unplaced(out.get(i))) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      if (out.get(k) == null || hasFigures(out.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the mention gives any figure, killed, injured or minors. */
  static boolean hasFigures(IncidentMention m) {
    Casualties c = m.claim().casualties();
    return !c.killed().isUnknown() || !c.injured().isUnknown() || !c.minors().isUnknown();
  }

  // ---- updates: a revised figure in a later paragraph ("кількість поранених зросла до 12", "the toll rose to
  // nine") replaces its category's figure in the latest earlier mention at its place (or at none): the text tells
  // the same people's count anew, not more people; the earlier count and its spans go to the revised figure's
  // history (formerly LaterRevision)

  /**
   * Clears the category of each revised figure from the latest mention before {@code from} whose
   * place the figure's place agrees with, when that mention gives the category.
   */
  static List<Integer> revise(List<Figure> figures, List<IncidentMention> out, int from) {
    List<Integer> revised = new ArrayList<>();
    for (int n = 0; n < figures.size(); n++) {
      Figure f = figures.get(n);
      // a revision of a figure of its own paragraph is the mention builder's ("fünf Verletzte ... stieg auf sieben")
      if (!f.revision() || figures.stream().anyMatch(g -> g.category().equals(f.category()) && g.first() < f.first())) {
        continue;
      }
      for (int i = from - 1; i >= 0; i--) {
        IncidentMention m = out.get(i);
        // a zero is no figure a rise revises: "there, no one was hurt" at the second strike
        CasualtyCount before = m == null ? CasualtyCount.UNKNOWN : countOf(m.claim().casualties(), f.category());
        if (m == null || m.troops().isPresent() || before.isUnknown() || before.equals(CasualtyCount.NONE)) {
          continue;
        }
        if (samePlace(m, f.where())) {
          // the earlier count, with what was revised before it, goes on as the revised figure's history
          List<IncidentMention.Revision> history = new ArrayList<>();
          m.history().stream().filter(r -> r.category().equals(f.category())).forEach(history::add);
          history.add(new IncidentMention.Revision(f.category(), before,
              m.claim().spans().getOrDefault("casualties." + f.category(), List.of())));
          figures.set(n, f.revising(history));
          List<IncidentMention.Revision> kept = m.history().stream().filter(r -> !r.category().equals(f.category())).toList();
          out.set(i, new IncidentMention(without(m.claim(), f.category()), m.place(), m.troops(), m.partOf(), kept));
          revised.add(i);
        }
        break; // only the latest mention that gives the category: an older one is another incident's
      }
    }
    return revised;
  }

  /**
   * Puts the paragraph's one mention with figures back into the earlier mention it revised, when it names
   * no place and every figure it gives revised that mention: "Згодом кількість поранених зросла до шести"
   * updates the strike told before, with its place and time, and is no incident of its own.
   */
  static void foldUpdate(List<IncidentMention> out, int from, List<Integer> revised) {
    if (revised.isEmpty() || revised.stream().distinct().count() != 1) {
      return;
    }
    int target = revised.get(0);
    int at = -1;
    for (int k = from; k < out.size(); k++) {
      IncidentMention m = out.get(k);
      if (m == null || m.partOf().isPresent() && m.partOf().get() >= from) {
        return; // a total of the paragraph's own, or a time unknown: left as it is
      }
      if (hasFigures(m)) {
        if (at >= 0) {
          return;
        }
        at = k;
      }
    }
    if (at < 0 || !unplaced(out.get(at)) || out.get(at).troops().isPresent()) {
      return;
    }
    IncidentMention update = out.get(at);
    IncidentMention earlier = out.get(target);
    Casualties u = update.claim().casualties();
    for (String category : List.of("killed", "injured", "minors")) {
      boolean given = !countOf(u, category).isUnknown();
      if (given && update.history().stream().noneMatch(r -> r.category().equals(category))) {
        return; // a figure that revises nothing is news of its own
      }
    }
    Casualties e = earlier.claim().casualties();
    Casualties merged = new Casualties(u.killed().isUnknown() ? e.killed() : u.killed(),
        u.injured().isUnknown() ? e.injured() : u.injured(), u.minors().isUnknown() ? e.minors() : u.minors());
    TreeMap<String, List<TextSpan>> spans = new TreeMap<>(earlier.claim().spans());
    update.claim().spans().forEach((key, list) -> {
      if (key.startsWith("casualties.")) {
        List<TextSpan> all = new ArrayList<>(spans.getOrDefault(key, List.of()));
        all.addAll(list);
        spans.put(key, List.copyOf(all));
      }
    });
    List<IncidentMention.Revision> history = new ArrayList<>(earlier.history());
    history.addAll(update.history());
    out.set(target, new IncidentMention(earlier.claim().withCasualties(merged, spans), earlier.place(), earlier.troops(),
        earlier.partOf(), history));
    out.remove(at);
  }

  /** Whether the mention's place and the figure's agree: either names none, one settlement, or the region of the other. */
  static boolean samePlace(IncidentMention m, PlaceMention where) {
    if (where == null || unplaced(m)) {
      return true;
    }
    if (m.place().isPresent() && !where.isRegion()) {
      Object id = placeOf(where);
      return id != null && id.equals(m.place().get().geonameId());
    }
    String region = regionOf(where);
    return (m.claim().place().precision() == LocationPrecision.REGION || where.isRegion())
        && region != null && region.equals(m.claim().place().admin1());
  }

  /** The figure of a category (killed, injured, minors) among the casualties. */
  static CasualtyCount countOf(Casualties c, String category) {
    return switch (category) {
      case "killed" -> c.killed();
      case "injured" -> c.injured();
      default -> c.minors();
    };
  }

  private static Claim without(Claim c, String category) {
    Casualties k = c.casualties();
    Casualties cleared = new Casualties(category.equals("killed") ? CasualtyCount.UNKNOWN : k.killed(),
        category.equals("injured") ? CasualtyCount.UNKNOWN : k.injured(), category.equals("minors") ? CasualtyCount.UNKNOWN : k.minors());
    return c.withCasualties(cleared);
  }
}
