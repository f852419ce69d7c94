package org.trucewatch.formats.text;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The ages written with a paragraph's people ("a 61-year-old man", "жінки 72 і 67 років"), and the
 * numbers that are an age, a year or a day rather than a count of people.
 */
final class FigureAges {
  /** Words right before a year of birth: "born 1990", "Jahrgang 1990", "року народження". */
  private static final Set<String> BORN = Set.of("born", "geboren", "jahrgang", "народження", "рождения");
  /** The word after a year of birth: "1961 года рождения", "1961 року народження". */
  static final Set<String> OF_BIRTH = Set.of("рождения", "народження");
  /** Words two before a year of birth: "born in 1990". */
  private static final Set<String> BORN_IN = Set.of("born", "geboren");
  /** Words after a number that make it an age or a year: "дитина 13 років", "мужчина 1990 года рождения". */
  static final List<String> AGE_OR_YEAR_WORDS = List.of("років", "року", "рік", "роки", "лет", "года", "год",
      "years", "year", "jahre", "jahren", "jahrgang", "р.н", "г.р", "годов", "рр", "гг");
  /** Case endings written after a numeral are at most three letters: "13-ти", "5-х" (as {@link MeasureAdjective} tells). */
  private static final int CASE_ENDING = 3;

  /** The token after the number ending at {@code end}, past a case ending joined to it by a hyphen: "13-ти лет". */
  private int afterCaseEnding(int end) {
    int k = end + 1;
    if (k + 1 < paragraph.tokens.size() && paragraph.tokens.get(k).text().equals("-")
        && paragraph.tokens.get(k).start() == paragraph.tokens.get(end).end() && paragraph.tokens.get(k + 1).word()
        && paragraph.tokens.get(k + 1).start() == paragraph.tokens.get(k).end()
        && paragraph.tokens.get(k + 1).text().length() <= CASE_ENDING && !paragraph.tokens.get(k + 1).capitalised()) {
      return k + 2;
    }
    return k;
  }

