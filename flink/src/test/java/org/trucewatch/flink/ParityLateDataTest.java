package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
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

/**
 * The keyed, incremental stages under late and out-of-order data: the simulated day's AIS log cut
 * into 3-hour logs (as a receiver's logger rolls them) and published latest first, so the sea
 * stages see ships' tracks grow backwards across many ticks, with silences filled in, detections
 * withdrawn and incidents merged on the way. Applied in order, the committed records still leave
 * exactly {@code trucewatch run}'s findings over the same files.
 */
class ParityLateDataTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @Test
  void aisPublishedLatestFirstInThreeHourLogsGivesRunsFindingsAfterWithdrawals(@TempDir Path work) throws Exception {
    Path agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    new ScenarioSimulator(agreement, 11).simulate(work.resolve("scenario"));
    Path inputs = work.resolve("scenario/inputs");
    Path log = inputs.resolve("ais-traffic.nmea");
    List<String> chunks = cutByHours(Files.readAllLines(log, StandardCharsets.UTF_8), 3);
    assertThat(chunks).hasSizeGreaterThanOrEqualTo(8);
    Files.delete(log);
    for (int i = 0; i < chunks.size(); i++) {
      // names sort latest first, and publish sends files in name order
      Files.writeString(inputs.resolve(String.format("ais-%02d.nmea", chunks.size() - i)), chunks.get(i),
          StandardCharsets.UTF_8);
    }
    Path runOut = work.resolve("run");
    assertThat(Trucewatch.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "run", "--agreement", agreementFile.toString(), "--input", inputs.toString(), "--out", runOut.toString(), "-q"))
        .isZero();
    String expected = Files.readString(runOut.resolve("findings.jsonl"), StandardCharsets.UTF_8);
    assertThat(expected.lines().count()).as("the scenario has findings").isGreaterThan(10);

    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      broker.createTopics(InputTopics.INPUTS, 2);
      broker.createTopics(InputTopics.OUTPUTS, 1);
      StringWriter err = new StringWriter();
      assertThat(Trucewatch.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
          "publish", "--kafka", broker.bootstrapServers(), "--input", inputs.toString(), "-q")).as(err.toString()).isZero();
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      env.setParallelism(2);
      TrucewatchJob.build(env, JobParameters.parse("--kafka", broker.bootstrapServers(),
          "--agreement", agreementFile.toString(), "--bounded", "--lateness", "PT30M", "--assess-every", "PT1H",
          "--checkpoint-every", "PT1S", "--group-id", "late", "--transactional-id-prefix", "late"));
      env.execute("late");

      List<KeyValue> findings = new TopicContents(broker.bootstrapServers(), InputTopics.FINDINGS)
          .from(0, Duration.ofSeconds(30));
      assertThat(ParityTest.canonical(TopicContents.compacted(findings).values())).isEqualTo(expected);
      List<KeyValue> incidents = new TopicContents(broker.bootstrapServers(), InputTopics.INCIDENTS)
          .from(0, Duration.ofSeconds(30));
      // the late data did change earlier output: some record was replaced or withdrawn
      Map<String, Integer> writes = new HashMap<>();
      for (KeyValue r : incidents) {
        writes.merge(r.key(), 1, Integer::sum);
      }
      assertThat(writes.values()).as("an incident written more than once").anyMatch(n -> n > 1);
      assertThat(incidents).as("an incident withdrawn").anyMatch(r -> r.value() == null);
    }
  }

  /** The log cut into logs of {@code hours} each by the receiver's time stamps, whole messages only. */
  private static List<String> cutByHours(List<String> lines, int hours) {
    List<String> out = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    long chunkOf = Long.MIN_VALUE;
    for (String line : lines) {
      int c = line.indexOf("c:") + 2;
      int end = c;
      while (end < line.length() && Character.isDigit(line.charAt(end))) {
        end++;
      }
      long seconds = end > c ? Long.parseLong(line.substring(c, end)) : chunkOf * hours * 3600L;
      long of = seconds / (hours * 3600L);
      // a new log starts only at the first sentence of a message
      boolean first = line.contains("!AIVDM,1,1,") || line.matches(".*!AIVDM,\\d,1,.*");
      if (of != chunkOf && first) {
        if (chunk.length() > 0) {
          out.add(chunk.toString());
          chunk.setLength(0);
        }
        chunkOf = of;
      }
      chunk.append(line).append('\n');
    }
    out.add(chunk.toString());
    return out;
  }
}
