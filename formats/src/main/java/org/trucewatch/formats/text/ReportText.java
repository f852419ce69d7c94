package org.trucewatch.formats.text;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.trucewatch.core.claim.SourceChain;

/**
 * One report to extract from: its text and what is known about it from outside the text.
 *
 * @param text the report's words
 * @param language its language, or empty to guess it from the text
 * @param published when it was published (UTC); empty when unknown: then only dates with a year
 *     resolve, and mentions whose time is relative ("yesterday") or unsaid are left out with a
 *     warning (see {@link IncidentMention.Extraction#unresolved})
 * @param publishedUncertainty how precisely that is known: zero for a timestamp, a month for a
 *     dateline that gives only the month
 * @param carriers who carried the report to us, outermost last (e.g. "Telegram", "dpa"); empty when unknown
 * @param declaredSource who the report is from, as its header says, when the text names nobody
 */
public record ReportText(
        String text, Optional<Language> language, Optional<Instant> published, Duration publishedUncertainty,
    SourceChain carriers, Optional<String> declaredSource) {
  /** A report whose publication time is known. */
  public ReportText(String text, Optional<Language> language, Instant published, Duration publishedUncertainty,
      SourceChain carriers, Optional<String> declaredSource) {
    this(text, language, Optional.of(published), publishedUncertainty, carriers, declaredSource);
  }

  /** Checks the fields. */
  public ReportText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedUncertainty, "publishedUncertainty");
    Objects.requireNonNull(carriers, "carriers");
    Objects.requireNonNull(declaredSource, "declaredSource");
  }
}
