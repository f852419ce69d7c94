package org.trucewatch.formats.text;

import java.util.Set;

/**
 * Ukrainian and Russian prepositions, conjunctions and pronouns, which a capital at the start of
 * a sentence makes look like a case form of a village ("Под обстрел попала" is not in Поди): they
 * are never place names.
 */
final class CyrillicFunctionWords {
  private static final Set<String> WORDS = Set.of("под", "по", "на", "при", "для", "над", "про", "без", "від", "до",
      "из", "от", "за", "через", "после", "після", "перед", "між", "между", "так", "как", "як", "но", "але", "они", "вони",
      "он", "она", "оно", "він", "вона", "воно", "все", "всі", "це", "это", "там", "тут", "где", "де", "когда", "коли",
      "уже", "вже", "еще", "ще", "также", "також");

  private CyrillicFunctionWords() {}

  /** Whether the lower-case word is one of them. */
  static boolean is(String lower) {
    return WORDS.contains(lower);
  }
}
