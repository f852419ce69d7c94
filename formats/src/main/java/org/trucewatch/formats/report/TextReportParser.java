package org.trucewatch.formats.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.TextReportHeader;
import org.trucewatch.formats.sources.SourceIds;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportText;

/**
 * Reads a {@code .txt} or {@code .md} report: an optional header of {@code key: value} lines
 * (optionally between {@code ---} lines, as Markdown front matter), then the text.
 *
 * <pre>
 * source: ua-kharkiv-ova
 * channel: Telegram, dpa
 * published: 2025-03-27T09:00:00+02:00
 * language: de
 * </pre>
 *
 * The header is blanked out (replaced by spaces) rather than cut off, so that the offsets of
 * extracted spans are offsets into the file. Without a {@code published:} key, a dateline at the
 * start of the text ("date 2025-03", "2025-03-27") gives the time, with its precision as
 * uncertainty; without either, the report has no publication time (see {@link ReportText#published}).
 */
public final class TextReportParser {
  /** The header keys, in the order the docs list them. */
  public static final List<String> KEYS = TextReportHeader.KEYS;
  private static final Pattern HEADER_LINE = TextReportHeader.LINE;
  private static final Pattern DATELINE = Pattern.compile("^\\s*(?:date\\s+)?(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  private TextReportParser() {}

  /**
   * Parses a report file.
   *
   * @param name the name it came in under, for rejects
   * @param text its content
   * @param published a publication time that overrides the header's (from the command line), or empty
   * @param language a language that overrides the header's, or empty
   */
  public static TextReport parse(String name, String text, Optional<Instant> published, Optional<Language> language) {
    List<Reject> rejects = new ArrayList<>();
    char[] body = text.toCharArray();
    String[] lines = text.split("\n", -1);
    int offset = 0;
    int lineNo = 0;
    boolean fenced = false;
    String source = null;
    List<String> channels = new ArrayList<>();
    Instant headerPublished = null;
    Duration precision = Duration.ZERO;
    Language headerLanguage = null;
    for (String raw : lines) {
      lineNo++;
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      int lineStart = offset;
      offset += raw.length() + 1;
      if (lineNo == 1 && line.strip().equals("---")) {
        fenced = true;
        blank(body, lineStart, lineStart + raw.length());
        continue;
      }
      if (fenced && line.strip().equals("---")) {
        blank(body, lineStart, lineStart + raw.length());
        break;
      }
      Matcher m = HEADER_LINE.matcher(line);
      if (!m.matches() || (!fenced && !KEYS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT)))) {
        if (fenced && !line.isBlank()) {
          rejects.add(new Reject(name, lineNo, "", "expected 'key: value' in the header, or '---' to end it"));
          blank(body, lineStart, lineStart + raw.length());
          continue;
        }
        break;
      }
      blank(body, lineStart, lineStart + raw.length());
      String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String value = m.group(2).strip();
      switch (key) {
        case "source":
          Optional<String> problem = SourceIds.problem(value);
          if (problem.isPresent()) {
            rejects.add(new Reject(name, lineNo, "source", problem.get()));
          } else {
            source = value;
          }
          break;
        case "channel":
          Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(channels::add);
          break;
        case "published":
          try {
            headerPublished = OffsetDateTime.parse(value).toInstant();
          } catch (DateTimeParseException e) {
            try {
              headerPublished = LocalDate.parse(value).atTime(LocalTime.NOON).atZone(KYIV).toInstant();
              precision = Duration.ofHours(12);
            } catch (DateTimeParseException e2) {
              rejects.add(new Reject(name, lineNo, "published",
                  "must be an ISO-8601 time with offset (2025-03-27T09:00:00+02:00) or a date (2025-03-27), not '" + value + "'"));
            }
          }
          break;
        case "language":
          try {
            headerLanguage = Language.parse(value);
          } catch (IllegalArgumentException e) {
            rejects.add(new Reject(name, lineNo, "language", e.getMessage()));
          }
          break;
        default:
          rejects.add(new Reject(name, lineNo, key, "unknown header key; known keys are " + String.join(", ", KEYS)));
      }
    }
    String bodyText = new String(body);
    Instant when = published.orElse(headerPublished);
    if (published.isPresent()) {
      precision = Duration.ZERO;
    }
    if (when == null) {
      Matcher d = DATELINE.matcher(bodyText);
      if (d.find()) {
        int year = Integer.parseInt(d.group(1));
        int month = Integer.parseInt(d.group(2));
        if (month >= 1 && month <= 12) {
          if (d.group(3) != null) {
            when = LocalDate.of(year, month, Integer.parseInt(d.group(3))).atTime(LocalTime.NOON).atZone(KYIV).toInstant();
            precision = Duration.ofHours(12);
          } else {
            YearMonth ym = YearMonth.of(year, month);
            // the middle of the month, give or take half of it
            when = ym.atDay(1).atStartOfDay(KYIV).toInstant().plus(Duration.ofHours(12L * ym.lengthOfMonth()));
            precision = Duration.ofHours(12L * ym.lengthOfMonth());
          }
        }
      }
    }
    // no publication time is no reason to refuse the report: dates with a year still resolve, and
    // the extraction says which mentions it had to leave out (ReportExtractor, Extraction.unresolved)
    Optional<Language> lang = language.isPresent() ? language : Optional.ofNullable(headerLanguage);
    return new TextReport(Optional.of(new ReportText(bodyText, lang, Optional.ofNullable(when), precision,
        new SourceChain(channels), Optional.ofNullable(source))), Optional.ofNullable(source), rejects);
  }

  private static void blank(char[] body, int from, int to) {
    for (int i = from; i < Math.min(to, body.length); i++) {
      if (body[i] != '\n' && body[i] != '\r') {
        body[i] = ' ';
      }
    }
  }
}
