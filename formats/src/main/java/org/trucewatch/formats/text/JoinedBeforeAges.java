package org.trucewatch.formats.text;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The people joined by "and" before a plural counted by its ages ({@link PluralByAges}): "ein
 * 70-jähriger Bewohner von Orichiw und Frauen im Alter von 87 und 78 Jahren verletzt" is three, "Drei
 * Männer im Alter von 36, 53 und 57 Jahren sowie die Frauen im Alter von 37, 46 und 68 Jahre" six, "A
 * 17-year-old boy and men aged 31 and 50 were injured" three. The first people share the verb after
 * the second and have none of their own; their own age phrase or place of home may stand before the
 * "and".
 */
final class JoinedBeforeAges {
  /** Words joining the first people to the plural: "und", "sowie", "and", "і", "та", "и". */
  private static final Set<String> AND = Set.of("and", "und", "sowie", "і", "й", "та", "и");
  /** An article before the plural after "and": "sowie die Frauen im Alter von ...". */
  private static final Set<String> ARTICLES = Set.of("die", "the");
  /** Words opening an age phrase after a noun, as {@link PluralByAges} reads them. */
  private static final Set<String> OPENERS = Set.of("aged", "alter", "віком", "возрасте");
  /** Prepositions of an age phrase: "im Alter von", "в возрасте", "у віці". */
  private static final Set<String> AGE_PREPOSITIONS = Set.of("im", "von", "в", "у", "of");
  /** Prepositions of a person's home after its noun: "ein Bewohner von Orichiw", "a resident of Kherson". */
  private static final Set<String> HOME = Set.of("von", "aus", "of", "from");
  /** Marks before a list that stands in apposition to a figure told before: "Four people were injured: men ...". */
  private static final Set<String> APPOSITION = Set.of(":", "-", "–", "—", "(");
  /** The most tokens an age phrase of the first people runs over. */
  private static final int LONGEST_AGES = 12;

  /** The people joined before, and the first token of them. */
  record Joined(int people, int first) {}

  private JoinedBeforeAges() {}

  /** The people joined by "and" right before the plural noun at {@code noun}, or null when none are. */
  static Joined before(Paragraph p, int noun) {
    List<Token> tokens = p.tokens;
    int k = noun - 1;
    if (k >= 0 && ARTICLES.contains(tokens.get(k).lower())) {
      k--;
    }
    if (k < 1 || !AND.contains(tokens.get(k).lower()) || p.sentence[k] != p.sentence[noun]) {
      return null;
    }
    int j = k - 1;
    if (tokens.get(j).text().equals(",")) {
      j--;
    }
    // the first people's own ages: "Drei Männer im Alter von 36, 53 und 57 Jahren", "men aged 31 and 50"
    int listed = 0;
    int h = j;
    // ("von" of "im Alter von" is passed with the ages, the opener before it stops the walk)
    while (h >= 0 && j - h <= LONGEST_AGES && (ageListWord(tokens.get(h))
        || h > 0 && AGE_PREPOSITIONS.contains(tokens.get(h).lower()) && OPENERS.contains(tokens.get(h - 1).lower()))) {
      if (Character.isDigit(tokens.get(h).text().charAt(0))) {
        listed++;
      }
      h--;
    }
    boolean aged = h >= 1 && h < j && OPENERS.contains(tokens.get(h).lower()) && listed > 0;
    if (aged) {
      h--;
      if (h >= 0 && AGE_PREPOSITIONS.contains(tokens.get(h).lower())) {
        h--;
      }
    } else {
      listed = 0;
      h = j;
      // "ein 70-jähriger Bewohner von Orichiw": the person's home after the noun
      if (h >= 2 && tokens.get(h).capitalised() && HOME.contains(tokens.get(h - 1).lower())) {
        h -= 2;
      }
    }
    if (h < 0 || p.sentence[h] != p.sentence[noun]) {
      return null;
    }
    String w = tokens.get(h).lower();
    Joined joined = null;
    if (PeopleWords.PLURAL_PERSONS.contains(w)) {
      OptionalInt[] number = h >= 1 ? NumberWords.at(tokens, h - 1) : new OptionalInt[0];
      if (number.length > 0 && number[1].getAsInt() == 1 && number[0].isPresent()) {
        joined = new Joined(number[0].getAsInt(), h - 1); // "Drei Männer im Alter von ..."
      } else if (aged && listed >= 2) {
        joined = new Joined(listed, h); // "Männer im Alter von 50 und 60 sowie Frauen ...": one person an age
      }
    } else if (!aged && Ages.agedPerson(tokens, h, p.language)) {
      // "ein 70-jähriger Bewohner", "Eine 58-Jährige", "A 17-year-old boy": the article opens the person
      int first = tokens.get(h).lower().startsWith("jährig") ? h - 3 : h - 4;
      joined = new Joined(1, Math.max(0, first));
    }
    if (joined == null || joined.first() >= 1 && APPOSITION.contains(tokens.get(joined.first() - 1).text())) {
      return null; // "three people were injured - a 41-year-old woman and men aged 21 and 29": the figure told before
    }
    return joined;
  }

  /** A word of a list of ages: a number, a comma, "and", a unit of age ("Jahren", "років"). */
  private static boolean ageListWord(Token t) {
    String w = t.lower();
    return Character.isDigit(t.text().charAt(0)) || w.equals(",") || Paragraph.LIST_WORDS.contains(w)
        || FigureAges.AGE_OR_YEAR_WORDS.contains(w);
  }
}
