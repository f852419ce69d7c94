package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trucewatch.cli.TrucewatchTest.Outcome;

/**
 * {@code trucewatch review} on a run's ledger, SQLite and PostgreSQL: every call is a new process
 * state (ledger opened afresh), so an action that shows in the next call survived a restart.
 */
class ReviewCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOVERNOR =
      "{\"source\":\"ua-kharkiv-ova\",\"kind\":\"strike\",\"time\":\"2025-03-20T02:10:00Z\",\"lat\":49.9935,\"lon\":36.2304,"
          + "\"uncertainty_m\":1000,\"credibility\":3,\"attributes\":{\"place\":\"Kharkiv\",\"means\":\"drone\"}}\n";

  @TempDir Path dir;

  private static Path example() {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
  }

  private static void runOk(String... args) {
    Outcome o = TrucewatchTest.run(args);
    assertThat(o.code()).as(o.err()).isZero();
  }

  private static JsonNode finding(Path out) throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"));
    assertThat(lines).hasSize(1);
    return JSON.readTree(lines.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void anActionIsRecordedSurvivesReopeningAndShowsInTheNextRun(String backend) throws Exception {
    Path input = dir.resolve("governor.jsonl");
    Files.writeString(input, GOVERNOR);
    Path out = dir.resolve("out");
    String store = backend.equals("sqlite") ? out.resolve("ledger.sqlite").toString() : PostgresTestStore.freshSchemaUrl();
    List<String> run = new ArrayList<>(List.of("run", "-q", "--agreement", example().toString(), "--input", input.toString(),
        "--out", out.toString(), "--key", dir.resolve("deployment.key").toString(), "--store", store));
    runOk(run.toArray(String[]::new));
    String incident = finding(out).get("incident").asText();
    assertThat(finding(out).get("lifecycle").asText()).isEqualTo("reported");

    Outcome illegal = TrucewatchTest.run("review", "-q", "--ledger", store, "--incident", incident.substring(0, 10), "--close",
        "--reason", "nothing more to do");
    assertThat(illegal.code()).isEqualTo(1);
    assertThat(illegal.err()).isEqualTo("trucewatch review: cannot close an incident that is reported: it has no verdict;"
        + " confirm or dispute it before closing\n");
    Outcome blank = TrucewatchTest.run("review", "-q", "--ledger", store, "--incident", incident, "--dispute", "--reason", " ");
    assertThat(blank.code()).isEqualTo(1);
    assertThat(blank.err()).isEqualTo("trucewatch review: --reason is required: say why you dispute it\n");
    Outcome unknown = TrucewatchTest.run("review", "-q", "--ledger", store, "--incident", "0123456789ab", "--dispute", "--reason", "x");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("trucewatch review: no incident 0123456789ab in ").endsWith("(1 incidents at entry 2)\n");
    assertThat(TrucewatchTest.run("review", "--ledger", store, "--incident", incident).code()).as("no action given").isEqualTo(2);

    Outcome dispute = TrucewatchTest.run("review", "-q", "--ledger", store, "--incident", incident, "--dispute",
        "--analyst", "anna", "--reason", "one administration's post, no imagery");
    assertThat(dispute.code()).as(dispute.err()).isZero();
    assertThat(dispute.out()).isEqualTo("incident " + incident + ": disputed (was reported), dispute by anna, ledger entry 3\n");

    Outcome history = TrucewatchTest.run("review", "-q", "--ledger", store, "--incident", incident, "--history");
    assertThat(history.code()).as(history.err()).isZero();
    assertThat(history.out()).startsWith("incident " + incident + ": disputed (reported)\n")
        .contains("dispute").contains("anna").contains("reported -> disputed  one administration's post, no imagery");

    runOk(run.toArray(String[]::new));
    assertThat(finding(out).get("lifecycle").asText()).isEqualTo("disputed");
    assertThat(Files.readString(out.resolve("report.html"))).contains("one administration&#39;s post, no imagery");
    Outcome versions = TrucewatchTest.run("review", "-q", "--ledger", store, "--versions", finding(out).get("id").asText());
    assertThat(versions.code()).as(versions.err()).isZero();
    assertThat(versions.out()).contains(" v1 new at entry 2: ").contains(" v2 changed at entry 3: ")
        .contains("lifecycle reported -> disputed (anna disputed it: one administration's post, no imagery)");
  }

  @org.junit.jupiter.api.Test
  void aLedgerThatDoesNotExistIsNotCreated() {
    Outcome o = TrucewatchTest.run("review", "--ledger", dir.resolve("nope").toString(), "--incident", "01234567", "--history");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).isEqualTo("trucewatch review: no ledger at " + dir.resolve("nope") + "\n");
    assertThat(dir.resolve("nope")).doesNotExist();
  }
}
