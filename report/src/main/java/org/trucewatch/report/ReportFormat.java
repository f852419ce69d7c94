package org.trucewatch.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.assess.Attribution;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.Reliability;

/**
 * The report's plain-text forms of times, distances, casualties, attributions and grades: UTC,
 * {@link Locale#ROOT}, never the machine's zone or locale, so that the report is the same
 * everywhere.
 */
final class ReportFormat {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ReportFormat() {}

  /** "2025-03-18 06:14:07", UTC. */
  static String utcSeconds(Instant t) {
    return SECONDS.format(t);
  }

  /** "2025-03-18 06:14", UTC. */
  static String utcMinutes(Instant t) {
    return MINUTES.format(t);
  }

  /** "850 m" below 1 km, else "2.35 km". */
  static String distance(double metres) {
    if (metres < 1000) {
      return String.format(Locale.ROOT, "%.0f m", metres);
    }
    return String.format(Locale.ROOT, "%.2f km", metres / 1000.0);
  }

  /** Degrees to 4 decimals (about 10 m), the precision the report shows locations at. */
  static String degrees(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** The first 12 hex digits of an id, for people. */
  static String shortId(String hex) {
    return hex.length() <= 12 ? hex : hex.substring(0, 12);
  }

  /** "2 killed, 9+ injured (at least 2 minors)", or "none reported". */
  static String casualties(Casualties c) {
    if (!c.any()) {
      return "none reported";
    }
    List<String> parts = new ArrayList<>();
    if (c.killed().reported()) {
      parts.add(count(c.killed()) + " killed");
    }
    if (c.injured().reported()) {
      parts.add(count(c.injured()) + " injured");
    }
    String text = String.join(", ", parts);
    if (c.minors().reported()) {
      text += (text.isEmpty() ? "" : " ") + "(" + count(c.minors()) + " minors)";
    }
    return text;
  }

  /** "9", "at least 2", "up to 5", "3 to 5". */
  static String count(CasualtyCount c) {
    if (c.max().isEmpty()) {
      return c.min() == 0 ? "an unknown number of" : "at least " + c.min();
    }
    int max = c.max().getAsInt();
    if (max == c.min()) {
      return Integer.toString(max);
    }
    return c.min() == 0 ? "up to " + max : c.min() + " to " + max;
  }

  /** "unattributed", "claimed by RU (possible)", "contested: RU (possible), UA (unsubstantiated)". */
  static String attribution(Attribution a) {
    if (a instanceof Attribution.Claimed c) {
      return "claimed by " + c.party() + " (" + c.claim().grade().code() + ")";
    }
    if (a instanceof Attribution.Contested c) {
      return "contested: " + String.join(", ", c.claims().stream().map(x -> x.party() + " (" + x.grade().code() + ")").toList());
    }
    return "unattributed";
  }

  /** The Admiralty meaning of a reliability letter. */
  static String words(Reliability r) {
    switch (r) {
      case A:
        return "completely reliable";
      case B:
        return "usually reliable";
      case C:
        return "fairly reliable";
      case D:
        return "not usually reliable";
      case E:
        return "unreliable";
      default:
        return "reliability cannot be judged";
    }
  }

  /** The Admiralty meaning of a credibility rating. */
  static String words(Credibility c) {
    switch (c) {
      case CONFIRMED:
        return "confirmed by other sources";
      case PROBABLY_TRUE:
        return "probably true";
      case POSSIBLY_TRUE:
        return "possibly true";
      case DOUBTFUL:
        return "doubtful";
      case IMPROBABLE:
        return "improbable";
      default:
        return "truth cannot be judged";
    }
  }

  /** "1 incident", "2 incidents": English plurals for counts. */
  static String plural(long n, String singular, String pluralForm) {
    return n + " " + (n == 1 ? singular : pluralForm);
  }
}
