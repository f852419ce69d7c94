package org.trucewatch.formats.text;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The words for people near a figure's number: whether a person's noun follows it, whom "of the
 * injured" counts, whether people are joined by "and", whether an article opens a person.
 */
final class PeopleWords {
  /** The article or pronoun after "of": "one of the injured", "two of them". */
  private static final Set<String> THE = Set.of("the", "them", "those");
  /** Minors in the singular: "дитина", "a child", "ein Mädchen". */
  /** "also" after "а" makes "and": "а також", "а также". */
  private static final Set<String> ALSO = Set.of("також", "также");
  static final Set<String> SINGULAR_MINORS = Set.of("дитина", "дитину", "child", "kind", "ребенок", "ребёнок",
      "подросток", "підліток", "teenager", "minor", "jugendlicher", "jugendliche", "minderjähriger", "minderjährige",
      "girl", "boy", "mädchen", "junge", "дівчинка", "хлопчик", "хлопець", "дівчина", "девочка", "мальчик",
      // the youngest: "ein sieben Monate altes Baby", "an infant"
      "baby", "säugling", "kleinkind", "infant", "toddler",
      // the other cases of one child: "о двухлетнем мальчике", "поранено хлопчика", "госпитализировали ребенка"
      "мальчика", "мальчику", "мальчиком", "мальчике", "девочки", "девочку", "девочкой", "девочке", "ребенка", "ребёнка",
      "ребенку", "ребёнку", "ребенком", "ребёнком", "ребенке", "ребёнке", "подростка", "подростку", "подростке",
      "хлопчика", "хлопчику", "хлопчиком", "дівчинку", "дівчинки", "дівчинці", "дівчинкою", "дитини", "дитині", "дитиною",
      "підлітка", "підлітку", "підлітком");

  /**
   * German head nouns of one person that a compound ends in: "Hotelmitarbeiter", "Lkw-Fahrer",
   * "Hausbewohnerin" are one person as their last part is ("Mitarbeiter", "Fahrer", "Bewohnerin").
   */
  private static final List<String> GERMAN_HEADS = List.of("mitarbeiterin", "mitarbeiter", "arbeiterin", "arbeiter",
      "fahrerin", "fahrer", "bewohnerin", "bewohner", "rentnerin", "rentner", "helferin", "helfer", "mann", "frau");

  /** Whether a capitalised German word is a compound ending in a head noun of one person: "ein Hotelmitarbeiter". */
  static boolean germanCompoundPerson(Token t, Language language) {
    if (language != Language.DE || !t.capitalised()) {
      return false;
    }
    String w = t.lower();
    // the compound has a first part of its own, three letters at least ("Lkw-Fahrer", "Hotelmitarbeiter")
    return GERMAN_HEADS.stream().anyMatch(h -> w.endsWith(h) && w.length() >= h.length() + 3);
  }

