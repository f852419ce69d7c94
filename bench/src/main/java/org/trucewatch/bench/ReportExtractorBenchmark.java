package org.trucewatch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.text.IncidentMention;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportExtractor;
import org.trucewatch.formats.text.ReportText;

/**
 * Free-text extraction of the seed article (7 KB of German, two incidents and two troop claims
 * among political news) against the baseline of one pass over its characters ({@link
 * Language#guess}), so the figure reads as "extraction costs this many passes over the text";
 * and extraction of every text of the ground development set (234+ short real reports in four
 * languages, {@code formats/src/test/resources/ground-devset}), whose time per operation divided
 * by the number of texts is the time per text of short real reports.
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
  private List<ReportText> devSet;

  /** Reads the seed article and builds the gazetteer. */
  @Setup
  public void setUp() throws Exception {
    Path seed = Path.of("..", "shared", "seed", "000_aa016adad835c6f3.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    report = new ReportText(text, Optional.empty(), Instant.parse("2025-03-27T08:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty());
    extractor = new ReportExtractor(Gazetteer.bundled());
    devSet = devSet(Path.of("formats", "src", "test", "resources", "ground-devset"));
    System.out.println("ground development set: " + devSet.size() + " texts");
  }

  /** The texts of the ground development set, each with its language and publication day. */
  static List<ReportText> devSet(Path folder) throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<ReportText> out = new ArrayList<>();
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          var n = json.readTree(line);
          Instant published = n.hasNonNull("published")
              ? Instant.parse(n.get("published").asText() + "T12:00:00Z") : Instant.parse("2000-01-01T12:00:00Z");
          out.add(new ReportText(n.get("text").asText(), Optional.of(Language.parse(n.get("language").asText())),
              published, Duration.ZERO, SourceChain.UNNAMED, Optional.empty()));
        }
      }
    }
    return out;
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

  /** Every text of the development set once: divide the time by the number of texts. */
  @Benchmark
  public void extractDevSet(Blackhole sink) {
    for (ReportText t : devSet) {
      sink.consume(extractor.extract(t));
    }
  }
}
