package org.trucewatch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.text.IncidentMention;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportExtractor;
import org.trucewatch.formats.text.ReportText;

/**
 * Free-text extraction of the seed article (7 KB of German, two incidents and two troop claims
 * among political news) against the baseline of one pass over its characters ({@link
 * Language#guess}), so the figure reads as "extraction costs this many passes over the text".
 *
 * <p>Run from the project root: {@code mvn -q -DskipTests package && java -jar
 * bench/target/benchmarks.jar ReportExtractorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportExtractorBenchmark {
  private ReportText report;
  private ReportExtractor extractor;

  /** Reads the seed article and builds the gazetteer. */
  @Setup
  public void setUp() throws Exception {
    Path seed = Path.of("..", "shared", "seed", "000_aa016adad835c6f3.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    report = new ReportText(text, Optional.empty(), Instant.parse("2025-03-27T08:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty());
    extractor = new ReportExtractor(Gazetteer.bundled());
  }

  /** Baseline: one pass over the characters (language guess). */
  @Benchmark
  public Language onePass() {
    return Language.guess(report.text());
  }

  /** The whole extraction: paragraphs, tokens, cues, places, figures, claims. */
  @Benchmark
  public IncidentMention.Extraction extract() {
    return extractor.extract(report);
  }
}
