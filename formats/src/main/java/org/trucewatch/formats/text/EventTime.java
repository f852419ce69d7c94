package org.trucewatch.formats.text;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.core.claim.TextSpan;

/**
 * When an event happened, from the words of a report and the time it was published: "heute",
 * "yesterday evening", "вночі", "в понедельник", "am 27. März", "um 14:30". Days are reckoned in
 * Kyiv time, where the events happen and the reports are written.
 *
 * @param time the best estimate (UTC)
 * @param uncertainty how far the event may lie from it
 * @param spans the words it rests on; empty when the report says nothing and the publication time
 *     is used
 */
record EventTime(Instant time, Duration uncertainty, List<TextSpan> spans) {
  /** Local time of Ukraine. */
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  private static final Map<String, Integer> MONTHS = monthTable();
  private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  /**
   * Resolves the time words of a paragraph against the publication time.
   *
   * @param text the report
   * @param tokens the paragraph's tokens
   * @param language its language
   * @param published when it was published; when unknown, only a date with its year resolves
   * @param publishedUncertainty how precisely that is known (zero when exactly)
   * @return the time, or empty when it cannot be known: no publication time, and no date with a year
   */
  static Optional<EventTime> resolve(String text, List<Token> tokens, Language language, Optional<Instant> published,
      Duration publishedUncertainty) {
    Optional<LocalDate> absolute = datedWithYear(tokens);
    if (published.isEmpty()) {
      if (absolute.isEmpty()) {
        return Optional.empty();
      }
      // the date is all there is: the day, +- 12 hours; no relative word can be resolved
      Instant noon = ZonedDateTime.of(absolute.get(), LocalTime.NOON, KYIV).toInstant();
      return Optional.of(new EventTime(noon, Duration.ofHours(12), List.of(yearSpan(text, tokens))));
    }
    return Optional.of(resolveAgainst(text, tokens, language, published.get(), publishedUncertainty, absolute));
  }

  /** The time words of a paragraph, as written, joined: what a warning names. */
  static String words(String text, List<Token> tokens, Language language) {
    List<String> out = new ArrayList<>();
    for (Cue.Match m : Cue.find(Lexicon.indexed(language, Lexicon.Kind.TIME), tokens)) {
      out.add(text.substring(tokens.get(m.first()).start(), tokens.get(m.last()).end()));
    }
    return String.join(", ", out);
  }

