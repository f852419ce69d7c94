package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
 * The simulated scenario through {@code trucewatch run} and, published with {@code trucewatch
 * publish} to a real broker, through the job on Flink's MiniCluster at parallelism 2: the same
 * findings, byte for byte, after the canonical sort (time, then id).
 */
class ParityTest {
  static final String POSTGRES = System.getProperty("trucewatch.test.postgres",
      Optional.ofNullable(System.getenv("TRUCEWATCH_TEST_POSTGRES"))
          .orElse("jdbc:postgresql://127.0.0.1:5432/trucewatch_test?user=trucewatch&password=trucewatch"));

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir static Path work;
  static LocalKafkaBroker broker;
  static Path agreementFile;
  static Path inputs;

  @BeforeAll
  static void scenarioAndBroker() throws Exception {
    agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    new ScenarioSimulator(agreement, 11).simulate(work.resolve("scenario"));
    inputs = work.resolve("scenario/inputs");
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

  @Test
  void theJobOnTheMiniClusterFindsWhatRunFindsByteForByte() throws Exception {
    Path out = work.resolve("run");
    assertThat(Trucewatch.execute("run", "--agreement", agreementFile.toString(), "--input", inputs.toString(),
        "--out", out.toString(), "-q")).isZero();
    byte[] expected = Files.readAllBytes(out.resolve("findings.jsonl"));

    StringWriter published = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Trucewatch.execute(new PrintWriter(published), new PrintWriter(err),
        "publish", "--kafka", broker.bootstrapServers(), "--input", inputs.toString());
    assertThat(code).as(err.toString()).isZero();
    long files;
    try (var s = Files.walk(inputs)) {
      files = s.filter(Files::isRegularFile).count();
    }
    assertThat(Long.parseLong(published.toString().strip())).isEqualTo(files);
    assertThat(err.toString()).contains("published " + files + " files");

    try (Connection db = DriverManager.getConnection(POSTGRES); Statement st = db.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      st.execute(PostgresResultSink.SCHEMA);
      st.execute("DELETE FROM stream_findings; DELETE FROM stream_incidents");
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    TrucewatchJob.build(env, JobParameters.parse("--kafka", broker.bootstrapServers(),
        "--agreement", agreementFile.toString(), "--bounded", "--lateness", "PT2H", "--assess-every", "PT6H",
        "--checkpoint-every", "PT1S", "--group-id", "parity", "--transactional-id-prefix", "parity",
        "--postgres", POSTGRES));
    env.execute("parity");

    Map<String, String> findings = TopicContents.compacted(broker.bootstrapServers(), InputTopics.FINDINGS, Duration.ofSeconds(30));
    String actual = canonical(findings.values());
    assertThat(expected.length).as("the scenario has findings").isGreaterThan(0);
    assertThat(actual).isEqualTo(new String(expected, StandardCharsets.UTF_8));

    Map<String, String> incidents = TopicContents.compacted(broker.bootstrapServers(), InputTopics.INCIDENTS, Duration.ofSeconds(30));
    JsonNode geojson = new ObjectMapper().readTree(out.resolve("incidents.geojson").toFile());
    TreeSet<String> runIncidents = new TreeSet<>();
    geojson.get("features").forEach(f -> runIncidents.add(f.get("properties").get("id").asText()));
    assertThat(new TreeSet<>(incidents.keySet())).isEqualTo(runIncidents);

    try (Connection db = DriverManager.getConnection(POSTGRES); Statement st = db.createStatement()) {
      TreeSet<String> stored = new TreeSet<>();
      try (ResultSet rs = st.executeQuery("SELECT id FROM stream_findings")) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
      assertThat(stored).isEqualTo(new TreeSet<>(findings.keySet()));
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM stream_incidents WHERE location IS NOT NULL")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(runIncidents.size());
      }
    }
  }

  // findings.jsonl's order: time, then id
  static String canonical(java.util.Collection<String> lines) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Map.Entry<String, String>> keyed = new ArrayList<>();
    for (String l : lines) {
      JsonNode n = json.readTree(l);
      keyed.add(Map.entry(n.get("time").asText() + "\n" + n.get("id").asText(), l));
    }
    keyed.sort(Comparator.comparing((Map.Entry<String, String> e) -> java.time.Instant.parse(e.getKey().split("\n")[0]))
        .thenComparing(e -> e.getKey().split("\n")[1]));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : keyed) {
      sb.append(e.getValue()).append('\n');
    }
    return sb.toString();
  }
}
