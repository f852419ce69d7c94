package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Assembles a paragraph's figures into incident mentions: one per place, a region's figure that
 * covers its places' as their total, the places listed with a figure's as the same incident, and
 * an incident at its places when the paragraph tells of an attack without figures.
 */
final class IncidentAssembly {
  /** Articles that may open an item of a list of places: "Nikopol and the Marhanets community". */
  private static final Set<String> LIST_ARTICLES = Set.of("the", "die", "der", "den", "dem", "das", "des");

  private final Paragraph paragraph;

  /** The assembly of this paragraph's incidents. */
  IncidentAssembly(Paragraph paragraph) {
    this.paragraph = paragraph;
  }

  /** Adds the incidents of the figures (grouped by place; totals and parts linked) to {@code out}. */
  void incidents(List<Figure> said, List<IncidentMention> out) {
    // "14 hurt: five killed and nine injured": the killed and the injured are the figures, not their sum
    List<Figure> figures = HurtOfBoth.parted(paragraph, said);
    int from = out.size();
    List<Integer> revised = FigureAccount.revise(figures, out, out.size());
    List<Figure> unplaced = new ArrayList<>();
    LinkedHashMap<Object, List<Figure>> groups = byPlace(figures, unplaced);
    laterCountsAtOnePlace(groups);
    if (groups.isEmpty() && unplaced.isEmpty()) {
      eventWithoutFigures(out);
      return;
    }
    Map<Object, CasualtyScope> scope = new LinkedHashMap<>();
    groups.keySet().forEach(k -> scope.put(k, CasualtyScope.SINGLE));
    Object totalKey = regionTotal(groups);
    setApartOthers(unplaced, figures, groups, scope);
    if (totalKey == null && !unplaced.isEmpty() && coversParts(unplaced, groups, null)) {
      totalKey = "total";
      groups.put(totalKey, new ArrayList<>(unplaced));
      scope.put(totalKey, CasualtyScope.TOTAL);
      unplaced.clear();
    }
    if (totalKey != null) {
      linkParts(groups, scope, totalKey);
    }
    joinUnplaced(unplaced, groups, scope, totalKey);
    List<Object> keys = write(groups, scope, totalKey, out);
    // the sentences without figures that tell of an attack on another settlement: "Окрім самого
    // Нікополя, росіяни били й по Марганецькій громаді"
    Set<Integer> withFigures = new java.util.TreeSet<>();
    figures.forEach(f -> withFigures.add(paragraph.sentence[f.first()]));
    Set<Long> placed = new java.util.TreeSet<>();
    for (Object k : groups.keySet()) {
      if (k instanceof PlaceMention m && !m.candidates().isEmpty()) {
        placed.add(m.candidates().get(0).geonameId());
      }
    }
    figures.stream().filter(f -> f.where() != null && !f.where().isRegion() && !f.where().candidates().isEmpty())
        .forEach(f -> placed.add(f.where().candidates().get(0).geonameId()));
    // ... and so are the settlements listed with a figure's given place that its sentence does not say
    List<Object> listed = new ArrayList<>(keys);
    figures.stream().map(Figure::where).filter(w -> w != null && !listed.contains(w)).forEach(listed::add);
    listedPlaces(listed, placed, out);
    for (PlaceMention m : eventPlaces(withFigures)) {
      if (placed.add(m.candidates().get(0).geonameId())) {
        out.add(placeOnly(m));
      }
    }
    // a figure whose sentence does not say its settlement leaves that settlement a place of the paragraph's event
    placesOnly(figures.stream().map(Figure::where).filter(w -> w != null && !w.isRegion()).toList(), from, out);
    FigureAccount.foldUpdate(out, from, revised);
  }

  /** The figures grouped by place, in order of first mention; those at no place go to {@code unplaced}. */
  private LinkedHashMap<Object, List<Figure>> byPlace(List<Figure> figures, List<Figure> unplaced) {
    LinkedHashMap<Object, List<Figure>> groups = new LinkedHashMap<>();
    for (Figure f : figures) {
      if (SaidPlace.placing(paragraph, f, figures) == null) {
        unplaced.add(f);
      } else {
        groups.computeIfAbsent(f.where(), k -> new ArrayList<>()).add(f);
      }
    }
    return groups;
  }

