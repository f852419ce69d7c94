package org.trucewatch.formats.text;

import java.util.List;

/**
 * A round-up of settlements listed by commas alone: "под вражеским огнем оказались Берислав,
 * Бургунка, Гавриловка, Змиевка, Золотая Балка". A list of two without "and" is as often a place
 * and its region ("Robotyne, Zaporizhia"); three or more settlements, none of them a region, are a
 * list of places.
 */
final class RoundUp {
  /** How many settlements a list without "and" must hold to be one. */
  static final int MIN_ITEMS = 3;

  private RoundUp() {
  }

  /** Whether mentions {@code first..last} are at least {@link #MIN_ITEMS} settlements. */
  static boolean is(List<PlaceMention> mentions, int first, int last) {
    if (last - first + 1 < MIN_ITEMS) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      if (mentions.get(k).isRegion() || mentions.get(k).candidates().isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
