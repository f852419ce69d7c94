package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Reads a paragraph's casualty and troop figures: each number (or person word) next to a casualty
 * word, with its category, its count and the place nearest it in its clause.
 */
final class FigureReader {
  /** Prepositions before a revised figure's new value: "stieg die Zahl der Verletzten auf 56". */
  private static final Set<String> REVISED_TO = Set.of("auf", "to", "до");
  /** "a" and "one" before a person: "zwei Kinder und ein Erwachsener". */
  private static final Set<String> ONE = Set.of("a", "an", "one", "ein", "eine", "einer", "один", "одна", "одного", "одну");
  /** "in" before a figure's place: "— у Херсоні", "im Dorf". */
  private static final Set<String> IN = Set.of("у", "в", "во", "in", "im");
  private static final int FORWARD_TOKENS = 4;
  private static final int BRIDGED_TOKENS = 12;

  /** English nouns that are also adjectives ("civilian casualties"): one person only after "a" or "one". */
  private static final Set<String> NEEDS_ARTICLE = Set.of("civilian", "resident", "pensioner", "driver");


  /** Personal pronouns of one person, as a casualty word's subject. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "er", "він", "вона", "он", "она");

  /** "of" before the people a number is some of: "one of the injured", "один із поранених", "двое из погибших". */
  private static final Set<String> OF = Set.of("of", "із", "з", "зі", "из");

  /** Words that make a figure's people others than those told before. */
  private static final Set<String> ALSO = Set.of("також", "теж", "также", "тоже", "also", "ebenfalls");

  private final Paragraph paragraph;
  private final FigurePlaces placing;
  /** The ages written with the figures' people. */
  final FigureAges ages;
  /** The words for people near the figures' numbers. */
  private final PeopleWords people;

  /** The reader of this paragraph's figures. */
  FigureReader(Paragraph paragraph) {
    this.paragraph = paragraph;
    this.placing = new FigurePlaces(paragraph);
    this.ages = new FigureAges(paragraph);
    this.people = new PeopleWords(paragraph, ages);
  }

  /**
   * The paragraph's casualty figures (into {@code figures}) and troop figures (into {@code troops}),
   * each with its place: numbers first, then people named without a number, deaths and zeros, then
   * places, then what is told twice dropped.
   */
  void readFigures(List<Figure> figures, List<Figure> troops) {
    numbered(figures, troops);
    families(figures);
    singularMinors(figures);
    singularPersons(figures);
    injuredWhoDied(figures);
    deathsOf(figures);
    toldAboutOne(figures);
    saidNone(figures);
    negated(figures);
    figures.sort(java.util.Comparator.comparingInt(Figure::first));
    withoutPersonsToldTwice(figures);
    placed(figures);
    withoutRepeats(figures);
  }

  /** The figures of numbers: each number next to a casualty word (or a troop word), read token by token. */
  private void numbered(List<Figure> figures, List<Figure> troops) {
    for (int i = 0; i < paragraph.tokens.size(); i++) {
      if (ordinalCount(i, figures)) {
        continue;
      }
      OptionalInt[] number = NumberWords.at(paragraph.tokens, i);
      if (number.length == 0 || insideNoCasualties(i)) {
        continue; // "no one was killed" has no figure one
      }
      int n = number[0].getAsInt();
      int end = i + number[1].getAsInt() - 1;
      if (n == 1 && paragraph.language == Language.DE && paragraph.tokens.get(i).lower().startsWith("ein")
          && (!people.personAhead(end) || people.singularPersonAhead(end)) && !OfThem.moved(paragraph.tokens, end, paragraph.sentence)) {
        // "durch Trümmerteile einer russischen Rakete verletzt": an article, not one person; "ein 24
        // Jahre alter Mann und eine 81-jährige Frau": the persons count, each once (see below); "einer von
        // ihnen" is one of them
        continue;
      }
      int read = notACount(i, end, n, figures, troops);
      if (read >= 0) {
        i = read;
        continue;
      }
      i = counted(i, end, n, figures);
    }
  }

  /**
   * Reads the number at {@code i..end} when it is no plain count of people: one of those counted
   * ("один из них погиб"), troops, things, weapons, ages; returns the last token read, or -1 when
   * the number is a count.
   */
  private int notACount(int i, int end, int n, List<Figure> figures, List<Figure> troops) {
    if (OfThem.moved(paragraph.tokens, end, paragraph.sentence) && !figures.isEmpty()) {
      // "пострадали два человека, один из них погиб": one of the two died; the others are the injured
      Figure previous = figures.get(figures.size() - 1);
      Cue.Match verb = paragraph.forward(Lexicon.Kind.CASUALTY, end + 2, 4);
      if (verb != null && paragraph.sentence[previous.first()] == paragraph.sentence[i]
          && paragraph.sentence[verb.first()] == paragraph.sentence[i]
          && OfThem.movedCategory(previous.category(), verb.cue().value(), n, previous.count())) {
        figures.set(figures.size() - 1, new Figure(previous.category(), OfThem.rest(previous.count(), n), previous.first(),
            previous.last(), null, previous.spans(), previous.revision()));
        figures.add(new Figure(verb.cue().value(), CasualtyCount.exactly(n), i, verb.last(), null,
            List.of(paragraph.span(i, end), paragraph.span(verb.first(), verb.last()))));
        return verb.last();
      }
    }
    if (end + 1 < paragraph.tokens.size() && OF.contains(paragraph.tokens.get(end + 1).lower()) && people.ofWhom(end) > 0) {
      // "One of the injured is a child", "один із поранених": some of those counted, no figure of
      // their own; "один із чоловіків помер": of another category, which the verb after says
      Cue.Match whose = paragraph.startingAt(Lexicon.Kind.CASUALTY, people.ofWhom(end));
      Cue.Match verb = null;
      for (int j = whose.last() + 1; j < Math.min(paragraph.tokens.size(), whose.last() + 8)
          && paragraph.sentence[j] == paragraph.sentence[i]; j++) {
        Cue.Match m = paragraph.startingAt(Lexicon.Kind.CASUALTY, j);
        if (Cue.Match.killedOrInjured(m) != null) {
          verb = m;
          break;
        }
      }
      if (verb != null && !verb.cue().value().equals(whose.cue().value())) {
        figures.add(new Figure(verb.cue().value(), bounded(n, i), i, verb.last(), null,
            List.of(paragraph.span(i, end), paragraph.span(verb.first(), verb.last()))));
      }
      return end;
    }
    Cue.Match soldiers = paragraph.forward(Lexicon.Kind.SOLDIERS, end, 3);
    if (soldiers != null && !paragraph.cues.get(Lexicon.Kind.DEPLOYED).isEmpty()) {
      troops.add(new Figure("troops", bounded(n, i), i, soldiers.last(), null, List.of(paragraph.span(i, soldiers.last()))));
      return end;
    }
    // ("Троє школярів" are people, though "школ" is a school's stem)
    if (end + 1 < paragraph.tokens.size() && (paragraph.startingAt(Lexicon.Kind.TARGET, end + 1) != null && !people.isPeopleWord(end + 1)
        || end + 2 < paragraph.tokens.size() && paragraph.startingAt(Lexicon.Kind.TARGET, end + 2) != null
        && paragraph.tokens.get(end + 1).word() && !paragraph.tokens.get(end + 1).capitalised() && !people.isPeopleWord(end + 1))) {
      return end; // "32 Wohnhäuser wurden beschädigt", "6 житлових будинків": things, not people
    }
    if (end + 1 < paragraph.tokens.size() && (paragraph.startingAt(Lexicon.Kind.ATTACK, end + 1) != null
        || paragraph.startingAt(Lexicon.Kind.MEANS, end + 1) != null || CountedPlaces.nounAt(paragraph.tokens, end + 1))) {
      return end; // "семи ударів БПЛА", "four drones", "zwei Raketen": strikes and weapons, not people
    }
    if (CountedVehicles.at(paragraph.tokens, end)) {
      return end; // "постраждали три транспортні засоби": vehicles, not people
    }
    if (NumberSign.at(paragraph.tokens, i, end, people)) {
      return end; // "des Gebäudes Nr. 439", "on Stroitelei street, 10": a house's number, not people
    }
    Figure byAges = PluralByAges.at(paragraph, ages, i);
    if (byAges != null) {
      // "eine 58-Jährige und Männer im Alter von ...": a person joined before, read as a figure of one, is the plural's
      figures.removeIf(f -> f.category().equals(byAges.category()) && f.first() >= byAges.first() && f.last() < i);
      figures.add(byAges); // "Frauen im Alter von 87 und 78 Jahren verletzt": one person an age
      return byAges.last();
    }
    if (Ages.inAgePhrase(paragraph.tokens, i) || Ages.shortAge(paragraph.tokens, end)) {
      return end; // "Six people aged between 60 and 85", "ein sieben Monate altes Baby": ages, not people
    }
    if (ages.age(end)) {
      AgedPeopleList.Counted aged = AgedPeopleList.at(paragraph.tokens, paragraph.sentence, ages, i);
      if (aged != null && agedPeople(i, aged, figures)) {
        return aged.last();
      }
    }
    if (ages.age(end) || ages.ageOrYear(i, end)) {
      int listed = ages.listedAges(i);
      if (listed >= 2) {
        // "загинули жінки 72 і 67 років", "постраждали чоловіки 29, 41, 45 років": one person an age
        Cue.Match cue = null;
        for (int j = i - 2; j >= Math.max(0, i - 5) && cue == null; j--) {
          Cue.Match m = paragraph.endingAt(Lexicon.Kind.CASUALTY, j);
          if (Cue.Match.killedOrInjured(m) != null) {
            cue = m;
          }
        }
        // "постраждали чоловіки 29, 41 років і жінки 27, 34 років": the second list goes on in the first's category
        if (cue == null && i >= 3 && Paragraph.LIST_WORDS.contains(paragraph.tokens.get(i - 2).lower()) && !figures.isEmpty()
            && figures.get(figures.size() - 1).last() == i - 3) {
          Figure previous = figures.get(figures.size() - 1);
          cue = paragraph.endingAt(Lexicon.Kind.CASUALTY, previous.first()) != null ? paragraph.endingAt(Lexicon.Kind.CASUALTY, previous.first())
              : paragraph.startingAt(Lexicon.Kind.CASUALTY, previous.first());
        }
        // "Постраждали двоє людей — чоловіки 41 і 23 років": the ages of a figure given between
        // the verb and them, in apposition to it, are no figure of their own
        final int from = cue == null ? i : cue.last() + 1;
        final int to = i;
        boolean ofFigure = figures.stream().anyMatch(f -> f.first() >= from && f.last() < to);
        if (cue != null && PeopleWords.PLURAL_PERSONS.contains(paragraph.tokens.get(i - 1).lower()) && !ofFigure
            && NumberWords.at(paragraph.tokens, Math.max(0, i - 2)).length == 0) {
          // ... and the persons joined to the list by "and", each with its own age: "мужчины 1978 и 1987 года
          // рождения и женщина 1983 года рождения" are three
          int[] joined = people.joinedAfter(ages.lastOfAgeList(i));
          int last = joined[1];
          figures.add(new Figure(cue.cue().value(), CasualtyCount.exactly(listed + joined[0]), cue.first(), last, null,
              List.of(paragraph.span(cue.first(), last))));
          return last;
        }
      }
      youngOfAgeList(i, figures);
      return end;
    }
    if (MeasureAdjective.at(paragraph.tokens, end, people)) {
      return end; // "обстрелов 15-километровой зоны", "a 30-kilometre zone": a distance, not people
    }
    if (TimeSpan.at(paragraph.tokens, end)) {
      return end; // "19 Stunden räumten Rettungskräfte die Trümmer weg": how long, not how many
    }
    if (OfThings.at(paragraph.tokens, end, people)) {
      return end; // "староста одного із сіл", "in one of the households": one of some things, no person
    }
    return -1;
  }

