package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.Trucewatch;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.engine.run.RunSummary;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.flink.kafka.LocalKafkaBroker;
import org.trucewatch.flink.kafka.TopicContents;
import org.trucewatch.formats.agreement.AgreementReader;

/**
 * End-to-end throughput of the job on the MiniCluster at parallelism 1 and 2 against the embedded
 * engine ({@code trucewatch run}) over the same simulated scenario, in one JVM, alternating
 * rounds. A benchmark, not a test: its name matches none of Surefire's test patterns, so the default
 * test run never runs it; {@code bench/flink-throughput.sh} runs it alone, in the Surefire execution of
 * the {@code flink-throughput} profile ({@code mvn -o test -pl flink -am -DskipTests -Pflink-throughput}).
 */
class JobThroughputBenchTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir Path work;

  @Test
  void jobAtParallelismOneAndTwoAgainstTheEmbeddedEngine() throws Exception {
    int rounds = Integer.getInteger("trucewatch.bench.rounds", 3);
    long seed = Long.getLong("trucewatch.bench.seed", 11);
    String assessEvery = System.getProperty("trucewatch.bench.assess-every", "PT6H");
    String checkpointEvery = System.getProperty("trucewatch.bench.checkpoint-every", "PT5S");
    Path agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    Path inputs = work.resolve("scenario/inputs");
    new ScenarioSimulator(agreement, seed).simulate(work.resolve("scenario"));
    long bytes;
    try (var s = Files.walk(inputs)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    StringBuilder report = new StringBuilder();
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      broker.createTopics(InputTopics.INPUTS, 2);
      broker.createTopics(InputTopics.OUTPUTS, 1);
      StringWriter err = new StringWriter();
      assertThat(Trucewatch.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
          "publish", "--kafka", broker.bootstrapServers(), "--input", inputs.toString(), "-q")).as(err.toString()).isZero();
      long observations = 0;
      List<String> lines = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        // round 0 warms the JIT and is not reported
        long t0 = System.nanoTime();
        RunSummary s = new ReplayRun(Clock.systemUTC()).execute(new RunRequest(agreementFile, List.of(inputs),
            work.resolve("run" + round), Optional.empty(), Optional.of(work.resolve("deployment.key"))), Progress.SILENT);
        double engine = (System.nanoTime() - t0) / 1e9;
        observations = s.observations();
        long t2 = System.nanoTime();
        int inMemoryFindings = pipelineInMemory(agreement, inputs);
        double pipeline = (System.nanoTime() - t2) / 1e9;
        assertThat(inMemoryFindings).isEqualTo(s.findings());
        double[] job = new double[3];
        double[] jobCpu = new double[3];
        for (int p = 1; p <= 2; p++) {
          long t1 = System.nanoTime();
          long c1 = processCpuNanos();
          StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
          env.setParallelism(p);
          String id = "bench-" + round + "-" + p;
          TrucewatchJob.build(env, JobParameters.parse("--kafka", broker.bootstrapServers(),
              "--agreement", agreementFile.toString(), "--bounded", "--lateness", "PT2H", "--assess-every", assessEvery,
              "--checkpoint-every", checkpointEvery, "--group-id", id, "--transactional-id-prefix", id));
          env.execute(id);
          job[p] = (System.nanoTime() - t1) / 1e9;
          jobCpu[p] = (processCpuNanos() - c1) / 1e9;
        }
        if (round > 0) {
          lines.add(String.format(Locale.ROOT,
              "round %d: run %.1f s, readers+Pipeline in memory %.1f s, job p=1 %.1f s (CPU %.1f s), job p=2 %.1f s (CPU %.1f s), load %.2f",
              round, engine, pipeline, job[1], jobCpu[1], job[2], jobCpu[2],
              java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
      }
      assertThat(new TopicContents(broker.bootstrapServers(), InputTopics.FINDINGS).from(0, java.time.Duration.ofSeconds(60)))
          .isNotEmpty();
      report.append(String.format(Locale.ROOT, "scenario seed %d: %,d input bytes, %,d observations after reading%n",
          seed, bytes, observations));
      report.append(String.format(Locale.ROOT, "job: --assess-every %s --checkpoint-every %s --lateness PT2H%n",
          assessEvery, checkpointEvery));
      for (String l : lines) {
        report.append(l).append('\n');
      }
    }
    report.append(String.format(Locale.ROOT, "cores: %d, max heap %d MiB%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
    Path out = Path.of("target", "flink-throughput.txt");
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.print(report);
  }

  // CPU time of this JVM, all threads (the broker's too, mostly idle while the job runs)
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The job's work done by the engine's classes in one thread, without ledger or outputs: every
   * file through its reader, repeats and pixel copies removed, then Pipeline.run. Returns the
   * number of findings.
   */
  private static int pipelineInMemory(Agreement agreement, Path inputs) throws Exception {
    var readers = org.trucewatch.engine.mission.ObservationReaders.all();
    List<org.trucewatch.core.source.Source> sources = new ArrayList<>(org.trucewatch.formats.firms.FirmsSources.defaults());
    List<org.trucewatch.core.observation.Observation> read = new ArrayList<>();
    for (var f : org.trucewatch.engine.ingest.InputFiles.expand(List.of(inputs))) {
      byte[] raw = Files.readAllBytes(f.path());
      String format = org.trucewatch.formats.FormatDetector.detect(f.name(), raw).code().orElse("");
      if (format.equals("sources-yaml")) {
        sources.addAll(new org.trucewatch.formats.sources.SourcesYamlReader().read(f.name(), raw).sources());
      } else if (readers.containsKey(format)) {
        read.addAll(readers.get(format).read(f.name(), ReadInputs.sha256(raw), raw).observations());
      }
    }
    List<org.trucewatch.core.observation.Observation> kept =
        new ArrayList<>(new org.trucewatch.core.thermal.DetectionDeduplicator().deduplicate(read).kept());
    kept.sort(java.util.Comparator.comparing(org.trucewatch.core.observation.Observation::eventTime)
        .thenComparing(org.trucewatch.core.observation.Observation::id));
    return new org.trucewatch.engine.Pipeline(agreement, new org.trucewatch.core.source.SourceDirectory(sources),
        org.trucewatch.core.fuse.FusionParameters.DEFAULT).run(kept, Progress.SILENT).findings().size();
  }
}
