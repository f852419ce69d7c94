package org.trucewatch.formats.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import org.trucewatch.core.claim.CasualtyScope;
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

  /**
   * The mentions a text's figures are summed over, as the development set's evaluation sums them:
   * those that are no part of a total told beside them.
   */
  static List<IncidentMention> counted(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART).toList();
  }

  /** The means the mentions name, sorted. */
  static SortedSet<String> means(List<IncidentMention> ms) {
    SortedSet<String> out = new TreeSet<>();
    ms.forEach(m -> m.claim().means().ifPresent(out::add));
    return out;
  }

  /** The killed of the {@link #counted} mentions, their least figures summed. */
  static int killed(List<IncidentMention> ms) {
    return counted(ms).stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  /** The injured of the {@link #counted} mentions, their least figures summed. */
  static int injured(List<IncidentMention> ms) {
    return counted(ms).stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  /**
   * The injured every mention tells, their least figures summed, or empty when no mention tells an
   * injured figure (unknown, not 0); unlike {@link #injured}, totals and their parts are all summed.
   */
  static OptionalInt injuredTold(List<IncidentMention> ms) {
    List<IncidentMention> told = ms.stream().filter(m -> m.claim().casualties().injured() != null).toList();
    return told.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(told.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum());
  }
}
