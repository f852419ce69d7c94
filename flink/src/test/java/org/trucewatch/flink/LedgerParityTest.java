package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.Trucewatch;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.engine.sim.ScenarioSimulator;
import org.trucewatch.flink.kafka.LocalKafkaBroker;
import org.trucewatch.flink.kafka.TopicContents;
import org.trucewatch.formats.agreement.AgreementReader;

/**
 * The job against {@code trucewatch run} when the mission carries a fusion file: the simulated day
 * (seed 11) run with a fusion file under which hot spots and strike reports never fuse (188
 * incidents where the defaults make 184), and the job on the MiniCluster given the same file.
 */
class LedgerParityTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir static Path work;
  static LocalKafkaBroker broker;
  static Path agreementFile;
  static Path fusionFile;
  static Path inputs;

  @BeforeAll
  static void simulateAndStartTheBroker() throws Exception {
    agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    new ScenarioSimulator(agreement, 11).simulate(work.resolve("scenario"));
    inputs = work.resolve("scenario/inputs");
    fusionFile = work.resolve("hot-spots-apart.yaml");
    Files.writeString(fusionFile, "pairs:\n  - kinds: [thermal-anomaly, strike]\n    never: true\n");
    broker = LocalKafkaBroker.start();
    broker.createTopics(InputTopics.INPUTS, 2);
    broker.createTopics(InputTopics.OUTPUTS, 1);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Trucewatch.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void theJobFusesByTheFusionFileRunUses() throws Exception {
    Path runOut = work.resolve("run-with-fusion");
    cli("run", "--agreement", agreementFile.toString(), "--input", inputs.toString(), "--fusion", fusionFile.toString(),
        "--out", runOut.toString(), "-q");
    String expected = Files.readString(runOut.resolve("findings.jsonl"), StandardCharsets.UTF_8);
    cli("publish", "--kafka", broker.bootstrapServers(), "--input", inputs.toString(), "-q");

    TopicContents findingsTopic = new TopicContents(broker.bootstrapServers(), InputTopics.FINDINGS);
    long from = findingsTopic.end();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    TrucewatchJob.build(env, parameters("fusion", "--fusion", fusionFile.toString()));
    env.execute("fusion");

    Map<String, String> findings = TopicContents.compacted(findingsTopic.from(from, Duration.ofSeconds(30)));
    assertThat(ParityTest.canonical(findings.values())).isEqualTo(expected);
  }

  private static JobParameters parameters(String name, String... more) {
    List<String> args = new ArrayList<>(List.of("--kafka", broker.bootstrapServers(),
        "--agreement", agreementFile.toString(), "--bounded", "--lateness", "PT2H", "--assess-every", "PT6H",
        "--checkpoint-every", "PT0.5S", "--group-id", name, "--transactional-id-prefix", name));
    args.addAll(List.of(more));
    return JobParameters.parse(args.toArray(String[]::new));
  }
}
