package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trucewatch serve} and {@code trucewatch demo} as servers, driven over HTTP on 127.0.0.1. */
class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SERVING = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

  private static Path example() {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
  }

  /** Runs the command in a thread until the server says where it listens; interrupting the thread stops it. */
  private static final class Running implements AutoCloseable {
    final Thread thread;
    final StringWriter err = new StringWriter();
    final AtomicInteger code = new AtomicInteger(-1);
    final int port;

    Running(String... args) throws Exception {
      thread = new Thread(() -> code.set(Trucewatch.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args)));
      thread.start();
      org.awaitility.Awaitility.await("the server to start")
          .atMost(java.time.Duration.ofMinutes(2))
          .failFast("the command ended before serving", () -> !thread.isAlive() && !SERVING.matcher(err.toString()).find())
          .until(() -> SERVING.matcher(err.toString()).find());
      Matcher m = SERVING.matcher(err.toString());
      m.find();
      port = Integer.parseInt(m.group(1));
    }

    @Override
    public void close() throws Exception {
      thread.interrupt();
      thread.join(30_000);
    }
  }

  @Test
  void serveStoresItsInputsIssuesAnAdminTokenAndAnswersWithIt(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("scenario");
    assertThat(TrucewatchTest.run("sim", "--agreement", example().toString(), "--out", scenario.toString()).code()).isZero();
    Path store = dir.resolve("live.sqlite");
    try (Running r = new Running("serve", "--agreement", example().toString(), "--store", store.toString(), "--port", "0",
        "--input", scenario.resolve("inputs").toString())) {
      String admin = Files.readString(dir.resolve("live-admin.token")).strip();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + r.port + "/api/v1/status"))
          .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(status.statusCode()).isEqualTo(200);
      JsonNode s = JSON.readTree(status.body());
      long inputFiles;
      try (var files = Files.list(scenario.resolve("inputs"))) {
        inputFiles = files.count(); // every layer's files, each one ledger entry
      }
      assertThat(s.get("checkpoint").get("entries").asLong()).isEqualTo(inputFiles);
      assertThat(s.get("findings").asInt()).isPositive();
      HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + r.port + "/api/v1/status")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(r.err.toString()).contains("issued the first admin token");
    }
    assertThat(Files.getPosixFilePermissions(dir.resolve("live-admin.token"))).hasSize(2);
  }

  @Test
  void demoServesTheMapTheApiAndTheReport(@TempDir Path dir) throws Exception {
    try (Running r = new Running("demo", "--out", dir.toString(), "--port", "0", "-q")) {
      HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      String base = "http://127.0.0.1:" + r.port;
      HttpResponse<String> map = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(map.statusCode()).isEqualTo(200);
      assertThat(map.body()).contains("Trucewatch");
      HttpResponse<String> incidents = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/incidents")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(incidents.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(incidents.body()).get("total").asInt()).isPositive();
      HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(base + "/outputs/report.html")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(report.body()).isEqualTo(Files.readString(dir.resolve("report.html")));
      assertThat(Files.readString(dir.resolve("tokens.txt"))).contains("analyst tw_").contains("observer tw_").contains("admin tw_");
    }
  }

  @Test
  void demoWithPdfPrintsTheReport(@TempDir Path dir) throws Exception {
    assertThat(Files.isExecutable(Path.of("/usr/bin/chromium"))).as("chromium is needed (.ci/run installs it)").isTrue();
    TrucewatchTest.Outcome o = TrucewatchTest.run("demo", "--no-serve", "--pdf", "-q", "--out", dir.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(new String(Files.readAllBytes(dir.resolve("report.pdf")), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(Files.readString(dir.resolve("manifest.json"))).doesNotContain("report.pdf");
  }

  @Test
  void serveOnPostgresqlKeepsTheLedgerInTheDatabaseAndTokensInTheStateDir(@TempDir Path dir) throws Exception {
    String store = PostgresTestStore.freshSchemaUrl();
    Path scenario = dir.resolve("scenario");
    assertThat(TrucewatchTest.run("sim", "--agreement", example().toString(), "--hours", "6", "--out", scenario.toString()).code()).isZero();
    Path state = dir.resolve("state");
    long inputs;
    try (var files = Files.list(scenario.resolve("inputs"))) {
      inputs = files.count();
    }
    try (Running r = new Running("serve", "--agreement", example().toString(), "--store", store, "--state-dir", state.toString(),
        "--port", "0", "--input", scenario.resolve("inputs").toString())) {
      String admin = Files.readString(state.resolve("live-admin.token")).strip();
      HttpResponse<String> status = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + r.port + "/api/v1/status")).header("Authorization", "Bearer " + admin).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(status.body()).get("checkpoint").get("entries").asLong()).isEqualTo(inputs);
      assertThat(r.err.toString()).contains("reading jdbc:postgresql://").doesNotContain("password=trucewatch");
    }
    try (org.trucewatch.ledger.Ledger ledger = org.trucewatch.ledger.LedgerStores.open(store,
        org.trucewatch.ledger.LedgerOptions.readOnly(java.time.Clock.systemUTC()))) {
      assertThat(ledger.checkpoint().entryCount()).isEqualTo(inputs);
      assertThat(ledger.verify().intact()).isTrue();
    }
    assertThat(state.resolve("live-tokens.sqlite")).exists();
  }

  @Test
  void anUnreachablePostgresqlStoreFailsWithOneLineNamingIt(@TempDir Path dir) {
    TrucewatchTest.Outcome o = TrucewatchTest.run("serve", "--agreement", example().toString(),
        "--store", "postgresql://tw:secret@127.0.0.1:1/tw", "--state-dir", dir.toString(), "--port", "0");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err().strip().lines().count()).isEqualTo(1);
    assertThat(o.err()).contains("127.0.0.1:1/tw").doesNotContain("secret");
  }

  @Test
  void helpShowsExamples() {
    TrucewatchTest.Outcome o = TrucewatchTest.run("serve", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("Examples:").contains("--public-read");
  }
}
