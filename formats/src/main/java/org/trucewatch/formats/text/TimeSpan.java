package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A number of hours, minutes, days or weeks: "19 Stunden räumten Rettungskräfte die Trümmer", "за 24 часа",
 * "протягом 3 діб", "for 12 hours". It says how long, not how many people. Years are left out: "5 years"
 * may be an age, which the ages' rules read.
 */
final class TimeSpan {
  /** The units, in every case a number takes them in: "два часа", "пять часов", "24 години", "3 доби". */
  private static final Set<String> UNITS = Set.of("hours", "hour", "minutes", "minute", "days", "day", "weeks", "week",
      "stunden", "stunde", "minuten", "tage", "tagen", "tag", "wochen", "woche",
      "час", "часа", "часов", "минуту", "минуты", "минут", "сутки", "суток", "день", "дня", "дней", "недели", "недель",
      "годину", "години", "годин", "хвилину", "хвилини", "хвилин", "доба", "добу", "доби", "діб", "дні", "днів",
      "тиждень", "тижні", "тижнів");

  private TimeSpan() {}

  /** Whether the word right after the number ending at {@code end} is a unit of time. */
  static boolean at(List<Token> tokens, int end) {
    return end + 1 < tokens.size() && UNITS.contains(tokens.get(end + 1).lower());
  }
}