  /**
   * Folds into the first group at a settlement each later group at the same settlement whose figures
   * hold, kind by kind, all told there before ("three children were injured" in Poltava, then "22 people
   * sought medical help" there; "погиб один житель", "двое пострадавших", then "погибли 4 человека, еще 6
   * получили ранения" in Kherson): a later count of one place counts the same people again, updated. A
   * word of more or another attack keeps it apart, as does an earlier group whose figures go on after the later count
   * (a woman killed, two men killed in a truck, one more hurt: strikes told one after another) or share its sentence. A
   * smaller later count of more than one person tells some of them again ("14 injured" ... "Nine people remain
   * hospitalized"): the larger figure stands; a smaller count of one may be another person.
   */
  private void laterCountsAtOnePlace(LinkedHashMap<Object, List<Figure>> groups) {
    List<Object> keys = new ArrayList<>(groups.keySet());
    for (int j = 1; j < keys.size(); j++) {
      if (!(keys.get(j) instanceof PlaceMention later) || later.isRegion() || later.candidates().isEmpty()) {
        continue;
      }
      List<Figure> laterFigures = groups.get(later);
      if (laterFigures.stream().anyMatch(this::saysOthers)) {
        continue;
      }
      long id = paragraph.namesakes.resolvedPlace(later).geonameId();
      int laterFirst = laterFigures.stream().mapToInt(Figure::first).min().orElse(0);
      List<Object> same = new ArrayList<>();
      int killed = 0;
      int injured = 0;
      int minors = 0;
      for (int i = 0; i < j; i++) {
        if (keys.get(i) instanceof PlaceMention m && groups.containsKey(m) && !m.isRegion() && !m.candidates().isEmpty()
            && paragraph.namesakes.resolvedPlace(m).geonameId() == id) {
          // told before it, every figure: a group whose figures go on after the later count's is of another strike;
          // one sentence tells each of its people once ("загинув чоловік, постраждали чоловіки 29, 41 років і жінки ...")
          // ... and so is a group said to be more ("fünf weitere Todesopfer", then "neun verletzt" of that attack)
          if (groups.get(m).stream().anyMatch(f -> f.first() > laterFirst
              || paragraph.sentence[f.first()] == paragraph.sentence[laterFirst] || saysOthers(f))) {
            same.clear();
            break;
          }
          same.add(m);
          killed += largest(groups.get(m), "killed");
          injured += largest(groups.get(m), "injured");
          minors += largest(groups.get(m), "minors");
        }
      }
      int laterKilled = largest(laterFigures, "killed");
      int laterInjured = largest(laterFigures, "injured");
      boolean shared = killed > 0 && laterKilled > 0 || injured > 0 && laterInjured > 0;
      // ... or, smaller, it counts again some of them, by more than one person ("14 injured" ... "Nine people remain
      // hospitalized"; "поранені четверо" ... "Поранення дістали дві жінки і два чоловіка"): a later count of one
      // may be another person ("killing a woman and injuring another" ... "injuring a man")
      boolean covers = laterKilled >= killed && laterInjured >= injured;
      boolean restated = laterFigures.stream().filter(f -> !f.category().equals("minors")).allMatch(f -> f.count().min() > 1);
      // ... and children told one by one after their count there ("three people were injured, including two
      // children" ... "a 7-year-old boy ... has been hospitalized") are some of those children
      boolean childrenAgain = laterKilled == 0 && laterInjured == 0 && largest(laterFigures, "minors") > 0
          && largest(laterFigures, "minors") <= minors;
      if (same.isEmpty() || !(shared && (covers || restated) || childrenAgain)) {
        continue;
      }
      for (Object m : same.subList(1, same.size())) {
        groups.get(same.get(0)).addAll(groups.remove(m));
      }
      groups.get(same.get(0)).addAll(groups.remove(later));
    }
  }

