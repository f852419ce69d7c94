package org.trucewatch.formats.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * The mentions of a sentence written for a test, extracted as a report of an unnamed source
 * published at one fixed time, with the bundled gazetteer (loaded once for all the tests of a run).
 */
final class ExtractedSentences {
  /** When every test sentence is taken to be published. */
  static final Instant PUBLISHED = Instant.parse("2025-06-01T09:00:00Z");
  private static final ReportExtractor EXTRACTOR = new ReportExtractor(Gazetteer.bundled());

  private ExtractedSentences() {}

  /** The mentions of {@code text}, its language recognised from the text. */
  static List<IncidentMention> mentions(String text) {
    return mentions(text, Optional.empty());
  }

  /** The mentions of {@code text} read in {@code language}. */
  static List<IncidentMention> mentions(String text, Language language) {
    return mentions(text, Optional.of(language));
  }

  /** The mentions of {@code text}, in {@code language} or the recognised one. */
  static List<IncidentMention> mentions(String text, Optional<Language> language) {
    return EXTRACTOR.extract(new ReportText(text, language, PUBLISHED, Duration.ZERO, SourceChain.UNNAMED, Optional.empty()))
        .mentions();
  }
}
