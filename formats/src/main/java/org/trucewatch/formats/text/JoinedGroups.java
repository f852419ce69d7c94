package org.trucewatch.formats.text;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Groups of people counted one after another and joined by "and" before one verb ("zwei Kinder und
 * ein Erwachsener wurden verletzt", "two women and one man were injured", "две женщины и один мужчина
 * ранены"): the earlier groups have no verb of their own and are of the last group's figure.
 */
final class JoinedGroups {
  /** The words that join the last group to the one before it. */
  private static final Set<String> AND = Set.of("and", "und", "sowie", "и", "і", "й", "та");
  /** Words of an age: a number before them is the person's age, no group ("ein neun Jahre altes Kind"). */
  private static final Set<String> AGE_WORDS = Set.of("jahre", "jahren", "jahr", "monate", "years", "year", "months", "old", "alt",
      "altes", "alter", "alte", "років", "роки", "року", "місяців", "лет", "года", "год", "месяцев");
  /** How many words (adjectives, ages) may stand between a group's number and its noun. */
  private static final int MODIFIERS = 2;

  /** The people of the groups before the number; {@code first} is the first group's number, -1 when none. */
  record Joined(int people, int first) {
    static final Joined NONE = new Joined(0, -1);
  }

  private JoinedGroups() {}

  /** {@code count} with the joined groups' people added to its bounds. */
  static CasualtyCount withGroups(CasualtyCount count, Joined groups) {
    if (groups.people() == 0) {
      return count;
    }
    return count.plus(CasualtyCount.exactly(groups.people()));
  }

  /**
   * The groups joined to the number at {@code at}: "[N] [noun] (, [N] [noun])* and [at]", each noun
   * a noun of people ({@code people}: adults, children, women), all in {@code at}'s sentence;
   * {@code counted} says a number already gives a figure of its own (then it joins nothing).
   */
  static Joined before(List<Token> tokens, int at, int[] sentence, IntPredicate people, IntPredicate counted) {
    if (at < 3 || !AND.contains(tokens.get(at - 1).lower())) {
      return Joined.NONE;
    }
    int total = 0;
    int first = -1;
    int k = at - 2;
    while (k >= 1 && sentence[k] == sentence[at]) {
      if (!people.test(k)) {
        break;
      }
      int number = numberBefore(tokens, k, sentence);
      if (number >= 0 && counted.test(number) && first >= 0) {
        // "Fünf Menschen, zwei Frauen und drei Männer, wurden verletzt": the groups break down a figure
        // given before them, in apposition to it; they add nothing to it
        return Joined.NONE;
      }
      if (number < 0 || counted.test(number)) {
        break;
      }
      int n = NumberWords.at(tokens, number)[0].getAsInt();
      total += n;
      first = number;
      // "zwei Frauen, ein Mann und drei Kinder": a comma goes on to the group before
      if (number < 2 || !tokens.get(number - 1).text().equals(",")) {
        break;
      }
      k = number - 2;
    }
    return first < 0 ? Joined.NONE : new Joined(total, first);
  }

  /** The number of the noun at {@code noun}, over at most two words between them, or -1. */
  private static int numberBefore(List<Token> tokens, int noun, int[] sentence) {
    for (int j = noun - 1; j >= Math.max(0, noun - 1 - MODIFIERS) && sentence[j] == sentence[noun]; j--) {
      if (tokens.get(j).clauseBreak() || tokens.get(j).text().equals(",") || AGE_WORDS.contains(tokens.get(j).lower())) {
        return -1;
      }
      OptionalInt[] n = NumberWords.at(tokens, j);
      if (n.length > 0 && j + n[1].getAsInt() - 1 < noun) {
        return j + n[1].getAsInt() - 1 == noun - 1 || tokens.get(noun - 1).word() ? j : -1;
      }
    }
    return -1;
  }
}