  /** One adult in the singular: "погиб мужчина", "a woman was injured", "Поранено чоловіка". */
  static final Set<String> SINGULAR_PERSONS = RoleNouns.with("man", "woman", "person", "mann", "frau", "мужчина", "женщина",
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
      // and in German and English: "Die Mutter ist gestorben", "his wife was injured"
      "mutter", "vater", "sohn", "tochter", "ehefrau", "ehemann", "mother", "father", "son", "daughter", "wife", "husband",
      // the rest of the family, in every language: "погибла бабушка", "Дедушка и его внук были травмированы", "ее
      // супруг получил травмы", "загинув дідусь", "his grandmother was killed", "die Großmutter starb"
      "бабушка", "бабушку", "дедушка", "дедушку", "внук", "внука", "внучка", "внучку", "супруг", "супруга", "супругу",
      "брат", "брата", "сестра", "сестру", "родственник", "родственника", "родственница", "родственницу",
      "бабуся", "бабусю", "бабця", "бабцю", "дідусь", "дідуся", "онук", "онука", "онучка", "онуку", "родич",
      "родича", "родичка", "родичку", "grandmother", "grandfather", "grandson", "granddaughter", "brother", "sister",
      "großmutter", "großvater", "enkel", "enkelin", "bruder", "schwester",
      // an adult after children: "zwei Kinder und ein Erwachsener", "двое детей и взрослый"
      "adult", "erwachsener", "взрослый", "взрослого", "взрослая", "взрослую", "дорослий", "дорослого", "доросла", "дорослу",
      // a person, as the Ukrainian reports write it: "загинула цивільна особа"
      "особа", "особу",
      // a young woman: "погибла девушка", "несовершеннолетняя девушка получила травму"
      "девушка", "девушку"
      // and people named by their work: "a policeman died", "ein Polizist wurde verletzt", "поранено
      // рятувальника" (RoleNouns.with)
      );
  /** People in the plural before a list of their ages: "жінки 72 і 67 років". */
  static final Set<String> PLURAL_PERSONS = Set.of("жінки", "чоловіки", "женщины", "мужчины", "men", "women",
      "männer", "frauen", "люди", "people", "civilians", "мешканці", "жителі", "жители", "діти", "дети", "children", "kinder",
      // after a number and as an object: "двое мужчин", "поранено двох чоловіків і трьох жінок"
      "мужчин", "женщин", "чоловіків", "жінок",
      // young people of any age, which their ages tell: "двоє хлопців 13 і 18 років"
      "хлопці", "хлопців", "дівчата", "дівчат", "парни", "парней", "девушки", "девушек");

  private final Paragraph paragraph;
  private final FigureAges ages;

  /** The people words of this paragraph, with the ages written with them. */
  PeopleWords(Paragraph paragraph, FigureAges ages) {
    this.paragraph = paragraph;
    this.ages = ages;
  }

  /** Whether a person or people word stands within four tokens after {@code end}: "eine 67-Jährige", "einen 57-jährigen Mann". */
  boolean personAhead(int end) {
    for (int k = end + 1; k < Math.min(paragraph.tokens.size(), end + 5) && paragraph.sentence[k] == paragraph.sentence[end]; k++) {
      String w = paragraph.tokens.get(k).lower();
      Cue.Match c = paragraph.startingAt(Lexicon.Kind.CASUALTY, k);
      boolean people = c != null && (c.cue().value().equals("people") || c.cue().value().equals("minors"));
      // "einen weiteren in Nowohrodiwka getötet", "ein weiterer erlitt Verletzungen": one more
      boolean more = k == end + 1 && paragraph.startingAt(Lexicon.Kind.MORE, k) != null;
      if (people || more || PeopleWords.SINGULAR_PERSONS.contains(w) || PeopleWords.SINGULAR_MINORS.contains(w) || w.startsWith("jährig")) {
        return true;
      }
      // a German noun is the article's own: "eine medizinische Einrichtung für Kinder" is no person
      if (paragraph.language == Language.DE && paragraph.tokens.get(k).word() && paragraph.tokens.get(k).capitalised()) {
        return false;
      }
    }
    return false;
  }

  /** The casualty word a number is some of, "of the injured", "із поранених", or -1. */
  int ofWhom(int end) {
    int k = end + 2;
    if (k < paragraph.tokens.size() && THE.contains(paragraph.tokens.get(k).lower())) {
      k++;
    }
    return k < paragraph.tokens.size() && isPeopleWord(k) ? k : -1;
  }

