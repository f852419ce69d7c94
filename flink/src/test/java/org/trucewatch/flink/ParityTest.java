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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
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

/**
 * The simulated scenario through {@code trucewatch run} and, published with {@code trucewatch
 * publish} to a real broker, through the job on Flink's MiniCluster at parallelism 2: the same
 * findings, byte for byte, after the canonical sort (time, then id); also when the job loses its
 * TaskManager halfway.
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
  static Path runOut;
  static String expected;

  @BeforeAll
  static void runAndPublishTheScenario() throws Exception {
    agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    new ScenarioSimulator(agreement, 11).simulate(work.resolve("scenario"));
    Path inputs = work.resolve("scenario/inputs");
    // a FIRMS file with a bad latitude among good rows: both must reject that line and keep the rest
    Files.writeString(inputs.resolve("firms-with-a-bad-row.csv"), String.join("\n",
        "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_t31,frp,daynight",
        "46.61,31.95,331.2,0.39,0.36,2025-03-11,0112,N,VIIRS,n,2.0NRT,290.1,4.1,N",
        "north,31.96,330.0,0.39,0.36,2025-03-11,0112,N,VIIRS,n,2.0NRT,290.1,3.9,N",
        "46.62,31.97,329.8,0.39,0.36,2025-03-11,0112,N,VIIRS,n,2.0NRT,289.9,3.2,N", ""));
    runOut = work.resolve("run");
    assertThat(Trucewatch.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "run", "--agreement", agreementFile.toString(), "--input", inputs.toString(), "--out", runOut.toString(), "-q"))
        .isZero();
    expected = Files.readString(runOut.resolve("findings.jsonl"), StandardCharsets.UTF_8);
    assertThat(expected.lines().count()).as("the scenario has findings").isGreaterThan(10);

    broker = LocalKafkaBroker.start();
    broker.createTopics(InputTopics.INPUTS, 2);
    broker.createTopics(InputTopics.OUTPUTS, 1);
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
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void theJobOnTheMiniClusterFindsWhatRunFindsByteForByte() throws Exception {
    try (Connection db = DriverManager.getConnection(POSTGRES); Statement st = db.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      st.execute(PostgresResultSink.SCHEMA);
      st.execute("DELETE FROM stream_findings; DELETE FROM stream_incidents");
    }
    TopicContents findingsTopic = new TopicContents(broker.bootstrapServers(), InputTopics.FINDINGS);
    TopicContents incidentsTopic = new TopicContents(broker.bootstrapServers(), InputTopics.INCIDENTS);
    TopicContents rejectsTopic = new TopicContents(broker.bootstrapServers(), InputTopics.REJECTS);
    long findingsFrom = findingsTopic.end();
    long incidentsFrom = incidentsTopic.end();
    long rejectsFrom = rejectsTopic.end();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    TrucewatchJob.build(env, parameters("parity", "--postgres", POSTGRES));
    env.execute("parity");

    Map<String, String> findings = TopicContents.compacted(findingsTopic.from(findingsFrom, Duration.ofSeconds(30)));
    assertThat(canonical(findings.values())).isEqualTo(expected);

    Map<String, String> incidents = TopicContents.compacted(incidentsTopic.from(incidentsFrom, Duration.ofSeconds(30)));
    JsonNode geojson = new ObjectMapper().readTree(runOut.resolve("incidents.geojson").toFile());
    TreeSet<String> runIncidents = new TreeSet<>();
    geojson.get("features").forEach(f -> runIncidents.add(f.get("properties").get("id").asText()));
    assertThat(new TreeSet<>(incidents.keySet())).isEqualTo(runIncidents);

    List<String> runRejects = Files.readAllLines(runOut.resolve("rejects.jsonl"), StandardCharsets.UTF_8);
    assertThat(runRejects).anyMatch(l -> l.contains("\"file\":\"inputs/firms-with-a-bad-row.csv\",\"line\":3"));
    assertThat(rejectsTopic.from(rejectsFrom, Duration.ofSeconds(30)).stream().map(KeyValue::value).sorted().toList())
        .isEqualTo(runRejects.stream().sorted().toList());

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

  @Test
  void afterLosingItsTaskManagerTheJobCommitsEveryChangeOnceAndStillFindsWhatRunFinds(
      @InjectMiniCluster MiniCluster cluster) throws Exception {
    TopicContents findingsTopic = new TopicContents(broker.bootstrapServers(), InputTopics.FINDINGS);
    long from = findingsTopic.end();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    TrucewatchJob.build(env, parameters("failover"));
    JobClient job = env.executeAsync("failover");
    JobID id = job.getJobID();
    org.awaitility.Awaitility.await("a first checkpoint")
        .atMost(Duration.ofMinutes(2))
        .until(() -> completedCheckpoints(cluster, id) >= 1);
    cluster.terminateTaskManager(0).get();
    cluster.startTaskManager();
    job.getJobExecutionResult().get(5, TimeUnit.MINUTES);
    assertThat(cluster.getArchivedExecutionGraph(id).get().getStatusTimestamp(JobStatus.RESTARTING))
        .as("the job restarted from its checkpoint").isPositive();

    List<KeyValue> committed = findingsTopic.from(from, Duration.ofSeconds(30));
    // a change re-emitted after the restart would show as a repeat of the key's previous value
    Map<String, String> last = new HashMap<>();
    for (KeyValue r : committed) {
      if (r.value() == null) {
        assertThat(last.get(r.key())).as("withdrawn once: " + r.key()).isNotNull();
      } else {
        assertThat(r.value()).as("emitted once: " + r.key()).isNotEqualTo(last.get(r.key()));
      }
      last.put(r.key(), r.value());
    }
    assertThat(canonical(TopicContents.compacted(committed).values())).isEqualTo(expected);
  }

  private static JobParameters parameters(String name, String... more) {
    List<String> args = new ArrayList<>(List.of("--kafka", broker.bootstrapServers(),
        "--agreement", agreementFile.toString(), "--bounded", "--lateness", "PT2H", "--assess-every", "PT6H",
        "--checkpoint-every", "PT0.5S", "--group-id", name, "--transactional-id-prefix", name));
    args.addAll(List.of(more));
    return JobParameters.parse(args.toArray(String[]::new));
  }

  private static long completedCheckpoints(MiniCluster cluster, JobID id) {
    try {
      return cluster.getExecutionGraph(id).get().getCheckpointStatsSnapshot().getCounts().getNumberOfCompletedCheckpoints();
    } catch (Exception e) {
      return 0; // not yet scheduled
    }
  }

  // findings.jsonl's order: time, then id
  static String canonical(Collection<String> lines) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String[]> keyed = new ArrayList<>();
    for (String l : lines) {
      JsonNode n = json.readTree(l);
      keyed.add(new String[] {n.get("time").asText(), n.get("id").asText(), l});
    }
    keyed.sort(Comparator.comparing((String[] k) -> Instant.parse(k[0])).thenComparing(k -> k[1]));
    StringBuilder sb = new StringBuilder();
    for (String[] k : keyed) {
      sb.append(k[2]).append('\n');
    }
    return sb.toString();
  }
}
