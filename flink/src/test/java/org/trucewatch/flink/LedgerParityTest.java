package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
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
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.flink.kafka.LocalKafkaBroker;
import org.trucewatch.flink.kafka.TopicContents;
import org.trucewatch.flink.kafka.TopicContents.KeyValue;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.fusion.FusionFileException;

/**
 * The job fed the ledger {@code trucewatch run} wrote, entry by entry ({@code trucewatch publish
 * --ledger}): the simulated day (seed 11) with the standard FIRMS product of the same pixels as
 * its near-real-time product, an input of no known format (refused), a cloud-cover file with a bad
 * row, the agreement, and a fusion file under which hot spots and strike reports never fuse (188
 * incidents where the defaults make 184). Given the same fusion file, the job on the MiniCluster
 * finds what {@code run} found, byte for byte, and rejects what it rejected.
 */
class LedgerParityTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir static Path work;
  static LocalKafkaBroker broker;
  static Path agreementFile;
  static Path fusionFile;
  static Path runOut;

  @BeforeAll
  static void runAndPublishTheLedger() throws Exception {
    agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    new ScenarioSimulator(agreement, 11).simulate(work.resolve("scenario"));
    Path inputs = work.resolve("scenario/inputs");
    List<String> nrt = Files.readAllLines(inputs.resolve("firms_viirs_snpp.csv"));
    // the standard product of the same passes: version 2.0, FRP revised up by 1 MW, rows reversed
    List<String> standard = new ArrayList<>(List.of(nrt.get(0)));
    for (int i = nrt.size() - 1; i >= 1; i--) {
      String[] f = nrt.get(i).split(",", -1);
      f[10] = f[10].replace("NRT", "");
      f[12] = f[12].isEmpty() ? "" : new BigDecimal(f[12]).add(BigDecimal.ONE).toPlainString();
      standard.add(String.join(",", f));
    }
    Files.write(inputs.resolve("firms_viirs_snpp_standard.csv"), standard);
    Files.writeString(inputs.resolve("patrol-notes.txt"), "the patrol saw nothing of note today\n");
    Path clouds = work.resolve("clouds.csv");
    Files.writeString(clouds, "date,cloud_cover\n" + nrt.get(1).split(",", -1)[5] + ",0.35\nyesterday,0.5\n");
    fusionFile = work.resolve("hot-spots-apart.yaml");
    Files.writeString(fusionFile, "pairs:\n  - kinds: [thermal-anomaly, strike]\n    never: true\n");
    runOut = work.resolve("run");
    cli("run", "--agreement", agreementFile.toString(), "--input", inputs.toString(), "--fusion", fusionFile.toString(),
        "--cloud-cover", clouds.toString(), "--out", runOut.toString(), "--key", work.resolve("key").toString(), "-q");

    broker = LocalKafkaBroker.start();
    broker.createTopics(InputTopics.INPUTS, 2);
    broker.createTopics(InputTopics.OUTPUTS, 1);
    cli("publish", "--kafka", broker.bootstrapServers(), "--ledger", runOut.toString(), "-q");
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

  /** The job's findings (canonical order) and rejects (sorted) over the published ledger. */
  private static List<String> runTheJob(String name, String... more) throws Exception {
    TopicContents findingsTopic = new TopicContents(broker.bootstrapServers(), InputTopics.FINDINGS);
    TopicContents rejectsTopic = new TopicContents(broker.bootstrapServers(), InputTopics.REJECTS);
    long findingsFrom = findingsTopic.end();
    long rejectsFrom = rejectsTopic.end();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    TrucewatchJob.build(env, parameters(name, more));
    env.execute(name);
    Map<String, String> findings = TopicContents.compacted(findingsTopic.from(findingsFrom, Duration.ofSeconds(30)));
    String rejects = String.join("\n", rejectsTopic.from(rejectsFrom, Duration.ofSeconds(30)).stream()
        .map(KeyValue::value).sorted().toList());
    return List.of(ParityTest.canonical(findings.values()), rejects);
  }

  @Test
  void theJobFusesByTheFusionFileRunUses() throws Exception {
    String expected = Files.readString(runOut.resolve("findings.jsonl"), StandardCharsets.UTF_8);
    List<String> job = runTheJob("fusion", "--fusion", fusionFile.toString());
    assertThat(job.get(0)).isEqualTo(expected);
    List<String> runRejects = Files.readAllLines(runOut.resolve("rejects.jsonl"), StandardCharsets.UTF_8);
    assertThat(runRejects).anyMatch(l -> l.contains("inputs/patrol-notes.txt"))
        .anyMatch(l -> l.contains("cloud-cover/clouds.csv"));
    assertThat(job.get(1)).isEqualTo(String.join("\n", runRejects.stream().sorted().toList()));
  }

  @Test
  void aFusionFileTheJobDoesNotFuseByIsRefusedByName() throws Exception {
    List<String> job = runTheJob("defaults");
    assertThat(job.get(1)).contains("{\"file\":\"fusion/hot-spots-apart.yaml\",\"line\":0,\"field\":\"\",\"reason\":\"a fusion"
        + " file other than the one this job fuses by (the defaults); to fuse by it, restart the job with --fusion naming it\"}");
  }

  @Test
  void aBadFusionFileStopsTheJobBeforeItStartsNamingFileLineAndField() throws Exception {
    Path bad = work.resolve("bad-fusion.yaml");
    Files.writeString(bad, "pairs:\n  - kinds: [thermal-anomaly, strike]\n    window_h: -1\n");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    assertThatThrownBy(() -> TrucewatchJob.build(env, parameters("bad", "--fusion", bad.toString())))
        .isInstanceOf(FusionFileException.class)
        .hasMessage("bad-fusion.yaml:3: pairs[0].window_h: expected a positive number of hours, not '-1'");
  }

  private static JobParameters parameters(String name, String... more) {
    List<String> args = new ArrayList<>(List.of("--kafka", broker.bootstrapServers(),
        "--agreement", agreementFile.toString(), "--bounded", "--lateness", "PT2H", "--assess-every", "PT6H",
        "--checkpoint-every", "PT0.5S", "--group-id", name, "--transactional-id-prefix", name));
    args.addAll(List.of(more));
    return JobParameters.parse(args.toArray(String[]::new));
  }
}
