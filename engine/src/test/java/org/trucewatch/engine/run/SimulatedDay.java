package org.trucewatch.engine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.scenario.ScenarioSimulator;

/**
 * The example agreement's simulated day of one seed and {@code run} over it, made once per test
 * JVM and shared by the test classes that only read them: a day's run takes many seconds, and the
 * outputs are the same whoever runs it (folder and clock do not change them, see
 * {@code ReplayRunTest.twoRunsInDifferentFoldersAndClocksAreByteIdentical}). Readers must not
 * write into the shared folders.
 *
 * @param agreementFile the example agreement
 * @param agreement that agreement, read
 * @param scenario the simulator's folder ({@code inputs/}, {@code truth.jsonl})
 * @param out the run's output folder, its ledger {@code out/ledger.sqlite}
 * @param key the deployment key the run signed with (for a run that adds to that ledger)
 * @param summary what the run reported
 */
record SimulatedDay(Path agreementFile, Agreement agreement, Path scenario, Path out, Path key, RunSummary summary) {
  private static final Map<Long, SimulatedDay> DAYS = new ConcurrentHashMap<>();

  /** The day of {@code seed}, simulated and run on first use. */
  static SimulatedDay of(long seed) {
    return DAYS.computeIfAbsent(seed, SimulatedDay::make);
  }

  /** The scenario's input folder. */
  Path inputs() {
    return scenario.resolve("inputs");
  }

  private static SimulatedDay make(long seed) {
    try {
      Path agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml")
          .toAbsolutePath();
      Agreement agreement = new AgreementReader().read(agreementFile);
      Path dir = Files.createTempDirectory("trucewatch-day-" + seed + "-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      Path scenario = dir.resolve("scenario");
      new ScenarioSimulator(agreement, seed).simulate(scenario);
      Path out = dir.resolve("out");
      Path key = dir.resolve("deployment.key");
      RunSummary summary = new ReplayRun(Clock.fixed(Instant.parse("2025-03-20T06:00:00Z"), ZoneOffset.UTC)).execute(
          new RunRequest(agreementFile, List.of(scenario.resolve("inputs")), out, Optional.empty(), Optional.of(key)),
          Progress.SILENT);
      return new SimulatedDay(agreementFile, agreement, scenario, out, key, summary);
    } catch (Exception e) {
      throw new IllegalStateException("simulating and running the day of seed " + seed + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
