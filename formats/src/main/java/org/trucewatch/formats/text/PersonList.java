package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Persons listed in apposition to a figure of people: "Drei Menschen, ein Mann, eine Frau und ein
 * Kind kamen ums Leben", "Three people, a man, a woman and a child, were killed", "three people - a
 * man, a woman and a child - were killed". The list says who the figure's people are; the figure's
 * verb comes after it, however long the list.
 */
final class PersonList {
  /** Words joining the list's last person. */
  private static final Set<String> AND = Set.of("and", "und", "і", "й", "та", "и");
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  /** The most tokens such a list runs over. */
  private static final int LONGEST = 16;

  private PersonList() {}

  /**
   * The token the figure's search for its verb goes on after: the end of a list of persons in
   * apposition to the people noun right after the number ending at {@code end} (its closing comma
   * or dash included), or {@code end} when none stands there.
   *
   * @param people whether a token is a noun of people ("Menschen", "people")
   * @param person whether a token is a noun of one person ("Mann", "woman", "child")
   */
  static int skip(List<Token> tokens, int end, int[] sentence, IntPredicate people, IntPredicate person) {
    int noun = end + 1;
    if (noun + 2 >= tokens.size() || !people.test(noun) || sentence[noun + 1] != sentence[end]) {
      return end;
    }
    String open = tokens.get(noun + 1).text();
    if (!open.equals(",") && !DASHES.contains(open)) {
      return end;
    }
    int persons = 0;
    int last = -1;
    int since = noun + 1;
    boolean joined = false;
    for (int j = noun + 2; j < tokens.size() && j <= noun + 2 + LONGEST && sentence[j] == sentence[end]; j++) {
      if (person.test(j)) {
        persons++;
        last = j;
        since = j;
        if (joined) {
          break;
        }
      } else if (AND.contains(tokens.get(j).lower())) {
        joined = true;
      } else if (j - since > 4) {
        return end; // articles, ages and adjectives stand before a person, not more: no list
      }
    }
    if (persons < 2 || !joined || last < 0) {
      return end;
    }
    // the last person's age may follow it: "мужчина 80 лет и женщина 46 лет – получили ранения"
    for (int after = last + 1; after < tokens.size() && after <= last + 4 && sentence[after] == sentence[end]; after++) {
      String t = tokens.get(after).text();
      if (t.equals(",") || DASHES.contains(t)) {
        return after;
      }
      if (NumberWords.at(tokens, after).length == 0 && NumberWords.at(tokens, after - 1).length == 0) {
        break; // only an age and its unit stand between the person and the closing mark
      }
    }
    // with no closing mark, only when the verb may follow right away: "und ein Kind kamen ums Leben"
    return last + 1 < tokens.size() && NumberWords.at(tokens, last + 1).length == 0 ? last : end;
  }
}