  /**
   * Reads the number at {@code i..end} as a count of people in the category of its casualty word
   * (before it, or bridged to after it); returns the last token read.
   */
  private int counted(int i, int end, int n, List<Figure> figures) {
    // "killed four people and injured 23": a casualty verb right before the number is its word
    // ... also past a hedge or an aside: "ранены по меньшей мере восемь", "убив, по предварительной
    // информации, одного человека", "injured at least eight"
    int lead = LeadIn.start(i, paragraph.tokens, paragraph::endingAt, paragraph::startingAt);
    Cue.Match before = lead > 0 ? paragraph.endingAt(Lexicon.Kind.CASUALTY, lead - 1) : null;
    int read = minorsAfterVerb(i, end, n, before, figures);
    if (read >= 0) {
      return read;
    }
    Cue.Match cue = before != null && !before.cue().value().equals("people") && paragraph.sentence[i - 1] == paragraph.sentence[i]
        ? before : null;
    if (cue == null) {
      After after = casualtyAfter(i, end, n);
      cue = after.cue();
      if (cue != null && after.joined() > 0) {
        // the groups told with their ages and joined by "and" are one figure, read up to the last group's number
        n += after.joined();
        end = after.end();
      }
    }
    if (cue == null) {
      cue = casualtyBefore(i, lead, figures);
    }
    if (cue == null) {
      cue = CountOf.before(paragraph, i); // "кількість постраждалих – наразі відомо про дев'ятьох людей"
    }
    boolean revision = revised(i, end);
    if (cue == null && revision) {
      cue = revisedCasualty(i);
    }
    String category = cue != null ? cue.cue().value() : previousCategory(i, end, figures);
    if (category == null) {
      return i;
    }
    if (cue == null && Trapped.after(paragraph.tokens, end, paragraph.clause)) {
      return end; // "еще 2 человека находятся под завалами": not yet of the category before them
    }
    if (cue != null && sharesVerb(i, cue, category, figures)) {
      return end; // "Five people, two women and three men, were injured": the three are some of the five
    }
    if (cue != null && among(cue.first()) && Subset.ofEarlier(category, n, figures.stream()
        .filter(f -> f.category().equals(category)).map(Figure::count).toList())) {
      return end; // "четверо постраждалих ... Серед постраждалих і троє жінок": three of the four
    }
    // "zwei Menschen ums Leben gekommen ... Eine Frau und ein Mann seien gestorben": one person
    // named after the category's figure is one of those counted
    if (n == 1 && end + 1 < paragraph.tokens.size() && PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(end + 1).lower())
        && figures.stream().anyMatch(f -> f.category().equals(category) && f.last() < i && f.count().min() > 1)) {
      return end;
    }
    List<TextSpan> spans = new ArrayList<>();
    spans.add(paragraph.span(i, end));
    if (cue != null) {
      spans.add(paragraph.span(cue.first(), cue.last()));
    }
    // "zwei Kinder und ein Erwachsener wurden verletzt": the groups before, joined by "and", are of this figure
    JoinedGroups.Joined groups = revision ? JoinedGroups.Joined.NONE : JoinedGroups.before(paragraph.tokens, i, paragraph.sentence,
        people::personNoun, k -> people.notAGroup(k, figures));
    if (groups.first() >= 0 && !category.equals("minors")) {
      spans.add(paragraph.span(groups.first(), i - 1));
    }
    figures.add(new Figure(category, revision ? CasualtyCount.exactly(n) : JoinedGroups.withGroups(bounded(n, i),
        category.equals("minors") ? JoinedGroups.Joined.NONE : groups), i, end, null, spans, revision));
    if (category.equals("minors") && cue != null) {
      hurtMinors(i, end, n, cue.last(), groups, revision, figures);
    }
    Cue.Match children = cue != null && !revision && cue.first() > end ? HurtChildren.after(paragraph, cue) : null;
    if (children != null) {
      // "zwei verletzte Kinder": as many minors as hurt
      figures.add(new Figure("minors", bounded(n, i), i, children.last(), null,
          List.of(paragraph.span(i, end), paragraph.span(children.first(), children.last()))));
    }
    return end;
  }

  /**
   * "вбили трьох дітей": as many killed, minors all; "Серед постраждалих двоє дітей", "among the injured
   * were two children": minors among a figure given before, no more injured. Reads the number at
   * {@code i..end} with a killed or injured word {@code before} it and a minors' word right after it;
   * returns the last token read, or -1 when it is no such number.
   */
  private int minorsAfterVerb(int i, int end, int n, Cue.Match before, List<Figure> figures) {
    Cue.Match minorsAfter = end + 1 < paragraph.tokens.size() ? paragraph.startingAt(Lexicon.Kind.CASUALTY, end + 1) : null;
    if (before == null || minorsAfter == null || !minorsAfter.cue().value().equals("minors")
        || Cue.Match.killedOrInjured(before) == null
        || paragraph.sentence[i - 1] != paragraph.sentence[i]) {
      return -1;
    }
    List<TextSpan> both = List.of(paragraph.span(i, end), paragraph.span(minorsAfter.first(), minorsAfter.last()));
    figures.add(new Figure("minors", bounded(n, i), i, minorsAfter.last(), null, both));
    if (!among(before.first())) {
      figures.add(new Figure(before.cue().value(), bounded(n, i), i, minorsAfter.last(), null,
          List.of(paragraph.span(i, end), paragraph.span(before.first(), before.last()))));
    }
    return minorsAfter.last();
  }

  /**
   * "постраждали шестеро людей: чотири жінки ... та двоє хлопців 13 і 18 років": the ages listed after a
   * noun of people that names no minors, in a sentence whose hurt were counted before them, count a minor
   * for each age under 18; adds the minors' figure unless the sentence has one.
   */
  private void youngOfAgeList(int i, List<Figure> figures) {
    if (i < 1 || !PeopleWords.PLURAL_PERSONS.contains(paragraph.tokens.get(i - 1).lower()) && !people.isPeopleWord(i - 1)) {
      return;
    }
    Cue.Match noun = paragraph.startingAt(Lexicon.Kind.CASUALTY, i - 1);
    if (noun != null && noun.cue().value().equals("minors")
        || figures.stream().noneMatch(f -> killedOrInjured(f.category()) && f.first() < i && paragraph.sentence[f.first()] == paragraph.sentence[i])
        || figures.stream().anyMatch(f -> f.category().equals("minors") && paragraph.sentence[f.first()] == paragraph.sentence[i])) {
      return;
    }
    int last = ages.lastOfAgeList(i);
    int young = 0;
    for (int k = i; k <= last; k++) {
      String t = paragraph.tokens.get(k).text();
      if (!t.isEmpty() && t.length() <= 2 && t.chars().allMatch(Character::isDigit) && Integer.parseInt(t) < 18) {
        young++;
      }
    }
    if (young > 0) {
      figures.add(new Figure("minors", CasualtyCount.exactly(young), i, last, null, List.of(paragraph.span(i - 1, last))));
    }
  }

  /** Whether a figure's category is of the hurt: killed or injured (minors are among them, not beside). */
  static boolean killedOrInjured(String category) {
    return category.equals("killed") || category.equals("injured");
  }

  /**
   * The casualty word after a number ({@code cue}, null when none), with the people of the groups told
   * with their ages that it joined on the way ({@code joined}, 0 when none) and the end of the last
   * joined group's number ({@code end}, the number's own end when none).
   */
  private record After(Cue.Match cue, int joined, int end) {}

  /**
   * The casualty word after the number at {@code i..end} that is its own, within reach in its sentence,
   * past what stands between a noun of people and its verb (ages, appositions between commas or
   * dashes, a subset); no cue when another number or a clause break comes first.
   */
  private After casualtyAfter(int i, int end, int n) {
    // the groups told with their ages and joined by "and" passed over, and the last one's number's end
    int joined = 0;
    int joinedEnd = end;
    boolean bridged = bridgesApposition(end, n);
    boolean bridgedByPeople = false;
    boolean inApposition = false;
    int from = reachFrom(end);
    // the tokens of an apposition between dashes passed over: they do not use up the reach to the verb
    // ("Троє людей – 57-річний чоловік та жінки 60 і 62 років – отримали поранення")
    int apposed = 0;
    for (int j = from + 1; j < paragraph.tokens.size() && paragraph.sentence[j] == paragraph.sentence[i]
        && (j - from - Severity.words(paragraph.tokens, from + 1, j) <= FORWARD_TOKENS
        || (bridged && j - from - apposed <= bridgedTokens())); j++) {
      OptionalInt[] next = NumberWords.at(paragraph.tokens, j);
      if (bridged && next.length > 0 && next[0].getAsInt() == 1 && paragraph.tokens.get(j).word() && j + 1 < paragraph.tokens.size()
          && !people.isPeopleWord(j + 1) && !PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(j + 1).lower())) {
        continue; // "Ein weiterer Mensch sei bei einem Luftangriff ... verletzt worden": an article, not a second number
      }
      if (next.length > 0 && (ages.ageOrYear(j, j + next[1].getAsInt() - 1) || ages.age(j + next[1].getAsInt() - 1)
          || Ages.inAgePhrase(paragraph.tokens, j))) {
        bridged = true; // "Vier Männer im Alter von 27, 31 und 32 Jahren wurden verletzt": ages, then the verb
        j = ages.lastOfAgeList(j);
        continue;
      }
      // "Двое мирных жителей, мужчина и женщина, ранены": after a noun of people, an apposition
      // between commas does not end the figure's reach
      if (j == end + 1 && (paragraph.tokens.get(j).text().equals("–") || paragraph.tokens.get(j).text().equals("—"))) {
        continue; // "ще 18 – отримали поранення"
      }
      if (bridged && Dateline.DASHES.contains(paragraph.tokens.get(j).text())) {
        // "Еще два человека – мужчина 80 лет и женщина 46 лет – получили ранения": past the apposition between dashes
        int close = closingDash(i, j);
        if (close >= 0) {
          apposed += close - j;
          j = close;
          continue;
        }
      }
      boolean apposition = bridged && paragraph.tokens.get(j).text().equals(",");
      if (apposition && !inApposition) {
        // "two of our fellow residents, a man and a woman, were killed": an apposition of persons, with no number
        // and no casualty word of its own, does not use up the reach to the verb
        int close = plainApposition(i, j);
        if (close > j) {
          apposed += close - j;
          j = close;
          continue;
        }
      }
      inApposition |= apposition;
      // "Drei weitere Zivilisten, unter ihnen ein achtjähriges Mädchen, wurden verletzt", "Neun weitere Menschen,
      // unter ihnen vier Jugendliche, wurden verletzt": some of them within the apposition, the verb after it
      boolean oneWithin = inApposition && next.length > 0;
      if (oneWithin) {
        // the apposition's own person is no casualty word of the outer number: skip to its closing comma;
        // the words skipped do not use up the reach to the verb ("At least five people, including two women
        // aged 32 and 95, have been killed")
        int opened = j;
        while (j + 1 < paragraph.tokens.size() && paragraph.sentence[j + 1] == paragraph.sentence[i]
            && !paragraph.tokens.get(j + 1).text().equals(",")) {
          j++;
        }
        apposed += j - opened;
        continue;
      }
      if (next.length > 0 && bridgedByPeople && AmongSubset.before(paragraph.tokens, j)) {
        j += next[1].getAsInt() - 1; // "Five people including two children were injured": past the subset
        continue;
      }
      if (next.length > 0 && bridgedByPeople && groupsByPlace(end, j)) {
        j += next[1].getAsInt() - 1; // "12 Zivilisten in Siwerodonezk und ein Mensch in Hirske ums Leben gekommen": one verb for both
        continue;
      }
      if (next.length > 0 && bridged && groupsByAge(j)) {
        // "Drei Männer im Alter von 64, 63 und 58 sowie zwei Frauen im Alter von 56 und 72 Jahren kamen ums Leben":
        // one verb for both groups, one figure of their sum
        joined += next[0].getAsInt();
        joinedEnd = j + next[1].getAsInt() - 1;
        j += next[1].getAsInt() - 1;
        continue;
      }
      if (paragraph.tokens.get(j).clauseBreak() && !Asides.transparent(paragraph.tokens, j) && !apposition
          || next.length > 0 && !oneWithin) {
        break; // a casualty word after the next number belongs to that number
      }
      Cue.Match m = paragraph.startingAt(Lexicon.Kind.CASUALTY, j);
      if (m == null && j == end + 1 && PeopleWords.PLURAL_PERSONS.contains(paragraph.tokens.get(j).lower())) {
        bridged = true; // "Дві жінки — 61 і 52 років — зазнали травм": a noun of people, like "людей"
        continue;
      }
      if (m == null || m.cue().value().equals("minors") && PeopleWords.minorAsAdjective(paragraph.tokens, j)) {
        continue; // ("suffered a minor leg injury": how bad, no child)
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
      return new After(m, joined, joinedEnd);
    }
    return new After(null, joined, joinedEnd);
  }

  /** Whether what follows the number ending at {@code end} reaches past an apposition between commas to its verb. */
  private boolean bridgesApposition(int end, int n) {
    // "four more, including two children, were injured", "vier weitere, darunter zwei Kinder, verletzt": "more"
    // stands for the people, as a noun of people does, and reaches past an apposition to its own verb
    boolean bridged = end + 1 < paragraph.tokens.size() && paragraph.startingAt(Lexicon.Kind.MORE, end + 1) != null
        && end + 2 < paragraph.tokens.size() && paragraph.tokens.get(end + 2).text().equals(",");
    // "Ще одна жінка, 47-річна місцева мешканка, отримала поранення": one person, then who she is between
    // commas, then the verb; the person's noun bridges past the apposition as a noun of people does
    return bridged || n == 1 && end + 2 < paragraph.tokens.size()
        && PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(end + 1).lower())
        && paragraph.tokens.get(end + 2).text().equals(",");
  }

  /** The token after which the number ending at {@code end} looks for its casualty word: past a list of persons. */
  private int reachFrom(int end) {
    // "о восьми раненых, из которых один ребенок и беременная женщина": a killed or injured word right
    // after the number is its own; the persons after the comma are some of them, no list to pass over
    Cue.Match own = end + 1 < paragraph.tokens.size() ? Cue.Match.killedOrInjured(paragraph.startingAt(Lexicon.Kind.CASUALTY, end + 1)) : null;
    return own != null ? end : PersonList.skip(paragraph.tokens, end, paragraph.sentence, people::isPeopleWord,
        k -> PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(k).lower())
        || PeopleWords.SINGULAR_MINORS.contains(paragraph.tokens.get(k).lower())
        || Ages.agedPerson(paragraph.tokens, k, paragraph.language));
  }

  /**
   * The comma that closes an apposition opened by the comma at {@code j} in the sentence of {@code i}, when
   * no number, casualty word or clause break stands inside it; -1 otherwise.
   */
  private int plainApposition(int i, int j) {
    for (int k = j + 1; k < paragraph.tokens.size() && paragraph.sentence[k] == paragraph.sentence[i] && k - j <= 14; k++) {
      if (paragraph.tokens.get(k).text().equals(",")) {
        return k - j > 1 ? k : -1;
      }
      if (NumberWords.at(paragraph.tokens, k).length > 0 && !ONE.contains(paragraph.tokens.get(k).lower())
          || Cue.Match.killedOrInjured(paragraph.startingAt(Lexicon.Kind.CASUALTY, k)) != null || paragraph.tokens.get(k).clauseBreak()) {
        return -1;
      }
    }
    return -1;
  }

  /** The dash that closes an apposition opened by the dash at {@code j}, in the sentence of {@code i}, or -1. */
  private int closingDash(int i, int j) {
    int close = j + 1;
    // ... the hyphen of an age within it ("57-річний") closes nothing: a closing dash stands apart
    // ... while a dash that is no hyphen ("residents—including a 93-year-old woman—were injured") closes it unspaced
    while (close < paragraph.tokens.size() && paragraph.sentence[close] == paragraph.sentence[i] && close - j <= 14
        && !(Dateline.DASHES.contains(paragraph.tokens.get(close).text())
        && (paragraph.tokens.get(close).start() > paragraph.tokens.get(close - 1).end() || !paragraph.tokens.get(close).text().equals("-")))) {
      close++;
    }
    return close < paragraph.tokens.size() && paragraph.sentence[close] == paragraph.sentence[i]
        && Dateline.DASHES.contains(paragraph.tokens.get(close).text()) ? close : -1;
  }

  /**
   * The casualty word (not "people") shortly before the number at {@code i} in its clause (a colon passed), or null;
   * the hedges and bounds from {@code lead} to the number do not use up the reach ("ранения получили не менее 74
   * человек", "поранення отримали щонайменше п'ятеро людей").
   */
  private Cue.Match casualtyBefore(int i, int lead, List<Figure> figures) {
    boolean colon = false;
    for (int j = i - 1; j >= Math.max(0, lead - 3 - Severity.words(paragraph.tokens, lead - 8, lead))
        && paragraph.sentence[j] == paragraph.sentence[i]; j--) {
      if (paragraph.tokens.get(j).clauseBreak() && !paragraph.tokens.get(j).text().equals(":")) {
        return null;
      }
      colon |= paragraph.tokens.get(j).text().equals(":");
      Cue.Match m = paragraph.endingAt(Lexicon.Kind.CASUALTY, j);
      // "dass fünf Menschen verletzt wurden: zwei Männer und drei Frauen": the five told by
      // sex after a colon, not two more
      final int cueAt = j;
      if (m != null && colon && figures.stream().anyMatch(f -> f.category().equals(m.cue().value())
          && paragraph.sentence[f.first()] == paragraph.sentence[i] && f.last() <= cueAt)) {
        return null;
      }
      if (m != null && !m.cue().value().equals("people")) {
        return m;
      }
    }
    return null;
  }

  /** Whether the number at {@code i..end} is a revised figure: "rose to 21", "stieg ... auf 56". */
  private boolean revised(int i, int end) {
    boolean revision = false;
    for (Cue.Match r : paragraph.cues.get(Lexicon.Kind.REVISION)) {
      revision |= paragraph.sentence[r.first()] == paragraph.sentence[i] && r.first() >= i - 4 && r.first() <= end + 2
          // "stieg die Zahl der Verletzten bis zum Abend auf 56": the new value after its preposition
          || paragraph.sentence[r.first()] == paragraph.sentence[i] && r.first() < i && i >= 1
              && REVISED_TO.contains(paragraph.tokens.get(i - 1).lower());
    }
    return revision;
  }

  /** "the number of injured rose to 21": the last casualty word (not "people") anywhere before the number in its sentence, or null. */
  private Cue.Match revisedCasualty(int i) {
    Cue.Match last = null;
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.CASUALTY)) {
      // ("Die Zahl der Opfer, darunter ein Kind, stieg auf 7": the subset's word is not what rose)
      if (m.last() < i && paragraph.sentence[m.first()] == paragraph.sentence[i] && !m.cue().value().equals("people")
          && !among(m.first())) {
        last = m;
      }
    }
    return last;
  }

  /**
   * The category of the figure before, which a number without a casualty word of its own goes on in:
   * after "more" in its sentence, or at a place in its sentence or the next; null otherwise.
   */
  private String previousCategory(int i, int end, List<Figure> figures) {
    if (!figures.isEmpty() && (paragraph.endingAt(Lexicon.Kind.MORE, i - 1) != null)) {
      Figure previous = figures.get(figures.size() - 1);
      if (paragraph.sentence[previous.first()] == paragraph.sentence[i]) {
        return previous.category();
      }
    }
    if (!figures.isEmpty() && atPlace(end)) {
      // "вбили 5 мирних жителів: 2 у Бахмуті, 2 у Вугледарі та 1 у Георгіївці", "один — в Старой
      // Збурьевке": a number at a place goes on in the category of the figure before it
      Figure previous = figures.get(figures.size() - 1);
      if (paragraph.sentence[previous.first()] == paragraph.sentence[i]
          || paragraph.sentence[previous.first()] == paragraph.sentence[i] - 1) {
        return previous.category();
      }
    }
    return null;
  }

  /** "two children injured": as many injured (or killed) as the minors' figure just added, minors among them. */
  private void hurtMinors(int i, int end, int n, int cueLast, JoinedGroups.Joined groups, boolean revision, List<Figure> figures) {
    int firstOfGroups = groups.first() < 0 ? i : groups.first();
    for (int j = cueLast + 1; j < Math.min(paragraph.tokens.size(), cueLast + 3) && paragraph.sentence[j] == paragraph.sentence[i]; j++) {
      Cue.Match m = paragraph.startingAt(Lexicon.Kind.CASUALTY, j);
      if (Cue.Match.killedOrInjured(m) != null) {
        List<TextSpan> both = List.of(paragraph.span(firstOfGroups, end), paragraph.span(m.first(), m.last()));
        figures.add(new Figure(m.cue().value(), JoinedGroups.withGroups(bounded(n, i), groups), i, end, null, both,
            revision));
        return;
      }
    }
  }

  /** "among them a child", "серед них дитина": a minor in the singular with no number is one */
  private void singularMinors(List<Figure> figures) {
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.CASUALTY)) {
      if (m.cue().value().equals("minors")
          && (PeopleWords.SINGULAR_MINORS.contains(paragraph.tokens.get(m.first()).lower()) || YoungAge.byAge(m))
          && !YoungAge.adultByAge(paragraph.tokens, m.first()) && !PeopleWords.minorAsAdjective(paragraph.tokens, m.first())
          && figures.stream().noneMatch(f -> f.last() < m.first() && m.first() - f.last() <= 2 || f.spans().size() > 1
              && f.spans().get(1).start() == paragraph.tokens.get(m.first()).start())) {
        figures.add(new Figure("minors", CasualtyCount.exactly(1), m.first(), m.last(), null, List.of(paragraph.span(m.first(), m.last()))));
      }
    }
  }

  /** "погиб мужчина", "a woman was injured": one person, when no number stands before the noun */
  private void singularPersons(List<Figure> figures) {
    List<Figure> implicit = new ArrayList<>();
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.CASUALTY)) {
      String v = m.cue().value();
      if (Cue.Match.killedOrInjured(m) == null || Negated.ofTheVerb(paragraph.tokens, m.first())) {
        continue; // "пенсионер не пострадал", "the driver was not injured": a person the verb denies is no casualty
      }
      if (among(m.first())) {
        continue; // "Unter den Verletzten sei auch ein Mitarbeiter des Roten Kreuzes": one of the injured, not one more
      }
      // German puts the participle last: "Eine 77-jährige Frau wurde auch beim Drohnenangriff auf den Vorort ... verletzt"
      int back = paragraph.language == Language.DE ? 14 : 6;
      // "a 70-year-old woman, who was in her own courtyard, sustained serious injuries": past a relative clause
      int antecedent = RelativeClause.antecedent(paragraph.tokens, m.first(), paragraph.sentence);
      if (antecedent < 0) {
        // "He suffered a concussion, leg burns, and head injuries": the pronoun that opens the sentence
        antecedent = pronounSubject(m, figures);
      }
      for (int j = Math.max(0, Math.min(m.first() - Math.max(back, 10), antecedent < 0 ? m.first() : antecedent));
          j <= Math.min(paragraph.tokens.size() - 1, m.last() + 12); j++) {
        final int at = j;
        // "травми, несумісні з життям, дістав 54-річний чоловік": the clause of the cue's last word
        // counts too, and the one after it when the cue stands between commas
        boolean afterApposition = m.last() + 2 < paragraph.tokens.size() && paragraph.tokens.get(m.last() + 1).text().equals(",")
            && paragraph.clause[m.first()] != paragraph.clause[m.last()] && paragraph.clause[j] == paragraph.clause[m.last() + 2];
        // "47-летний мужчина, управлявший автомобилем, получил ранение": a participle or relative
        // clause between commas stands between the person and the verb
        boolean beforeInsertion = j + 2 < paragraph.tokens.size() && paragraph.tokens.get(j + 1).text().equals(",")
            && paragraph.clause[m.first()] == paragraph.clause[j] + 2
            && paragraph.tokens.get(clauseStart(m.first()) - 1).text().equals(",") && m.first() - j <= 10
            && paragraph.tokens.get(j + 2).word() && !paragraph.tokens.get(j + 2).capitalised();
        boolean reached = beforeInsertion || j == antecedent;
        // (the person's word is asked first: the clause test scans the tokens between)
        if (m.first() - j > back && !reached
            || !PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(j).lower())
            && !PeopleWords.germanCompoundPerson(paragraph.tokens.get(j), paragraph.language)
            && !BarePerson.at(paragraph.tokens, j, j == m.last() + 1)
            && !PeopleWords.SINGULAR_MINORS.contains(paragraph.tokens.get(j).lower())
            && !Ages.agedPerson(paragraph.tokens, j, paragraph.language)
            && !(j == antecedent && PRONOUNS.contains(paragraph.tokens.get(j).lower()))
            || !afterApposition && !reached && !Asides.sameClause(paragraph.tokens, paragraph.clause, j, m.first())
            && !Asides.sameClause(paragraph.tokens, paragraph.clause, j, m.last())) {
          continue;
        }
        // "a civilian was killed" is one; "civilian casualties" are none in particular
        if (NEEDS_ARTICLE.contains(paragraph.tokens.get(j).lower()) && !people.article(j)) {
          continue;
        }
        // "жінка та троє чоловіків отримали поранення", "wounded a woman and two children": one more of the
        // group counted after the person
        Figure grouped = PersonAndGroup.joined(paragraph.tokens, paragraph.sentence, at, v, figures,
            () -> otherVerbBefore(at, v)).orElse(null);
        if (grouped != null) {
          Figure before = figures.stream().filter(f -> f.category().equals(v) && f.last() == grouped.last()
              && f.first() > at).findFirst().orElse(null);
          if (before != null) {
            figures.set(figures.indexOf(before), grouped);
          } else {
            figures.add(grouped);
            implicit.add(grouped);
          }
          break;
        }
        // a person after a figure of the category is one of those counted: "two people were killed
        // ... the man was 64"
        // ... unless the person is at another settlement than the figure: "травмовано чотирьох: - У
        // Сумській громаді постраждала дитина ... - У Середино-Будській громаді травмовано чоловіка"
        // breaks the four down by place (a total and its parts), it does not repeat them
        // "двое взрослых и десятилетний ребенок погибли": a person joined by "and" to the figure's
        // people is one more of that figure
        // "ще одна жінка та чоловік отримали поранення": the noun of a figure of one is that figure's own; the
        // persons joined to it by "and" come after it
        if (figures.stream().anyMatch(f -> f.category().equals(v) && f.count().min() == 1 && f.count().max().orElse(-1) == 1
            && NumberWords.at(paragraph.tokens, f.first()).length > 0 && f.first() + NumberWords.at(paragraph.tokens, f.first())[1].getAsInt() == at
            && PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(at).lower()) && people.joinedAfterAnd(at))) {
          continue;
        }
        Figure joined = figures.stream().filter(f -> f.category().equals(v) && people.joinedToPeople(f, at)).findFirst().orElse(null);
        if (joined != null) {
          figures.set(figures.indexOf(joined), new Figure(v, joined.count().plus(CasualtyCount.exactly(1)), joined.first(),
              Math.max(joined.last(), at), null, joined.spans(), joined.revision()));
          break;
        }
        // "zwei Kinder und ein Erwachsener wurden verletzt": groups counted before the person and joined
        // to it by "and" have no verb of their own; they are of the person's figure
        int joinedAt = at > 0 && ONE.contains(paragraph.tokens.get(at - 1).lower()) ? at - 1 : at;
        JoinedGroups.Joined groups = JoinedGroups.before(paragraph.tokens, joinedAt, paragraph.sentence, people::personNoun, k -> people.notAGroup(k, figures));
        final int person = joinedAt;
        if (groups.first() >= 0 && paragraph.clause[m.first()] == paragraph.clause[at]
            && figures.stream().noneMatch(f -> f.category().equals(v) && f.first() <= person && person <= f.last())) {
          int last = Math.max(at, m.last());
          Figure one = new Figure(v, CasualtyCount.exactly(1 + groups.people()), groups.first(), last, null,
              List.of(paragraph.span(groups.first(), last)));
          figures.add(one);
          implicit.add(one);
          break;
        }
        // ... unless the person has a verb of its own after it, of another category: "A woman was killed and a
        // man was injured", "Загинула жінка, поранено чоловіка" (the verb before the person: "поранено" is its own)
        boolean counted = figures.stream().anyMatch(f -> f.last() < at && at - f.last() <= 3
            && paragraph.sentence[f.last()] == paragraph.sentence[at] && (f.category().equals(v) || f.last() >= m.first()
            || !joinedAfter(f.last(), at))
            || f.category().equals(v) && (paragraph.clause[f.first()] == paragraph.clause[at]
                || f.last() < Math.min(at, m.first()) && !implicit.contains(f) && !placing.elsewhere(f.first(), at)));
        if (!counted) {
          // "поранення дістали 79-річна жінка та 71-річний чоловік", "погибли женщина и ребенок": each
          // person joined by "and" is one more
          int n = 1;
          int last = Math.max(j, m.last());
          int previous = j;
          // (a list's commas open clauses: the sentence bounds it, "and" or a list closed by "and" joins it)
          for (int k = j + 1; k < paragraph.tokens.size() && k <= last + 7 && paragraph.sentence[k] == paragraph.sentence[j]; k++) {
            String w = paragraph.tokens.get(k).lower();
            if (m.last() < j && ownVerbAfter(k, v)) {
              break; // "загинула жінка, ще одна жінка та чоловік отримали поранення": the persons after the comma have a verb of their own
            }
            if ((PeopleWords.SINGULAR_PERSONS.contains(w) || PeopleWords.SINGULAR_MINORS.contains(w)
                || Ages.agedPerson(paragraph.tokens, k, paragraph.language)) && k > previous + 1
                && (people.joinedByAnd(j, k) || people.listed(previous, k))) {
              // each person of a list is one more, the list joined by "and" or by commas that "and" closes
              n++;
              previous = k;
              last = Math.max(last, k);
            } else if (PeopleWords.PLURAL_PERSONS.contains(w) && k > j + 1 && k + 1 < paragraph.tokens.size() && people.joinedByAnd(j, k)
                && NumberWords.at(paragraph.tokens, k + 1).length > 0
                && ages.ageOrYear(k + 1, k + NumberWords.at(paragraph.tokens, k + 1)[1].getAsInt())) {
              // "женщина 1958 и мужчины 1983 и 1985 годов рождения": people in the plural with their ages or years count as many
              n += ages.listedAges(k + 1);
              last = Math.max(last, ages.lastOfAgeList(k + 1));
            }
          }
          // "A 29-year-old electrician and a 63-year-old pensioner were wounded": persons joined by "and"
          // before the first one found, their ages pushing them out of its reach
          int firstPerson = j;
          for (int k = j - 2; k >= Math.max(0, j - 16) && paragraph.sentence[k] == paragraph.sentence[j]; k--) {
            String w = paragraph.tokens.get(k).lower();
            if ((PeopleWords.SINGULAR_PERSONS.contains(w) || PeopleWords.SINGULAR_MINORS.contains(w)
                || Ages.agedPerson(paragraph.tokens, k, paragraph.language))
                && people.listed(k, firstPerson)) {
              n++;
              firstPerson = k;
            }
          }
          Figure one = new Figure(v, CasualtyCount.exactly(n), Math.min(firstPerson, m.first()), last, null,
              List.of(paragraph.span(Math.min(firstPerson, m.first()), last)));
          figures.add(one);
          implicit.add(one);
        }
        break;
      }
    }
  }

  /**
   * Whether a person at {@code k}, listed after the verb of category {@code v}, has a killed or injured word of
   * another category of its own after it in its sentence, only persons, ages and "and" between.
   */
  private boolean ownVerbAfter(int k, String v) {
    for (int j = k + 1; j < paragraph.tokens.size() && j <= k + 8 && paragraph.sentence[j] == paragraph.sentence[k]; j++) {
      Cue.Match c = Cue.Match.killedOrInjured(paragraph.startingAt(Lexicon.Kind.CASUALTY, j));
      if (c != null) {
        // ("killing a guard and a driver and wounding a sailor": a verb after "and" has objects of its own)
        return !c.cue().value().equals(v) && !Paragraph.LIST_WORDS.contains(paragraph.tokens.get(j - 1).lower());
      }
      if (paragraph.tokens.get(j).clauseBreak()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a killed or injured word of another category than {@code v} stands shortly before the person at
   * {@code at} in its clause: "погиб один мирный житель и 19 человек получили ранения".
   */
  private boolean otherVerbBefore(int at, String v) {
    for (int k = at - 1; k >= Math.max(0, at - 4) && paragraph.clause[k] == paragraph.clause[at]; k--) {
      Cue.Match c = Cue.Match.killedOrInjured(paragraph.endingAt(Lexicon.Kind.CASUALTY, k));
      if (c != null) {
        return !c.cue().value().equals(v);
      }
    }
    return false;
  }

  /** "тяжелые ранения получила женщина ... от полученных травм она погибла": the injured one died */
  private void injuredWhoDied(List<Figure> figures) {
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.CASUALTY)) {
      if (!m.cue().value().equals("killed")
          || !(DiedOfInjuries.at(paragraph.tokens, m, paragraph.casualtyWithCauses)
          || DiedOfInjuries.inHospital(paragraph.tokens, m, paragraph.sentence))) {
        continue;
      }
      // the figure that counts this death already, if any: "один із чоловіків помер від травм"
      Figure counted = null;
      for (Figure f : figures) {
        if (f.category().equals("killed") && f.first() <= m.last() && paragraph.sentence[f.first()] == paragraph.sentence[m.first()]
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
      boolean oneOfThem = counted == null && deathsCounted && DiedOfInjuries.sameInjured(paragraph.tokens, m.first(), m.last(),
          hurt.first(), hurt.last(), m);
      // "Zwei Menschen wurden verletzt. Ein 61-jähriger Mann erlag seinen Verletzungen": one person who died of
      // injuries, after the injured were counted and at no other place, is one of them (not "another")
      final Figure dead = counted;
      final Figure injured = hurt;
      boolean oneWhoDiedOfInjuries = dead != null && dead.count().min() == 1 && dead.count().max().orElse(0) == 1
          && DiedOfInjuries.at(paragraph.tokens, m, paragraph.casualtyWithCauses) && !DiedOfInjuries.onTheSpot(paragraph.tokens, m)
          && DiedOfInjuries.person(paragraph.tokens, dead.first(), dead.last())
          && !additional(dead) && !anotherAttack(dead) && !placing.elsewhere(injured.first(), dead.first()) && !saidMore(dead);
      if (counted == null ? deathsCounted && !oneOfThem : !DiedOfInjuries.sameInjured(paragraph.tokens, counted.first(), counted.last(),
          hurt.first(), hurt.last(), m) && !oneWhoDiedOfInjuries) {
        continue; // the deaths are counted already, or this death is of someone not counted injured
      }
      figures.remove(hurt);
      if (hurt.count().min() > died) {
        figures.add(new Figure("injured", OfThem.rest(hurt.count(), died), hurt.first(), hurt.last(), null, hurt.spans(),
            hurt.revision()));
      }
      if (!deathsCounted || oneOfThem) {
        figures.add(new Figure("killed", CasualtyCount.exactly(1), m.first(), m.last(), null, List.of(paragraph.span(m.first(), m.last()))));
      }
    }
  }

  /** "подтвердили гибель женщины", "the death of a man": one killed, when no figure counts the dead */
  private void deathsOf(List<Figure> figures) {
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.CASUALTY)) {
      int who = m.cue().value().equals("killed") ? DeathOf.person(paragraph.tokens, m.first(), m.last()) : -1;
      if (who >= 0 && figures.stream().noneMatch(f -> f.category().equals("killed"))) {
        figures.add(new Figure("killed", CasualtyCount.exactly(1), m.first(), who, null, List.of(paragraph.span(m.first(), who))));
      }
    }
  }

  /** "сообщил о погибшем", "щодо потерпілого": one of the category, when no figure of the paragraph counts it */
  private void toldAboutOne(List<Figure> figures) {
    for (OneAbout.One one : OneAbout.find(paragraph.tokens)) {
      if (figures.stream().noneMatch(f -> f.category().equals(one.category()))) {
        figures.add(new Figure(one.category(), CasualtyCount.exactly(1), one.first(), one.last(), null,
            List.of(paragraph.span(one.first(), one.last()))));
      }
    }
  }

  /** "there were no injuries or fatalities", "без жертв": zero, which is known, unlike a figure never given */
  private void saidNone(List<Figure> figures) {
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.NO_CASUALTIES)) {
      String v = m.cue().value();
      for (String category : v.equals("all") ? List.of("killed", "injured", "minors") : List.of(v)) {
        figures.add(new Figure(category, CasualtyCount.NONE, m.first(), m.last(), null, List.of(paragraph.span(m.first(), m.last()))));
      }
    }
  }

  /** "nobody was wounded", "nicht verletzt worden": a negation before a casualty word, however worded */
  private void negated(List<Figure> figures) {
    for (Negated.Zero z : Negated.find(paragraph.language, paragraph.tokens, paragraph.cues.get(Lexicon.Kind.CASUALTY),
        paragraph.cues.get(Lexicon.Kind.NO_CASUALTIES), paragraph.clause)) {
      figures.add(new Figure(z.category(), CasualtyCount.NONE, z.first(), z.last(), null, List.of(paragraph.span(z.first(), z.last()))));
    }
  }

  /**
   * "55-летняя женщина погибла ... В результате погибла 55-летняя женщина": one person told twice, dropped
   * before places are given so that the repetition takes no other figure's place
   */
  private void withoutPersonsToldTwice(List<Figure> figures) {
    List<Figure> retold = new ArrayList<>();
    for (int a = 0; a < figures.size(); a++) {
      for (int b = a + 1; b < figures.size(); b++) {
        Figure x = figures.get(a);
        Figure y = figures.get(b);
        if (x.category().equals(y.category()) && paragraph.sentence[x.first()] != paragraph.sentence[y.first()] && !x.revision()
            && !y.revision()
            && !retold.contains(x) && ages.sameAge(x, y)) {
          retold.add(y);
        }
      }
    }
    figures.removeAll(retold);
  }

  /** Gives each figure its place: the nearest in its clause, one figure of a category per place. */
  private void placed(List<Figure> figures) {
    for (int f = 0; f < figures.size(); f++) {
      Figure fig = figures.get(f);
      Set<PlaceMention> taken = new LinkedHashSet<>();
      // a revised figure goes where the figure it revises went
      for (int g = 0; g < f && !fig.revision(); g++) {
        if (figures.get(g).category().equals(fig.category()) && figures.get(g).where() != null) {
          taken.add(figures.get(g).where());
        }
      }
      figures.set(f, new Figure(fig.category(), fig.count(), fig.first(), fig.last(), placing.locality(fig.first(), taken), fig.spans(),
          fig.revision()));
    }
  }

  /**
   * "13 people were injured ... 'a total of 13 injured are known,' he wrote": a later sentence that gives the
   * same figure of the same place (or of none) tells it again
   */
  private void withoutRepeats(List<Figure> figures) {
    List<Figure> kept = new ArrayList<>();
    List<Figure> movedFromRegion = new ArrayList<>();
    for (Figure f : figures) {
      // ... unless the later one says it is another ("поранень зазнав також 56-річний чоловік", "another
      // person") or the two are people of different ages ("82-летняя женщина", "67-летний мужчина")
      Figure told = f.count().min() == 0 || additional(f) || anotherAttack(f)
          ? null : kept.stream().filter(k -> paragraph.sentence[k.first()] != paragraph.sentence[f.first()]
          && k.category().equals(f.category()) && k.count().min() == f.count().min() && !k.revision() && !f.revision()
          && (FigurePlaces.samePlace(k.where(), f.where()) || placing.sameCommunity(k.where(), f.where())) && !ages.differentAges(k, f)
          && !OtherMeans.between(paragraph.cues.get(Lexicon.Kind.MEANS), paragraph.sentence, k.first(), f.first()))
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
    // "загинула жінка ... кількість загиблих у Шевченковому зросла до трьох": a revised figure at a settlement
    // is the new count of its category there; the earlier figures it revises, in earlier sentences, go
    // ... when the revision names the settlement in its own sentence (one that only inherits the paragraph's
    // place is the mention builder's, which keeps the earlier as its history: "injuring 15 ... rose to 21")
    for (Figure r : List.copyOf(kept)) {
      if (r.revision() && r.where() != null && !r.where().isRegion() && paragraph.sentence[r.where().first()] == paragraph.sentence[r.first()]) {
        kept.removeIf(k -> k != r && !k.revision() && k.category().equals(r.category()) && k.first() < r.first()
            && paragraph.sentence[k.first()] != paragraph.sentence[r.first()] && k.count().min() > 0
            && k.where() != null && FigurePlaces.samePlace(k.where(), r.where()));
      }
    }
    figures.retainAll(kept);
  }

  /**
   * People counted by their ages joined by "and", each with its own age word, before a plural
   * noun: "Поранені 33-річний та 56-річний чоловіки", "погибли 40-летний и 52-летний мужчины";
   * adds the figure and returns true.
   */
  private boolean agedPeople(int i, AgedPeopleList.Counted aged, List<Figure> figures) {
    // "пострадали 60-летний мужчина, 75-летняя и 68-летняя женщины": the persons listed before the ages
    // are of their figure, the verb before the whole list
    int[] before = AgedPeopleList.listedBefore(paragraph.tokens, paragraph.sentence, paragraph.language, i);
    int n = aged.people() + before[1];
    int from = before[0];
    Cue.Match cue = null;
    for (int j = from - 1; j >= Math.max(0, from - 3) && cue == null && paragraph.sentence[j] == paragraph.sentence[i]; j--) {
      cue = paragraph.endingAt(Lexicon.Kind.CASUALTY, j);
    }
    for (int j = aged.last() + 1; j < Math.min(paragraph.tokens.size(), aged.last() + 4) && cue == null
        && paragraph.sentence[j] == paragraph.sentence[i]; j++) {
      cue = paragraph.startingAt(Lexicon.Kind.CASUALTY, j);
    }
    if (Cue.Match.killedOrInjured(cue) == null) {
      return false;
    }
    figures.add(new Figure(cue.cue().value(), CasualtyCount.exactly(n), from, aged.last(), null,
        List.of(paragraph.span(from, aged.last()), paragraph.span(cue.first(), cue.last()))));
    return true;
  }

  /**
   * "ein fünfter Verletzter sei vor Ort versorgt worden", "a third man died in hospital": an ordinal
   * before a casualty word (or a person and its verb) says the count has reached it; adds the figure.
   */
  /**
   * "eine vierköpfige Familie kam ums Leben", "killed a family of four": a family of a told size with
   * a killed or injured word in its sentence, near it, is that many people; adds the figure unless a
   * number of the sentence already counts them.
   */
  private void families(List<Figure> figures) {
    for (int k = 0; k < paragraph.tokens.size(); k++) {
      OptionalInt n = FamilyOfN.size(paragraph.tokens, paragraph.sentence, k);
      if (n.isEmpty()) {
        continue;
      }
      int at = k;
      if (figures.stream().anyMatch(f -> paragraph.sentence[f.first()] == paragraph.sentence[at] && !f.category().equals("minors"))) {
        continue;
      }
      Cue.Match cue = null;
      // "killed a married couple and injured another woman": a verb right before the family, its adjective
      // between, is its own before any verb after it
      for (int j = k - 1; j >= Math.max(0, k - 3) && paragraph.sentence[j] == paragraph.sentence[k] && cue == null; j--) {
        cue = Cue.Match.killedOrInjured(paragraph.endingAt(Lexicon.Kind.CASUALTY, j));
      }
      for (int j = k + 1; j < Math.min(paragraph.tokens.size(), k + 12) && paragraph.sentence[j] == paragraph.sentence[k]
          && cue == null; j++) {
        cue = Cue.Match.killedOrInjured(paragraph.startingAt(Lexicon.Kind.CASUALTY, j));
      }
      for (int j = k - 1; j >= Math.max(0, k - 5) && paragraph.sentence[j] == paragraph.sentence[k] && cue == null; j--) {
        cue = Cue.Match.killedOrInjured(paragraph.endingAt(Lexicon.Kind.CASUALTY, j));
      }
      if (cue != null) {
        figures.add(new Figure(cue.cue().value(), CasualtyCount.exactly(n.getAsInt()), k, k, null,
            List.of(paragraph.span(k, k), paragraph.span(cue.first(), cue.last()))));
      }
    }
  }

  private boolean ordinalCount(int i, List<Figure> figures) {
    OptionalInt n = Ordinals.of(paragraph.tokens.get(i).lower());
    if (n.isEmpty() || i + 1 >= paragraph.tokens.size()) {
      return false;
    }
    // "об еще одной, третьей, пострадавшей": the ordinal between commas, its casualty word after the second
    boolean apposed = i >= 1 && i + 2 < paragraph.tokens.size() && paragraph.tokens.get(i - 1).text().equals(",")
        && paragraph.tokens.get(i + 1).text().equals(",");
    Cue.Match cue = paragraph.startingAt(Lexicon.Kind.CASUALTY, apposed ? i + 2 : i + 1);
    boolean person = PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(i + 1).lower())
        || cue != null && (cue.cue().value().equals("people") || cue.cue().value().equals("minors"));
    if (person) {
      // "a third man died", "ein zweites Kind wurde verletzt": the person's verb after it
      cue = null;
      for (int j = i + 2; j < Math.min(paragraph.tokens.size(), i + 6) && paragraph.sentence[j] == paragraph.sentence[i]
          && cue == null; j++) {
        cue = paragraph.startingAt(Lexicon.Kind.CASUALTY, j);
      }
    }
    if (Cue.Match.killedOrInjured(cue) == null) {
      return false;
    }
    figures.add(new Figure(cue.cue().value(), CasualtyCount.exactly(n.getAsInt()), i, cue.last(), null,
        List.of(paragraph.span(i, cue.last()))));
    return true;
  }

  /**
   * The personal pronoun that opens the sentence of the casualty word {@code m}, or -1 ("He suffered a concussion, leg burns and head injuries", "Er wurde verletzt", "Вона
   * дістала поранення") while no figure was given before it: the person it stands for was named
   * without one ("dropped an explosive device on a 52-year-old man").
   */
  private int pronounSubject(Cue.Match m, List<Figure> figures) {
    int j = m.first() - 1;
    while (j > 0 && paragraph.sentence[j - 1] == paragraph.sentence[m.first()]) {
      j--;
    }
    if (j < 0 || !PRONOUNS.contains(paragraph.tokens.get(j).lower()) || j >= m.first() || m.first() - j > 15
        || paragraph.sentence[j] != paragraph.sentence[m.first()] || figures.stream().anyMatch(f -> f.first() < m.first())
        // "Unter den Verletzten sei auch ein Mitarbeiter ... Er wurde in ein Krankenhaus gebracht": the person
        // it stands for was told among those hurt, one of them
        || paragraph.cues.get(Lexicon.Kind.CASUALTY).stream().anyMatch(c -> c.first() < m.first() && Cue.Match.killedOrInjured(c) != null
            && among(c.first()))
        // "He said two people were injured": the speaker, not the hurt
        || j + 1 < paragraph.tokens.size() && paragraph.startingAt(Lexicon.Kind.HEDGE, j + 1) != null) {
      return -1;
    }
    for (int k = j + 1; k < m.first(); k++) {
      if (NumberWords.at(paragraph.tokens, k).length > 0) {
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
  boolean anotherAttack(Figure f) {
    for (Cue.Match more : paragraph.cues.get(Lexicon.Kind.MORE)) {
      if (paragraph.sentence[more.first()] != paragraph.sentence[f.first()]) {
        continue;
      }
      for (Lexicon.Kind k : List.of(Lexicon.Kind.ATTACK, Lexicon.Kind.MEANS)) {
        for (Cue.Match a : paragraph.cues.get(k)) {
          if (a.first() > more.last() && a.first() - more.last() <= 3
              && paragraph.sentence[a.first()] == paragraph.sentence[more.first()]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a word of more stands at the figure's number: "another man died", "ще один", "ein weiterer". */
  boolean saidMore(Figure f) {
    return paragraph.cues.get(Lexicon.Kind.MORE).stream().anyMatch(c -> c.first() >= f.first() - 2 && c.last() <= f.last());
  }

  /** Whether a word near the figure says its people are others than those told before: "також", "another", "ebenfalls". */
  boolean additional(Figure f) {
    if (MoreOfThem.before(paragraph.tokens, paragraph.sentence, f, paragraph.cues.get(Lexicon.Kind.CASUALTY))) {
      return true;
    }
    for (int k = Math.max(0, f.first() - 3); k <= Math.min(paragraph.tokens.size() - 1, f.last() + 2); k++) {
      if (paragraph.sentence[k] == paragraph.sentence[f.first()] && ALSO.contains(paragraph.tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the clause of token {@code k}. */
  private int clauseStart(int k) {
    int start = k;
    while (start > 0 && paragraph.clause[start - 1] == paragraph.clause[k]) {
      start--;
    }
    return start;
  }

  /**
   * Whether a figure of the category before the number at {@code i}, in its sentence and past a comma or
   * dash, has the same casualty word {@code cue}, which comes after both: the number is inside an apposition of that figure's
   * people ("Fünf Menschen, zwei Frauen ... sowie drei Männer ..., wurden verletzt", "five people,
   * including two women aged 32 and 95, have been killed"), some of them, not more.
   */
  private boolean sharesVerb(int i, Cue.Match cue, String category, List<Figure> figures) {
    int at = paragraph.tokens.get(cue.first()).start();
    for (Figure f : figures) {
      if (f.category().equals(category) && f.first() < i && cue.first() > i && f.spans().size() > 1 && f.spans().get(1).start() == at
          && paragraph.sentence[f.first()] == paragraph.sentence[i] && !f.revision()) {
        // the apposition opens right after the figure's people ("five people,", "Two more residents—"); "Zwei
        // Menschen hätten die Russen in Kateryniwka, einen weiteren in Nowohrodiwka getötet" lists two
        for (int k = f.last() + 1; k < Math.min(i, f.last() + 4); k++) {
          String t = paragraph.tokens.get(k).text();
          if (t.equals(",") || Dateline.DASHES.contains(t)) {
            return true;
          }
          if (!paragraph.tokens.get(k).word()) {
            break;
          }
        }
      }
    }
    return false;
  }

  /** Whether "and" or a comma stands between {@code from} and {@code to}: a new subject, not the figure's own noun. */
  private boolean joinedAfter(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = paragraph.tokens.get(k).lower();
      if (w.equals(",") || Paragraph.LIST_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word that makes what follows a subset stands right before {@code k}: "серед", "among", "darunter". */
  private boolean among(int k) {
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (AmongSubset.beforeCasualty(paragraph.tokens.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** How far a noun of people bridges to its verb: German puts the participle last ("18 Menschen sind ... getötet worden"). */
  private int bridgedTokens() {
    return paragraph.language == Language.DE ? 2 * BRIDGED_TOKENS : BRIDGED_TOKENS;
  }

  /**
   * Whether the number at {@code next} is joined by "and" to the people of the number ending at {@code end},
   * a settlement of theirs between: groups told by place ("12 Zivilisten in Siwerodonezk und ein Mensch in
   * Hirske", "троє людей у Херсоні та двоє в Бериславі") share the verb after the last of them.
   */
  private boolean groupsByPlace(int end, int next) {
    if (next < 1 || !Paragraph.LIST_WORDS.contains(paragraph.tokens.get(next - 1).lower())) {
      return false;
    }
    for (int k = end + 1; k < next - 2; k++) {
      final int at = k + 1;
      // (a name the gazetteer does not know counts too: "in Siwerodonezk")
      if (IN.contains(paragraph.tokens.get(k).lower()) && (paragraph.tokens.get(at).capitalised()
          || paragraph.mentions.stream().anyMatch(m -> !m.isRegion() && m.first() == at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number at {@code next} opens a group joined by "and" ("sowie") to an age list right before it,
   * its own people noun after it: "... im Alter von 64, 63 und 58 sowie zwei Frauen"; JoinedGroups joins groups
   * only noun to noun.
   */
  private boolean groupsByAge(int next) {
    if (next < 2 || !Paragraph.LIST_WORDS.contains(paragraph.tokens.get(next - 1).lower())
        && !paragraph.tokens.get(next - 1).lower().equals("sowie")) {
      return false;
    }
    String before = paragraph.tokens.get(next - 2).lower();
    int after = next + NumberWords.at(paragraph.tokens, next)[1].getAsInt();
    return (Character.isDigit(before.charAt(0)) || FigureAges.AGE_OR_YEAR_WORDS.contains(before) || before.startsWith("jahre"))
        && after < paragraph.tokens.size() && people.personNoun(after) && !people.personNoun(next - 2);
  }

  /** Whether a settlement follows the number ending at {@code end} with only a preposition (and a dash) between. */
  private boolean atPlace(int end) {
    int k = end + 1;
    if (k < paragraph.tokens.size() && Dateline.DASHES.contains(paragraph.tokens.get(k).text())) {
      k++;
    }
    if (k + 1 >= paragraph.tokens.size() || !IN.contains(paragraph.tokens.get(k).lower())) {
      return false;
    }
    final int at = k + 1;
    return paragraph.mentions.stream().anyMatch(m -> !m.isRegion() && m.first() == at);
  }

  private boolean insideNoCasualties(int i) {
    return paragraph.cues.get(Lexicon.Kind.NO_CASUALTIES).stream().anyMatch(m -> m.first() <= i && i <= m.last());
  }

  /** The count a number makes with the bound words before it: "mindestens", "up to", "близько". */
  private CasualtyCount bounded(int n, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      Cue.Match b = paragraph.endingAt(Lexicon.Kind.BOUND, j);
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
      Cue.Match h = paragraph.endingAt(Lexicon.Kind.HEDGE, j);
      if (h != null && h.cue().value().equals("AT_LEAST") && h.last() >= i - 2) {
        return CasualtyCount.atLeast(n);
      }
    }
    return CasualtyCount.exactly(n);
  }

}
