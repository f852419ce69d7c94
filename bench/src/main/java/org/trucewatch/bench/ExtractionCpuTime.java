package org.trucewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportExtractor;
import org.trucewatch.formats.text.ReportText;

/**
 * Extraction cost per text as the thread's CPU time, over every text of the ground development
 * set: the figure to read on a shared, loaded machine, where wall-clock benchmarks swing with
 * the other builds. Three warm-up rounds, then the median of {@code rounds} rounds.
 *
 * <p>Run from the project root after {@code mvn -q -pl formats -am compile}: {@code java -cp
 * formats/target/classes:core/target/classes:$(cat /tmp/cp.txt)
 * bench/src/main/java/org/trucewatch/bench/ExtractionCpuTime.java 7} (see bench/README.md).
 */
public final class ExtractionCpuTime {
  private ExtractionCpuTime() {}

  /** Prints the CPU time per text and texts per second on one core. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    ObjectMapper json = new ObjectMapper();
    List<ReportText> texts = new ArrayList<>();
    Path folder = Path.of("formats", "src", "test", "resources", "ground-devset");
    for (String language : List.of("de", "en", "ru", "uk")) {
      for (String line : Files.readAllLines(folder.resolve(language + ".jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        texts.add(new ReportText(n.get("text").asText(), Optional.of(Language.parse(language)),
            Instant.parse("2024-01-01T12:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty()));
      }
    }
    ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < 3; r++) {
      texts.forEach(extractor::extract);
    }
    long[] micros = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      texts.forEach(extractor::extract);
      micros[r] = (threads.getCurrentThreadCpuTime() - c0) / 1000 / texts.size();
    }
    Arrays.sort(micros);
    System.out.printf(Locale.ROOT, "%d texts: CPU per text median %d us (min %d) over %d rounds, %.0f texts/s on one core%n",
        texts.size(), micros[rounds / 2], micros[0], rounds, 1e6 / micros[rounds / 2]);
  }
}