  /** The first date with its year: "4 March 2024", "March 4, 2024", "4. März 2024", "4 березня 2024", "2024-03-04", "04.03.2024". */
  static Optional<LocalDate> datedWithYear(List<Token> tokens) {
    int[] at = yearDate(tokens);
    if (at == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(at[2], at[1], at[0]));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static TextSpan yearSpan(String text, List<Token> tokens) {
    int[] at = yearDate(tokens);
    return TextSpan.of(text, tokens.get(at[3]).start(), tokens.get(at[4]).end());
  }

  /** {day, month, year, first token, last token} of the first date with a year, or null. */
  private static int[] yearDate(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).lower();
      // 2024-03-04: the tokeniser splits it at the hyphens
      if (digits(t, 4, 4) && i + 4 < tokens.size() && tokens.get(i + 1).text().equals("-")
          && digits(tokens.get(i + 2).lower(), 2, 2) && tokens.get(i + 3).text().equals("-")
          && digits(tokens.get(i + 4).lower(), 2, 2)) {
        return new int[] {Integer.parseInt(tokens.get(i + 4).lower()), Integer.parseInt(tokens.get(i + 2).lower()),
            Integer.parseInt(t), i, i + 4};
      }
      java.util.regex.Matcher dotted = DOTTED.matcher(t);
      if (dotted.matches()) {
        return new int[] {Integer.parseInt(dotted.group(1)), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(3)), i, i};
      }
      if (digits(t, 1, 2)) {
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).text().equals(".")) {
          k++;
        }
        if (k + 1 < tokens.size() && MONTHS.containsKey(tokens.get(k).lower()) && digits(tokens.get(k + 1).lower(), 4, 4)) {
          return new int[] {Integer.parseInt(t), MONTHS.get(tokens.get(k).lower()), Integer.parseInt(tokens.get(k + 1).lower()), i, k + 1};
        }
      }
      if (MONTHS.containsKey(t) && i + 1 < tokens.size() && digits(tokens.get(i + 1).lower(), 1, 2)) {
        int k = i + 2;
        if (k < tokens.size() && tokens.get(k).text().equals(",")) {
          k++;
        }
        if (k < tokens.size() && digits(tokens.get(k).lower(), 4, 4)) {
          return new int[] {Integer.parseInt(tokens.get(i + 1).lower()), MONTHS.get(t), Integer.parseInt(tokens.get(k).lower()), i, k};
        }
      }
    }
    return null;
  }

  private static EventTime resolveAgainst(String text, List<Token> tokens, Language language, Instant published,
      Duration publishedUncertainty, Optional<LocalDate> absolute) {
    ZonedDateTime pub = published.atZone(KYIV);
    LocalDate day = null;
    LocalTime clock = null;
    Duration within = null;
    List<TextSpan> spans = new ArrayList<>();
    for (Cue.Match m : Cue.find(Lexicon.indexed(language, Lexicon.Kind.TIME), tokens)) {
      String v = m.cue().value();
      spans.add(TextSpan.of(text, tokens.get(m.first()).start(), tokens.get(m.last()).end()));
      switch (v) {
        case "today":
          day = day == null ? pub.toLocalDate() : day;
          break;
        case "yesterday":
          day = pub.toLocalDate().minusDays(1);
          break;
        case "before-yesterday":
          day = pub.toLocalDate().minusDays(2);
          break;
        case "night":
          if (clock == null) {
            clock = LocalTime.of(2, 0);
            within = Duration.ofHours(4);
          }
          break;
        case "morning":
          clock = LocalTime.of(9, 0);
          within = Duration.ofHours(3);
          break;
        case "afternoon":
          clock = LocalTime.of(15, 0);
          within = Duration.ofHours(3);
          break;
        case "evening":
          clock = LocalTime.of(20, 0);
          within = Duration.ofHours(3);
          break;
        default:
          DayOfWeek dow = DayOfWeek.of(Integer.parseInt(v));
          day = pub.toLocalDate().with(TemporalAdjusters.previousOrSame(dow));
          String w = tokens.get(m.first()).lower();
          if (w.endsWith("abend")) {
            clock = LocalTime.of(20, 0);
            within = Duration.ofHours(3);
          } else if (w.endsWith("morgen")) {
            clock = LocalTime.of(9, 0);
            within = Duration.ofHours(3);
          } else if (w.endsWith("nacht")) {
            clock = LocalTime.of(2, 0);
            within = Duration.ofHours(4);
          }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (clock(t.lower())) {
        String[] hm = t.lower().split(":");
        int h = Integer.parseInt(hm[0]);
        int mi = Integer.parseInt(hm[1]);
        if (h < 24 && mi < 60) {
          clock = LocalTime.of(h, mi);
          within = Duration.ofMinutes(15);
          spans.add(TextSpan.of(text, t.start(), t.end()));
        }
      } else if (digits(t.lower(), 1, 2) && i + 1 < tokens.size()) {
        // "27. März", "27 березня", "27 марта"
        int k = i + 1;
        if (tokens.get(k).text().equals(".") && k + 1 < tokens.size()) {
          k++;
        }
        Integer month = MONTHS.get(tokens.get(k).lower());
        if (month != null) {
          day = dated(pub, month, Integer.parseInt(t.lower()));
          spans.add(TextSpan.of(text, t.start(), tokens.get(k).end()));
        }
      } else if (MONTHS.containsKey(t.lower()) && i + 1 < tokens.size() && digits(tokens.get(i + 1).lower(), 1, 2)
          && language == Language.EN) {
        // "March 27"
        day = dated(pub, MONTHS.get(t.lower()), Integer.parseInt(tokens.get(i + 1).lower()));
        spans.add(TextSpan.of(text, t.start(), tokens.get(i + 1).end()));
      }
    }
    if (absolute.isPresent()) {
      day = absolute.get(); // "4 March 2024" says its year; "4 March" is read in the publication's
    }
    if (day == null && clock == null) {
      // nothing said: reports tell of the last day, so the day before publication, +- 12 hours
      return new EventTime(published.minus(Duration.ofHours(12)), Duration.ofHours(12).plus(publishedUncertainty), List.of());
    }
    if (day == null) {
      day = pub.toLocalDate();
      // "in the evening" in a morning report is yesterday evening
      if (clock.isAfter(pub.toLocalTime())) {
        day = day.minusDays(1);
      }
    }
    if (clock == null) {
      clock = LocalTime.NOON;
      within = Duration.ofHours(12);
    }
    Instant t = ZonedDateTime.of(day, clock, KYIV).toInstant();
    return new EventTime(t, within.plus(publishedUncertainty), spans);
  }

  /** The date with this month and day, in the publication's year unless that would be after it. */
  private static LocalDate dated(ZonedDateTime pub, int month, int dayOfMonth) {
    try {
      LocalDate d = LocalDate.of(pub.getYear(), month, dayOfMonth);
      return d.isAfter(pub.toLocalDate()) ? d.minusYears(1) : d;
    } catch (java.time.DateTimeException e) {
      return pub.toLocalDate();
    }
  }

  private static Map<String, Integer> monthTable() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
        {"januar", "jänner", "january", "січня", "января"},
        {"februar", "february", "лютого", "февраля"},
        {"märz", "march", "березня", "марта"},
        {"april", "квітня", "апреля"},
        {"mai", "may", "травня", "мая"},
        {"juni", "june", "червня", "июня"},
        {"juli", "july", "липня", "июля"},
        {"august", "серпня", "августа"},
        {"september", "вересня", "сентября"},
        {"oktober", "october", "жовтня", "октября"},
        {"november", "листопада", "ноября"},
        {"dezember", "december", "грудня", "декабря"}};
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  /**
   * Whether {@code w} is {@code min} to {@code max} ASCII digits, as the regex {@code \\d{min,max}}
   * says, without compiling a pattern for every token: this runs on every token of every text.
   */
  private static boolean digits(String w, int min, int max) {
    if (w.length() < min || w.length() > max) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code w} is a clock time "H:MM" or "HH:MM" ({@code \\d{1,2}:\\d{2}}). */
  private static boolean clock(String w) {
    int colon = w.indexOf(':');
    return colon > 0 && digits(w.substring(0, colon), 1, 2) && digits(w.substring(colon + 1), 2, 2);
  }
}
