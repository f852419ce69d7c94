package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * People in the plural counted by the ages an age phrase lists after them: "Frauen im Alter von 87 und
 * 78 Jahren wurden verletzt" and "women aged 87 and 78 were injured" are two, one person an age, as
 * "загинули жінки 72 і 67 років" is read already. A number before the noun counts them itself ("zwei
 * Frauen im Alter von ...", "Six people aged between 60 and 85").
 */
final class PluralByAges {
  /** Words that open an age phrase after a noun: "aged", "im Alter von", "віком", "в возрасте". */
  private static final Set<String> OPENERS = Set.of("aged", "alter", "віком", "возрасте");
  /** Prepositions before the opener or between it and the ages: "im Alter von", "в возрасте". */
  private static final Set<String> BETWEEN = Set.of("im", "von", "в", "у", "of");
  /** How far the verb may follow the last age in its clause: "... Jahren wurden am Montag verletzt". */
  private static final int VERB_AFTER = 5;
  /** How far the verb may stand before the noun: "verletzt wurden dabei Frauen im Alter von ...". */
  private static final int VERB_BEFORE = 4;

  private PluralByAges() {}

  /** The figure of the people whose first listed age is the number at {@code i}, or null. */
  static Figure at(Paragraph p, FigureAges ages, int i) {
    List<Token> tokens = p.tokens;
    int k = i - 1;
    while (k >= Math.max(0, i - 3) && BETWEEN.contains(tokens.get(k).lower())) {
      k--;
    }
    if (k < 1 || !OPENERS.contains(tokens.get(k).lower())) {
      return null;
    }
    int noun = k - 1;
    if (BETWEEN.contains(tokens.get(noun).lower())) {
      noun--;
    }
    if (noun < 0 || p.sentence[noun] != p.sentence[i] || !PeopleWords.PLURAL_PERSONS.contains(tokens.get(noun).lower())) {
      return null;
    }
    Cue.Match own = p.startingAt(Lexicon.Kind.CASUALTY, noun);
    if (own != null && own.cue().value().equals("minors") || noun > 0 && NumberWords.at(tokens, noun - 1).length > 0) {
      return null; // children are counted as minors by their ages elsewhere; a number before the noun is the count
    }
    int listed = ages.listedAges(i);
    if (listed < 2) {
      return null;
    }
    int last = lastAge(tokens, ages, i);
    Cue.Match verb = null;
    for (int j = last + 1; j < tokens.size() && j <= last + VERB_AFTER && p.clause[j] == p.clause[last] && verb == null; j++) {
      verb = Cue.Match.killedOrInjured(p.startingAt(Lexicon.Kind.CASUALTY, j));
    }
    for (int j = noun - 1; j >= Math.max(0, noun - VERB_BEFORE) && p.clause[j] == p.clause[noun] && verb == null; j--) {
      verb = Cue.Match.killedOrInjured(p.endingAt(Lexicon.Kind.CASUALTY, j));
    }
    if (verb == null) {
      return null;
    }
    int first = Math.min(noun, verb.first());
    int end = Math.max(last, verb.last());
    // "ein 70-jähriger Bewohner von Orichiw und Frauen im Alter von 87 und 78 Jahren verletzt": the people
    // joined before share the verb
    JoinedBeforeAges.Joined joined = JoinedBeforeAges.before(p, noun);
    if (joined != null) {
      listed += joined.people();
      first = Math.min(first, joined.first());
    }
    return new Figure(verb.cue().value(), CasualtyCount.exactly(listed), first, end, null, List.of(p.span(first, end)));
  }

  /** The last token of the ages listed from {@code i}: their unit ("Jahren") when it follows, else the last number. */
  private static int lastAge(List<Token> tokens, FigureAges ages, int i) {
    int after = ages.lastOfAgeList(i); // the token after the last number, or the text's last token
    boolean unitOrLast = FigureAges.AGE_OR_YEAR_WORDS.contains(tokens.get(after).lower()) || NumberWords.at(tokens, after).length > 0;
    return unitOrLast ? after : after - 1;
  }
}
