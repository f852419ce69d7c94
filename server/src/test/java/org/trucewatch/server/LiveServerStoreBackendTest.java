package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.ledger.ChainHash;
import org.trucewatch.ledger.LedgerEntry;

/**
 * The server's promises about its store, on each ledger backend: a push is acknowledged once
 * stored, pushing the same bytes again stores nothing, a restart keeps every acknowledged push,
 * and the findings served are a batch run's over the same inputs.
 */
class LiveServerStoreBackendTest {
  @TempDir static Path scratch;
  static Path inputs;
  static SortedSet<String> sources;
  static String batchFindings;

  @BeforeAll
  static void simulateAndRunTheBatch() throws Exception {
    inputs = LiveServerFixture.simulate(scratch.resolve("scenario"), 11);
    sources = LiveServerFixture.sourcesIn(LiveServerFixture.observationFiles(inputs));
    Path out = scratch.resolve("batch");
    new ReplayRun(Clock.systemUTC()).execute(
        new RunRequest(LiveServerFixture.agreementFile(), List.of(inputs), out, Optional.of(scratch.resolve("batch.sqlite"))),
        Progress.SILENT);
    batchFindings = Files.readString(out.resolve("findings.jsonl"));
  }

  /** The store URL of a fresh ledger of the backend; the PostgreSQL one is dropped after the test. */
  private static String freshStore(String backend, Path dir, List<AutoCloseable> cleanup) {
    if (backend.equals("sqlite")) {
      return dir.resolve("ledger.sqlite").toString();
    }
    PostgresTestStore pg = PostgresTestStore.fresh();
    cleanup.add(pg);
    return pg.url();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sqlite", "postgresql"})
  void pushesAreIdempotentSurviveARestartAndGiveTheBatchRunsFindings(String backend, @TempDir Path dir) throws Exception {
    List<AutoCloseable> cleanup = new java.util.ArrayList<>();
    try {
      String store = freshStore(backend, dir, cleanup);
      SortedSet<String> acknowledged = new TreeSet<>();
      long entries;
      String reviewed = null;
      java.util.SortedMap<String, org.trucewatch.ledger.FindingVersion> versions;
      try (LiveServerFixture live = new LiveServerFixture(dir.resolve("first"), store, false, sources, LiveServerFixture.SCENARIO_MAX_BODY_BYTES)) {
        live.pushScenario(inputs);
        for (Path f : LiveServerFixture.observationFiles(inputs)) {
          acknowledged.add(ChainHash.sha256Hex(Files.readAllBytes(f)));
        }
        assertThat(batchFindings).isNotEmpty();
        assertThat(live.servedFindings()).isEqualTo(batchFindings);

        entries = live.store.checkpoint().entryCount();
        Path again = LiveServerFixture.observationFiles(inputs).get(0);
        HttpResponse<String> r = live.post("/api/v1/inputs", live.contributor, "text/plain", Files.readAllBytes(again));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode ack = LiveServerFixture.json(r);
        assertThat(ack.get("already_held").asBoolean()).isTrue();
        assertThat(live.store.checkpoint().entryCount()).isEqualTo(entries);

        // an analyst's review, on an incident that gives no finding so that the findings still equal the batch run's
        for (JsonNode inc : LiveServerFixture.json(live.get("/api/v1/incidents?limit=1000", live.observer)).get("features")) {
          if (inc.get("properties").get("findings").isEmpty()) {
            reviewed = inc.get("id").asText();
            break;
          }
        }
        assertThat(reviewed).isNotNull();
        HttpResponse<String> dispute = live.post("/api/v1/incidents/" + reviewed + "/actions", live.analyst, "application/json",
            "{\"action\":\"dispute\",\"reason\":\"the photo is from another town\"}");
        assertThat(dispute.statusCode()).as(dispute.body()).isEqualTo(201);
        entries = live.store.checkpoint().entryCount();
        versions = live.store.latestFindingVersions();
        assertThat(versions.values().stream().filter(v -> !v.withdrawn()).count()).isEqualTo(batchFindings.split("\n").length);
      }

      try (LiveServerFixture restarted = new LiveServerFixture(dir.resolve("second"), store, false, sources, LiveServerFixture.SCENARIO_MAX_BODY_BYTES)) {
        SortedSet<String> held = new TreeSet<>();
        for (LedgerEntry e : restarted.store.entriesAfter(0)) {
          held.add(e.sha256());
        }
        assertThat(held).containsAll(acknowledged);
        assertThat(restarted.store.checkpoint().entryCount()).isEqualTo(entries);
        assertThat(restarted.servedFindings()).isEqualTo(batchFindings);
        // the acknowledged review survived: same state, same reason; no version was added or lost
        JsonNode history = LiveServerFixture.json(restarted.get("/api/v1/incidents/" + reviewed + "/history", restarted.observer));
        assertThat(history.get("lifecycle").asText()).isEqualTo("disputed");
        assertThat(history.get("history").get(0).get("action").get("reason").asText()).isEqualTo("the photo is from another town");
        assertThat(restarted.store.latestFindingVersions()).isEqualTo(versions);
        JsonNode health = LiveServerFixture.json(restarted.get("/health", null));
        assertThat(health.get("store").asText()).startsWith(backend.equals("sqlite") ? "sqlite:" : "jdbc:postgresql:");
      }
    } finally {
      for (AutoCloseable c : cleanup) {
        c.close();
      }
    }
  }
}