  /** Words between the two ends of a range of ages: "от 24 до 38 лет", "від 20 до 45 років", "20 bis 40 Jahre", "18-25 years". */
  private static final Set<String> RANGE_TO = Set.of("до", "bis", "to", "-", "–");
  /** Month names, by which a number is a day: "December 10", "am 2. August", "28 вересня", "12 октября". */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "січня",
      "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
      "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");

  /**
   * English month abbreviations written with a full stop ("Feb. 16", "Sept. 3"): the stop is no sentence end before a
   * count. Full names are left out, since "in March. 16 people ..." may well end a sentence.
   */
  private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec");

  /** The paragraph whose tokens and sentences hold the ages. */
  private final Paragraph paragraph;

  /** The ages of this paragraph's people. */
  FigureAges(Paragraph paragraph) {
    this.paragraph = paragraph;
  }

  /** The age word of the age whose number is at {@code i}: "річний" in "33-річний". */
  int ageWordAfter(int i) {
    int k = i + NumberWords.at(paragraph.tokens, i)[1].getAsInt();
    return k < paragraph.tokens.size() && paragraph.tokens.get(k).text().equals("-") ? k + 1 : k;
  }

  /** Whether both figures name one person each by an age, and the ages differ. */
  boolean differentAges(Figure a, Figure b) {
    OptionalInt x = personAge(a);
    OptionalInt y = personAge(b);
    return a.count().min() == 1 && b.count().min() == 1 && x.isPresent() && y.isPresent() && x.getAsInt() != y.getAsInt();
  }

  /**
   * Whether two figures are one person each with the same age written: "55-летняя женщина погибла ...
   * В результате погибла 55-летняя женщина" tells of one woman twice, wherever the second is placed.
   */
  boolean sameAge(Figure a, Figure b) {
    OptionalInt x = personAge(a);
    OptionalInt y = personAge(b);
    return a.count().min() == 1 && b.count().min() == 1 && x.isPresent() && y.isPresent() && x.getAsInt() == y.getAsInt();
  }

  /** The age written with the figure's person: "67-летний мужчина", "мужчина 38 лет", "a 61-year-old man". */
  private OptionalInt personAge(Figure f) {
    for (int k = Math.max(0, f.first() - 4); k <= Math.min(paragraph.tokens.size() - 1, f.last() + 3); k++) {
      if (paragraph.sentence[k] != paragraph.sentence[f.first()] || !Character.isDigit(paragraph.tokens.get(k).text().charAt(0))) {
        continue;
      }
      if (age(k) || ageOrYear(k, k)) {
        return OptionalInt.of(Integer.parseInt(paragraph.tokens.get(k).text().replaceAll("\\D", "")));
      }
    }
    return OptionalInt.empty();
  }

  /** Whether the number ending at {@code end} is an age: "5-year-old", "5-річна", "5-летний", "5-jährige". */
  boolean age(int end) {
    int k = end + 1;
    int from = paragraph.tokens.get(end).end();
    if (k < paragraph.tokens.size() && paragraph.tokens.get(k).text().equals("-")) {
      // "ein 9- jähriger Junge", "58- річний": a space typed after the hyphen still joins the age word
      if (paragraph.tokens.get(k).start() == from) {
        from = paragraph.tokens.get(k).end();
      }
      k++;
      // "47- і 52-річний": the first age of a pair shares the second's word
      if (k + 1 < paragraph.tokens.size() && Paragraph.LIST_WORDS.contains(paragraph.tokens.get(k).lower())
          && NumberWords.at(paragraph.tokens, k + 1).length > 0) {
        return age(k + 1);
      }
    }
    if (k >= paragraph.tokens.size() || paragraph.tokens.get(k).start() - from > 1) {
      return false;
    }
    String w = paragraph.tokens.get(k).lower();
    return w.startsWith("year") || w.startsWith("jährig") || w.startsWith("річн") || w.startsWith("летн")
        || w.startsWith("month-old") || w.startsWith("місяч") || w.startsWith("месяч");
  }

  /** How many numbers the list of ages starting at {@code i} holds: "72 і 67 років" 2, "29, 41, 45 років" 3. */
  int listedAges(int i) {
    int n = 1;
    int k = i + NumberWords.at(paragraph.tokens, i)[1].getAsInt();
    while (k + 1 < paragraph.tokens.size()
        && (paragraph.tokens.get(k).text().equals(",") || Paragraph.LIST_WORDS.contains(paragraph.tokens.get(k).lower()))
        && NumberWords.at(paragraph.tokens, k + 1).length > 0 && Character.isDigit(paragraph.tokens.get(k + 1).text().charAt(0))) {
      n++;
      k = k + 1 + NumberWords.at(paragraph.tokens, k + 1)[1].getAsInt();
    }
    return n;
  }

  /** The last token of the list of ages starting at {@code i}: its age word ("років"). */
  int lastOfAgeList(int i) {
    int k = i + NumberWords.at(paragraph.tokens, i)[1].getAsInt();
    while (k + 1 < paragraph.tokens.size()
        && (paragraph.tokens.get(k).text().equals(",") || Paragraph.LIST_WORDS.contains(paragraph.tokens.get(k).lower()))
        && NumberWords.at(paragraph.tokens, k + 1).length > 0 && Character.isDigit(paragraph.tokens.get(k + 1).text().charAt(0))) {
      k = k + 1 + NumberWords.at(paragraph.tokens, k + 1)[1].getAsInt();
    }
    return Math.min(k, paragraph.tokens.size() - 1);
  }

  /**
   * Whether the number at {@code i..end} is an age or a year of birth written apart from its
   * noun: "дитина 13 років", "жінки 72 і 67 років", "мужчина 1990 года рождения", "born in
   * 1943", "im Alter von 57 und 59 Jahren".
   */
  boolean ageOrYear(int i, int end) {
    // "on December 10", "am 2. August", "28 вересня": a day of a month
    boolean digits = paragraph.tokens.get(end).text().chars().allMatch(Character::isDigit);
    if (digits && (i >= 1 && MONTHS.contains(paragraph.tokens.get(i - 1).lower())
        || i >= 2 && paragraph.tokens.get(i - 1).text().equals(".")
        && MONTH_ABBREVIATIONS.contains(paragraph.tokens.get(i - 2).lower())
        || end + 1 < paragraph.tokens.size() && MONTHS.contains(paragraph.tokens.get(end + 1).lower())
        || end + 2 < paragraph.tokens.size() && paragraph.tokens.get(end + 1).text().equals(".")
        && MONTHS.contains(paragraph.tokens.get(end + 2).lower()))) {
      return true;
    }
    if (i >= 1 && BORN.contains(paragraph.tokens.get(i - 1).lower())
        || i >= 2 && BORN_IN.contains(paragraph.tokens.get(i - 2).lower())) {
      return true;
    }
    // "ein 2015 geborenes Kind", "ein 1961 geborener Mann": German puts the year before its participle
    if (digits && end + 1 < paragraph.tokens.size() && paragraph.tokens.get(end + 1).lower().startsWith("geboren")) {
      return true;
    }
    int k = afterCaseEnding(end);
    // a list of ages: "72 і 67 років", "29, 41, 45 років"; or their range: "от 24 до 38 лет", "zwischen 20 bis 40 Jahren"
    while (k + 1 < paragraph.tokens.size()
        && (paragraph.tokens.get(k).text().equals(",") || Paragraph.LIST_WORDS.contains(paragraph.tokens.get(k).lower())
        || RANGE_TO.contains(paragraph.tokens.get(k).lower()))) {
      OptionalInt[] next = NumberWords.at(paragraph.tokens, k + 1);
      if (next.length == 0 || !paragraph.tokens.get(k + 1).text().chars().allMatch(Character::isDigit)) {
        break;
      }
      k = afterCaseEnding(k + next[1].getAsInt());
    }
    // the number in digits, with or without its case ending: "16 лет", "13-ти и 16-ти лет"
    if (k >= paragraph.tokens.size() || !paragraph.tokens.get(i).text().chars().allMatch(Character::isDigit)) {
      return false;
    }
    // "женщина 1958 и мужчины 1983 и 1985 годов рождения": a year right after a person is the person's
    if (YearOfBirth.afterPerson(paragraph.tokens, i, end, PeopleWords.SINGULAR_PERSONS, PeopleWords.PLURAL_PERSONS)) {
      return true;
    }
    String w = paragraph.tokens.get(k).lower();
    return FigureAges.AGE_OR_YEAR_WORDS.contains(w) || w.equals("г") || w.equals("р");
  }
}
