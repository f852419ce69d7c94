package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A year written right after a person ("женщина 1958", "чоловік 1975 р.н.", "мужчины 1983 и 1985
 * годов рождения") is when the person was born, never a count of people.
 */
final class YearOfBirth {
  /** The years people now living were born in. */
  private static final int EARLIEST = 1900;
  private static final int LATEST = 2030;

  private YearOfBirth() {}

  /** Whether the number at {@code i..end} is a year right after a person noun of either set. */
  static boolean afterPerson(List<Token> tokens, int i, int end, Set<String> singular, Set<String> plural) {
    if (i != end || i < 1) {
      return false;
    }
    String t = tokens.get(i).text();
    if (t.length() != 4 || !t.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int year = Integer.parseInt(t);
    String before = tokens.get(i - 1).lower();
    return year >= EARLIEST && year <= LATEST && (singular.contains(before) || plural.contains(before));
  }
}