  /** Whether a word at the figure says its people are others than those told before: "also", "another", "еще три", "weitere". */
  private boolean saysOthers(Figure f) {
    if (paragraph.reader.additional(f) || paragraph.reader.anotherAttack(f)) {
      return true;
    }
    int s = paragraph.sentence[f.first()];
    if (paragraph.cues.get(Lexicon.Kind.MORE).stream().noneMatch(c -> paragraph.sentence[c.first()] == s
        && c.first() >= f.first() - 2 && c.first() <= f.last() + 2)) {
      return false;
    }
    // "погибли 4 человека, еще 6 получили ранения": after a word of the other kind in its sentence, a word of more
    // only joins the two kinds
    Cue.Match last = null;
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.CASUALTY)) {
      if (m.last() < f.first() && paragraph.sentence[m.first()] == s && Cue.Match.killedOrInjured(m) != null
          && (last == null || m.last() > last.last())) {
        last = m;
      }
    }
    return last == null || last.cue().value().equals(f.category());
  }

  /** The largest least count of the figures of a kind: what a group's mention counts of it. */
  private static int largest(List<Figure> figures, String category) {
    return figures.stream().filter(f -> f.category().equals(category)).mapToInt(f -> f.count().min()).max().orElse(0);
  }

  /** The first region whose figures cover its places' figures: their total, or null. */
  private Object regionTotal(Map<Object, List<Figure>> groups) {
    for (Map.Entry<Object, List<Figure>> e : groups.entrySet()) {
      PlaceMention m = (PlaceMention) e.getKey();
      if (m.isRegion() && coversParts(e.getValue(), groups, m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Moves the unplaced figures of people said to be others into a group of their own: "поранень зазнав також
   * 49-річний чоловік" are one more, never a total of the rest nor a repeat of a place's figure.
   */
  private void setApartOthers(List<Figure> unplaced, List<Figure> figures, Map<Object, List<Figure>> groups,
      Map<Object, CasualtyScope> scope) {
    // ... and so is a dead person of another age than one counted dead before: "Eine 30 Jahre alte Frau sei
    // getötet worden ... sei ein 62 Jahre alter Mann gestorben" are two (an injured person may be told again
    // when they die, a dead one is not told as another)
    // ... and so are the people of "another drone attack": another incident, never a total of the first
    List<Figure> others = unplaced.stream().filter(f -> !f.category().equals("minors")
        && (paragraph.reader.additional(f) || paragraph.reader.anotherAttack(f)
        || f.category().equals("killed") && figures.stream().anyMatch(g -> g != f && g.category().equals(f.category())
            && paragraph.reader.ages.differentAges(g, f)))).toList();
    unplaced.removeAll(others);
    if (!others.isEmpty()) {
      groups.put("others", new ArrayList<>(others));
      scope.put("others", CasualtyScope.SINGLE);
    }
  }

  /** Makes the settlements' groups parts of the total, which holds the minors and the killed or injured only they name. */
  private void linkParts(Map<Object, List<Figure>> groups, Map<Object, CasualtyScope> scope, Object totalKey) {
    scope.put(totalKey, CasualtyScope.TOTAL);
    for (Object k : groups.keySet()) {
      if (k != totalKey && k instanceof PlaceMention m && !m.isRegion()) {
        scope.put(k, CasualtyScope.PART);
      }
    }
    minorsOfParts(groups, scope, totalKey);
    othersOfParts(groups, scope, totalKey);
  }

  /** Adds the figures left at no place to the total, else to the only group, else to a group of their own. */
  private static void joinUnplaced(List<Figure> unplaced, Map<Object, List<Figure>> groups, Map<Object, CasualtyScope> scope,
      Object totalKey) {
    if (unplaced.isEmpty()) {
      return;
    }
    Object into = totalKey != null ? totalKey : groups.size() == 1 ? groups.keySet().iterator().next() : null;
    if (into == null) {
      into = "unplaced";
      scope.put(into, CasualtyScope.SINGLE);
      groups.put(into, new ArrayList<>());
    }
    groups.get(into).addAll(unplaced);
  }

  /** Writes one mention per group, the total first so that parts can point at it; returns the groups' keys in that order. */
  private List<Object> write(Map<Object, List<Figure>> groups, Map<Object, CasualtyScope> scope, Object totalKey,
      List<IncidentMention> out) {
    int totalIndex = -1;
    List<Object> keys = new ArrayList<>(groups.keySet());
    if (totalKey != null) {
      keys.remove(totalKey);
      keys.add(0, totalKey);
      totalIndex = out.size();
    }
    for (Object k : keys) {
      // "seven others injured ... a further six were injured": a word of more adds to the place's figure
      List<Figure> fs = MoreAdded.folded(groups.get(k), f -> MoreAdded.saysItsKind(paragraph, f)
          && (paragraph.reader.additional(f) || paragraph.reader.anotherAttack(f) || MoreAdded.ofItsKind(paragraph, f)));
      PlaceMention where = k instanceof PlaceMention m ? m : null;
      if (where == null && (k.equals("total") || k.equals("unplaced") || k.equals("others"))) {
        where = commonRegionMention(groups);
        // figures whose sentences do not say their settlement, and that are no total, stay at the place they were given
        if (where == null && k.equals("unplaced")) {
          where = fs.stream().map(Figure::where).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
      }
      CasualtyScope sc = scope.get(k);
      out.add(paragraph.builder.mention(where, fs, sc, ObservationKindFor.incident(paragraph), Optional.empty(),
          sc == CasualtyScope.PART && totalIndex >= 0 ? Optional.of(totalIndex) : Optional.empty(), k));
    }
    return keys;
  }

  /**
   * Adds an incident without figures at each settlement listed with a group's place and not yet
   * {@code placed}: "drones struck Myropillia and Seredyna-Buda, Sumy, injuring three" (OblastOfList
   * gave them their oblast).
   */
  private void listedPlaces(List<Object> keys, Set<Long> placed, List<IncidentMention> out) {
    // ... also where the figures name it again: "... injuring 6 civilians in Kyivskyi district of Donetsk and ... of Horlivka"
    // (Latin script only: a Cyrillic list of communities names seats the gazetteer ranks less well)
    for (Object k : keys) {
      if (paragraph.language == Language.UK || paragraph.language == Language.RU || !(k instanceof PlaceMention m) || m.isRegion()
          || m.candidates().isEmpty()) {
        continue;
      }
      for (PlaceMention same : paragraph.mentions) {
        if (same.isRegion() || same.candidates().isEmpty() || paragraph.sentence[same.first()] != paragraph.sentence[m.first()]
            || same.candidates().get(0).geonameId() != m.candidates().get(0).geonameId()) {
          continue;
        }
        for (PlaceMention c : listedWith(same)) {
          if (placed.add(c.candidates().get(0).geonameId())) {
            out.add(placeOnly(c));
          }
        }
      }
    }
  }

  /** Adds an incident without figures at each settlement that none of the mentions from {@code from} on stands at. */
  void placesOnly(List<PlaceMention> settlements, int from, List<IncidentMention> out) {
    for (PlaceMention m : settlements) {
      if (!standsAt(out.subList(from, out.size()), paragraph.namesakes.resolvedPlace(m).geonameId())) {
        out.add(placeOnly(m));
      }
    }
  }

  /** Whether one of the mentions stands at the settlement with this GeoNames id. */
  static boolean standsAt(List<IncidentMention> mentions, long geonameId) {
    return mentions.stream().anyMatch(x -> x != null && x.place().isPresent() && x.place().get().geonameId() == geonameId);
  }

  /** An incident at a place, without figures. */
  private IncidentMention placeOnly(PlaceMention m) {
    return paragraph.builder.mention(m, List.of(), CasualtyScope.SINGLE, ObservationKindFor.incident(paragraph), Optional.empty(),
        Optional.empty(), m);
  }

  /**
   * Per sentence outside {@code skip} that names an event (a means, a combat word; damage, in a
   * paragraph about an attack), the settlement nearest the event word, with the settlements
   * listed with it ("shelling in Krasnohorivka, Horlivka and Lobacheve"); in text order.
   */
  private List<PlaceMention> eventPlaces(Set<Integer> skip) {
    List<PlaceMention> out = new ArrayList<>();
    boolean armed = !paragraph.cues.get(Lexicon.Kind.MEANS).isEmpty()
        || paragraph.cues.get(Lexicon.Kind.ATTACK).stream().anyMatch(c -> c.cue().value().equals("combat"));
    for (int s = 0; s <= (paragraph.tokens.isEmpty() ? -1 : paragraph.sentence[paragraph.tokens.size() - 1]); s++) {
      if (skip.contains(s)) {
        continue;
      }
      PlaceMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Lexicon.Kind k : List.of(Lexicon.Kind.MEANS, Lexicon.Kind.ATTACK, Lexicon.Kind.DAMAGE, Lexicon.Kind.CASUALTY)) {
        for (Cue.Match c : paragraph.cues.get(k)) {
          // a bare "attacked" counts where the paragraph names a means or a combat word elsewhere
          if (paragraph.sentence[c.first()] != s || k == Lexicon.Kind.ATTACK && !c.cue().value().equals("combat") && !armed) {
            continue;
          }
          // the dead or hurt of a paragraph about an attack, where its sentence gives no figure: "Die
          // Toten habe es in den Ortschaften Krasnohoriwka, Marjinka und Soledar gegeben", "civilian
          // casualties in Pivdenne and Druzhkivka"
          if (k == Lexicon.Kind.CASUALTY && (!armed || Cue.Match.killedOrInjured(c) == null)) {
            continue;
          }
          for (PlaceMention m : paragraph.mentions) {
            if (m.isRegion() || paragraph.sentence[m.first()] != s || m.candidates().isEmpty()) {
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
        for (PlaceMention m : paragraph.mentions) {
          if (!m.isRegion() && !m.candidates().isEmpty() && paragraph.sentence[m.first()] == s - 1) {
            best = m;
          }
        }
      }
      if (best == null && armed) {
        // the settlements a paragraph about an attack lists in a sentence of their own, without an event word beside
        // them, are the attack's: "The affected communities include Marhanets, Myrove and Pokrov", "Sie schlugen in die
        // Gemeinden Marhanez und Myrowe ein" (a single name there may be anything: where a source sits, a comparison)
        for (PlaceMention m : paragraph.mentions) {
          if (!m.isRegion() && !m.candidates().isEmpty() && paragraph.sentence[m.first()] == s && listedWith(m).size() >= 2) {
            best = m;
            break;
          }
        }
      }
      if (best != null) {
        out.addAll(listedWith(best));
        // "в Великих Копанях разрушен жилой дом, а в Каховке сгорел объект": a clause with an event word and a
        // settlement of its own is another event place of the sentence
        for (PlaceMention m : OtherClause.places(s, best, paragraph.mentions, paragraph.cues, paragraph.sentence, paragraph.clause, armed)) {
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
      for (Cue.Match c : paragraph.cues.get(k)) {
        event |= paragraph.sentence[c.first()] == s && (k == Lexicon.Kind.MEANS || c.cue().value().equals("combat") || armed);
      }
    }
    if (!event) {
      return false;
    }
    for (int i = 0; i < paragraph.tokens.size(); i++) {
      if (paragraph.sentence[i] == s && PlacePronoun.is(paragraph.tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The settlement and those listed with it by commas and "and": "in Krasnohorivka, Horlivka and Lobacheve". */
  private List<PlaceMention> listedWith(PlaceMention m) {
    int at = paragraph.mentions.indexOf(m);
    int first = at;
    while (first > 0 && listed(paragraph.mentions.get(first - 1), paragraph.mentions.get(first))) {
      first--;
    }
    int last = at;
    while (last + 1 < paragraph.mentions.size() && listed(paragraph.mentions.get(last), paragraph.mentions.get(last + 1))) {
      last++;
    }
    // a list ends with "and": "Robotyne, Zaporizhia" is a place and its region, not two places
    // ... but a round-up of three or more settlements may end without it: "под огнем оказались Берислав,
    // Бургунка, Змиевка, Золотая Балка" (a settlement and its raion and oblast would be one qualified mention)
    if (last > first && !listWordBetween(paragraph.mentions.get(last - 1), paragraph.mentions.get(last))
        && !listWordAfter(paragraph.mentions.get(last))
        && !CommunityName.pluralAfter(paragraph.tokens, paragraph.mentions.get(last).last())
        && !RoundUp.is(paragraph.mentions, first, last)) {
      first = at;
      last = at;
    }
    List<PlaceMention> out = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      if (!paragraph.mentions.get(k).isRegion() && !paragraph.mentions.get(k).candidates().isEmpty()) {
        out.add(paragraph.mentions.get(k));
      }
    }
    return out;
  }

  /** Whether the list goes on after the mention with "and" and a name: "Irmino, and Novooleksandrivka". */
  private boolean listWordAfter(PlaceMention m) {
    for (int k = m.last() + 1; k < Math.min(paragraph.tokens.size(), m.last() + 4); k++) {
      String w = paragraph.tokens.get(k).lower();
      if (Paragraph.LIST_WORDS.contains(w)) {
        // "... громады и сам Никополь"
        return k + 1 < paragraph.tokens.size() && paragraph.tokens.get(k + 1).capitalised()
            || k + 2 < paragraph.tokens.size() && paragraph.tokens.get(k + 2).capitalised() && paragraph.tokens.get(k + 1).word();
      }
      if (!w.equals(",") && !(paragraph.tokens.get(k).word() && paragraph.tokens.get(k).capitalised())) {
        return false;
      }
    }
    return false;
  }

  private boolean listWordBetween(PlaceMention a, PlaceMention b) {
    for (int k = a.last() + 1; k < b.first(); k++) {
      String w = paragraph.tokens.get(k).lower();
      if (Paragraph.LIST_WORDS.contains(w) || w.equals("or") || w.equals("oder") || w.equals("или")
          || CommunityName.alsoAt(paragraph.tokens, k)) {
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
      String w = paragraph.tokens.get(k).lower();
      // a name the gazetteer lacks may stand in the list: "Horlivka, Lobacheve, Raivka"
      boolean item = paragraph.tokens.get(k).word() && paragraph.tokens.get(k).capitalised();
      // an article before an item: "Nikopol and the Marhanets community", "Nikopol, die Gemeinden Marhanez"
      boolean article = LIST_ARTICLES.contains(w);
      // "Kharkiv city and Ruska Lozova": a head noun after an item
      item |= OblastOfList.isHead(w) && paragraph.tokens.get(k - 1).capitalised();
      if (!item && !article && !w.equals(",") && !Paragraph.LIST_WORDS.contains(w) && !w.equals("or") && !w.equals("oder") && !w.equals("или")
          && !CommunityName.alsoAt(paragraph.tokens, k)) {
        return false;
      }
    }
    return true;
  }

  /** A region mention to place a total at when the figures name none: the paragraph's region. */
  private PlaceMention commonRegionMention(Map<Object, List<Figure>> groups) {
    for (PlaceMention m : paragraph.mentions) {
      if (m.isRegion()) {
        return m;
      }
    }
    return null;
  }

  /**
   * A total that names no minors holds those its parts name: "травмовано чотирьох" over "у Сумській
   * громаді постраждала дитина 13 років та жінка 60 років", the child's mention told again at its
   * settlement; one place's minors add up (each is another child).
   */
  private void minorsOfParts(Map<Object, List<Figure>> groups, Map<Object, CasualtyScope> scope, Object totalKey) {
    ofParts("minors", Integer::sum, groups, scope, totalKey);
  }

  /**
   * A total that names no killed (or no injured) holds those its parts name: "mindestens elf Menschen getötet"
   * over a town's "sechs ums Leben gekommen und 27 verletzt" gives the 27 injured too; one place's figures of
   * a category are one count (the mention takes the largest), not a sum.
   */
  private void othersOfParts(Map<Object, List<Figure>> groups, Map<Object, CasualtyScope> scope, Object totalKey) {
    for (String category : List.of("killed", "injured")) {
      ofParts(category, Math::max, groups, scope, totalKey);
    }
  }

  /**
   * Adds to the total, when it names none of {@code category}, the sum over its parts of each part's
   * figures of it, combined within a part by {@code perPlace}; a figure counts (its spans, the first
   * one's place in the text) where it changes its part's count.
   */
  private static void ofParts(String category, IntBinaryOperator perPlace, Map<Object, List<Figure>> groups,
      Map<Object, CasualtyScope> scope, Object totalKey) {
    List<Figure> total = groups.get(totalKey);
    if (total.stream().anyMatch(f -> f.category().equals(category))) {
      return;
    }
    int sum = 0;
    Figure first = null;
    List<TextSpan> spans = new ArrayList<>();
    for (Map.Entry<Object, List<Figure>> e : groups.entrySet()) {
      if (scope.get(e.getKey()) != CasualtyScope.PART) {
        continue;
      }
      int part = 0;
      for (Figure f : e.getValue()) {
        if (!f.category().equals(category)) {
          continue;
        }
        int combined = perPlace.applyAsInt(part, f.count().min());
        if (combined != part) {
          part = combined;
          first = first == null ? f : first;
          spans.addAll(f.spans());
        }
      }
      sum += part;
    }
    if (first != null) {
      total.add(new Figure(category, CasualtyCount.atLeast(sum), first.first(), first.last(), total.get(0).where(), spans));
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
          out.add(placeOnly(m));
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
    for (PlaceMention m : paragraph.mentions) {
      int s = paragraph.sentence[m.first()];
      for (Lexicon.Kind k : List.of(Lexicon.Kind.MEANS, Lexicon.Kind.ATTACK)) {
        for (Cue.Match c : paragraph.cues.get(k)) {
          if (paragraph.sentence[c.first()] != s || k == Lexicon.Kind.ATTACK && !c.cue().value().equals("combat")) {
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
      out.add(placeOnly(best));
    }
  }
}