  /** Whether a singular person's noun ("Mann", "Frau", "Junge") follows within four tokens of {@code end}. */
  boolean singularPersonAhead(int end) {
    for (int k = end + 1; k < Math.min(paragraph.tokens.size(), end + 5) && paragraph.sentence[k] == paragraph.sentence[end]; k++) {
      String w = paragraph.tokens.get(k).lower();
      if (PeopleWords.SINGULAR_PERSONS.contains(w) || PeopleWords.SINGULAR_MINORS.contains(w)) {
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
  boolean joinedToPeople(Figure f, int at) {
    if (NumberWords.at(paragraph.tokens, f.first()).length == 0 || f.first() >= at) {
      return false;
    }
    int after = f.first() + NumberWords.at(paragraph.tokens, f.first())[1].getAsInt();
    Cue.Match people = after < paragraph.tokens.size() ? paragraph.startingAt(Lexicon.Kind.CASUALTY, after) : null;
    if (people == null && after < at && PeopleWords.PLURAL_PERSONS.contains(paragraph.tokens.get(after).lower())) {
      return joinedByAnd(after, at); // "two women and a man were injured": a plural person noun, like "adults"
    }
    if (people == null && after < at && f.count().min() == 1 && PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(after).lower())) {
      return joinedByAnd(after, at); // "ще одна жінка та чоловік отримали поранення": one person and one more
    }
    // "two adults and a child", and the other way round: "zwei Kinder und ein Erwachsener"
    if (people == null || !(people.cue().value().equals("people") || people.cue().value().equals("minors"))
        || people.last() >= at) {
      return false;
    }
    return joinedByAnd(people.last(), at);
  }

  /** Whether a person joined by "and" follows the person at {@code k}: "жінка та чоловік", "a woman and a 71-year-old man". */
  boolean joinedAfterAnd(int k) {
    for (int j = k + 2; j < paragraph.tokens.size() && j <= k + 5 && paragraph.sentence[j] == paragraph.sentence[k]; j++) {
      if (PeopleWords.SINGULAR_PERSONS.contains(paragraph.tokens.get(j).lower()) || Ages.agedPerson(paragraph.tokens, j, paragraph.language)) {
        return joinedByAnd(k, j);
      }
    }
    return false;
  }

  /** Whether only "and", ages and adjectives stand between two persons: "жінка та 71-річний чоловік". */
  boolean joinedByAnd(int first, int second) {
    boolean and = false;
    for (int k = first + 1; k < second; k++) {
      String w = paragraph.tokens.get(k).lower();
      int also = alsoAnd(k, second);
      if (w.equals(",") && !and && k + 1 < second && (alsoAnd(k + 1, second) > 0
          || Paragraph.LIST_WORDS.contains(paragraph.tokens.get(k + 1).lower()))) {
        continue; // the comma before "а також", the serial comma: "her brother, and a woman"
      }
      if (also > 0) {
        and = true; // "а також", "sowie": "and" too
        k += also - 1;
      } else if (Paragraph.LIST_WORDS.contains(w)) {
        and = true;
      } else if (!and && !(w.equals("-") || w.equals(".") || Character.isDigit(w.charAt(0)) || FigureAges.AGE_OR_YEAR_WORDS.contains(w)
          || w.equals("г") || w.equals("р") || FigureAges.OF_BIRTH.contains(w))) {
        // ("женщина 1961 года рождения и мужчина 1960 года рождения": the first person's year of birth too)
        // only the first person's age may stand before "and": "The body of a man was found under rubble and
        // a man and three women were treated" joins no one
        return false;
      } else if (!(w.equals("-") || Character.isDigit(w.charAt(0)) || paragraph.tokens.get(k).word()
          && !paragraph.tokens.get(k).capitalised()
          && !PeopleWords.SINGULAR_PERSONS.contains(w) && paragraph.startingAt(Lexicon.Kind.CASUALTY, k) == null || FigureAges.AGE_OR_YEAR_WORDS.contains(w))) {
        return false;
      }
    }
    return and;
  }

  /**
   * How many tokens at {@code k} (before {@code end}) say "and" in more words: "а також", "а также",
   * "sowie", "as well as"; 0 when none.
   */
  private int alsoAnd(int k, int end) {
    String w = paragraph.tokens.get(k).lower();
    if (w.equals("sowie")) {
      return 1;
    }
    if (w.equals("а") && k + 1 < end && ALSO.contains(paragraph.tokens.get(k + 1).lower())) {
      return 2;
    }
    if (w.equals("as") && k + 2 < end && paragraph.tokens.get(k + 1).lower().equals("well") && paragraph.tokens.get(k + 2).lower().equals("as")) {
      return 3;
    }
    return 0;
  }

  /**
   * Whether two persons stand in one list: joined by "and", or by a comma in a list that "and" closes
   * after the second ("дівчина 18 років, її 26-річний брат, а також 68-річна жінка", "a girl, her
   * brother and a woman"); a comma alone may be an apposition ("a man, a driver, was hurt").
   */
  boolean listed(int first, int second) {
    if (joinedByAnd(first, second)) {
      return true;
    }
    int comma = -1;
    for (int k = first + 1; k < second; k++) {
      if (paragraph.tokens.get(k).text().equals(",")) {
        if (comma >= 0) {
          return false;
        }
        comma = k;
      }
    }
    if (comma < 0 || !onlyAgesBetween(first, comma)) {
      return false;
    }
    // the list goes on past the second person to an "and" and a person after it
    for (int k = second + 1; k < Math.min(paragraph.tokens.size(), second + 8) && paragraph.sentence[k] == paragraph.sentence[second]; k++) {
      if (alsoAnd(k, paragraph.tokens.size()) > 0 || Paragraph.LIST_WORDS.contains(paragraph.tokens.get(k).lower())) {
        return betweenIsPersonWords(comma, second);
      }
    }
    return false;
  }

  /** Whether only ages, numbers and hyphens stand between {@code from} and {@code to} (exclusive): a person's age after it. */
  private boolean onlyAgesBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = paragraph.tokens.get(k).lower();
      if (!(w.equals("-") || Character.isDigit(w.charAt(0)) || FigureAges.AGE_OR_YEAR_WORDS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /** Whether only ages, adjectives and possessives (no verb, no name, no casualty word) stand between a comma and a person. */
  private boolean betweenIsPersonWords(int comma, int person) {
    for (int k = comma + 1; k < person; k++) {
      String w = paragraph.tokens.get(k).lower();
      if (!(w.equals("-") || Character.isDigit(w.charAt(0)) || FigureAges.AGE_OR_YEAR_WORDS.contains(w)
          || paragraph.tokens.get(k).word() && !paragraph.tokens.get(k).capitalised() && !SINGULAR_PERSONS.contains(w)
          && paragraph.startingAt(Lexicon.Kind.CASUALTY, k) == null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The persons in the singular joined by "and" after a list of ages ending at {@code last}, each with
   * its own age or year of birth: "мужчины 1978 и 1987 года рождения и женщина 1983 года рождения" has
   * one after the men's list. Returns how many, and the last token read.
   */
  int[] joinedAfter(int last) {
    int n = 0;
    int size = paragraph.tokens.size();
    if (last + 1 < size && FigureAges.OF_BIRTH.contains(paragraph.tokens.get(last + 1).lower())) {
      last++;
    }
    int k = last + 1;
    while (k + 1 < size && paragraph.sentence[k] == paragraph.sentence[last] && Paragraph.LIST_WORDS.contains(paragraph.tokens.get(k).lower())) {
      int person = -1;
      // past the person's adjectives and age: "и пожилая женщина", "та 45-річна жінка"
      for (int j = k + 1; j < Math.min(size, k + 5) && paragraph.sentence[j] == paragraph.sentence[k]; j++) {
        String w = paragraph.tokens.get(j).lower();
        if (SINGULAR_PERSONS.contains(w) || SINGULAR_MINORS.contains(w)) {
          person = j;
          break;
        }
        if (!(w.equals("-") || Character.isDigit(w.charAt(0)) || paragraph.tokens.get(j).word() && !paragraph.tokens.get(j).capitalised()
            && paragraph.startingAt(Lexicon.Kind.CASUALTY, j) == null)) {
          break;
        }
      }
      if (person < 0) {
        break;
      }
      n++;
      last = person;
      OptionalInt[] age = person + 1 < size ? NumberWords.at(paragraph.tokens, person + 1) : new OptionalInt[0];
      if (age.length > 0 && ages.ageOrYear(person + 1, person + age[1].getAsInt())) {
        last = ages.lastOfAgeList(person + 1);
        if (last + 1 < size && FigureAges.OF_BIRTH.contains(paragraph.tokens.get(last + 1).lower())) {
          last++;
        }
      }
      k = last + 1;
    }
    return new int[] {n, last};
  }

  /**
   * Whether the number at {@code k} counts no group to join: a figure of the dead or hurt counts it
   * already, or it is an age ("a 5-year-old girl and two adults").
   */
  boolean notAGroup(int k, List<Figure> figures) {
    int end = k + NumberWords.at(paragraph.tokens, k)[1].getAsInt() - 1;
    return ages.age(end) || Ages.inAgePhrase(paragraph.tokens, k) || Ages.shortAge(paragraph.tokens, end)
        || figures.stream().anyMatch(f -> f.first() <= k && k <= f.last() && !f.category().equals("minors"));
  }

  /** What a "minor" adjective says is slight: "minor injuries", "minor wounds". */
  private static final List<String> SLIGHT = List.of("injur", "wound", "damage", "burn", "cut", "bruis", "scratch", "abrasion",
      "concussion", "shrapnel");

  /** The verbs after which "minor" is a child: "a minor was injured". */
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "had", "have", "got", "suffered", "sustained");

  /** Whether "minor" at {@code k} is the adjective of an injury ("suffered minor injuries", "a minor leg injury"), not a child. */
  static boolean minorAsAdjective(List<Token> tokens, int k) {
    if (!tokens.get(k).lower().equals("minor") || k + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(k + 1).lower();
    // "suffered a minor leg injury": the part of the body hurt may stand between
    // (a verb there makes "minor" the noun: "a minor was injured")
    String after = k + 2 < tokens.size() && tokens.get(k + 1).word() && !AUXILIARIES.contains(next) ? tokens.get(k + 2).lower() : "";
    return SLIGHT.stream().anyMatch(s -> next.startsWith(s) || after.startsWith(s));
  }

  /** Whether the token at {@code k} names people as a noun: "Kinder", "adults", "женщины", "Erwachsener". */
  boolean personNoun(int k) {
    Cue.Match m = paragraph.endingAt(Lexicon.Kind.CASUALTY, k);
    String w = paragraph.tokens.get(k).lower();
    return m != null && (m.cue().value().equals("people") || m.cue().value().equals("minors"))
        || PeopleWords.PLURAL_PERSONS.contains(w) || PeopleWords.SINGULAR_PERSONS.contains(w) || PeopleWords.SINGULAR_MINORS.contains(w);
  }

  boolean isPeopleWord(int k) {
    return paragraph.startingAt(Lexicon.Kind.CASUALTY, k) != null;
  }

  /** Whether "a", "an" or "one" stands before the noun at {@code j}, over its adjectives: "a 27-year-old local resident". */
  boolean article(int j) {
    for (int k = j - 1; k >= Math.max(0, j - 9); k--) {
      String w = paragraph.tokens.get(k).lower();
      if (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another")) {
        // ("another civilian was injured": one more person, as "a civilian")
        return true;
      }
      // "a 66-year-old Kherson resident", "a Ukrainian civilian": a proper name right before the noun is an attribute
      boolean attribute = paragraph.tokens.get(k).capitalised() && k == j - 1;
      if (!(w.equals("-") || Character.isDigit(w.charAt(0)) || Character.isLetter(w.charAt(0))
          && (!paragraph.tokens.get(k).capitalised() || attribute) && !w.equals("the") && !w.equals("of"))) {
        return false;
      }
    }
    return false;
  }
}
