package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A city named as where the news came from ("nach Angaben aus Kiew", "Berichten aus Moskau
 * zufolge", "according to Kyiv", "по данным из Киева", "за даними з Києва"): the sender of the
 * report, not the place of the event.
 */
final class SourceCity {
  /** Beginnings of the words for information before "aus", "from", "из", "з". */
  private static final List<String> NEWS = List.of("angaben", "bericht", "information", "meldung", "quellen", "kreisen",
      "reports", "sources", "news", "данны", "сообщени", "сведени", "источник", "даними", "повідомлен", "джерел");
  /** Prepositions of origin between the news word and the city. */
  private static final Set<String> FROM = Set.of("aus", "from", "из", "з", "із");
  /** Beginnings of the words for sources, which may be "in" a city too: "sources in Kyiv", "источники в Москве". */
  private static final List<String> SOURCES = List.of("quellen", "kreisen", "sources", "источник", "джерел");
  /** "in" and its Cyrillic forms. */
  private static final Set<String> IN = Set.of("in", "в", "у");

  private SourceCity() {}

  /** Whether the name at {@code i} is the city the news came from. */
  static boolean at(List<Token> tokens, int i) {
    if (i >= 2 && tokens.get(i - 1).lower().equals("to") && tokens.get(i - 2).lower().equals("according")) {
      return true; // "according to Kyiv"
    }
    if (i < 2) {
      return false;
    }
    String preposition = tokens.get(i - 1).lower();
    String news = tokens.get(i - 2).lower();
    // "sources in Kyiv" yes, "reports in Kyiv" no: reports may tell of what happened there
    return FROM.contains(preposition) && NEWS.stream().anyMatch(news::startsWith)
        || IN.contains(preposition) && SOURCES.stream().anyMatch(news::startsWith);
  }
}
