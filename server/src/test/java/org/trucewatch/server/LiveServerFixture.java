package org.trucewatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.live.LedgerEvidenceStore;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.observation.ObservationJsonlReader;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.access.TokenStore;

/** A live server on 127.0.0.1 over a fresh store, with one token per role, for tests. */
final class LiveServerFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T06:00:00Z"), ZoneOffset.UTC);

  final Path agreementFile;
  final Agreement agreement;
  final EvidenceStore store;
  final TokenStore tokens;
  final LiveServer server;
  final String base;
  final String admin;
  final String analyst;
  final String observer;
  final String contributor;
  /** A contributor for one source that is in no scenario file. */
  final String stranger;
  final HttpClient http = HttpClient.newHttpClient();

  /** Sources found in observation files, by reading them (not hard-coded). */
  static SortedSet<String> sourcesIn(List<Path> files) throws IOException {
    SortedSet<String> ids = new TreeSet<>();
    for (Path f : files) {
      byte[] raw = Files.readAllBytes(f);
      String name = f.getFileName().toString();
      // read each file with the reader its format calls for, as the pipeline does
      String format = org.trucewatch.formats.FormatDetector.detect(name, raw).code().orElseThrow();
      List<Observation> obs = org.trucewatch.engine.mission.ObservationReaders.all().get(format).read(name, "0", raw).observations();
      obs.forEach(o -> ids.add(o.sourceId()));
    }
    return ids;
  }

  static Path simulate(Path dir, long seed) throws Exception {
    Path agreementFile = agreementFile();
    new ScenarioSimulator(new AgreementReader().read(agreementFile), seed).simulate(dir);
    return dir.resolve("inputs");
  }

  static Path agreementFile() {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
  }

  /**
   * The body limit of servers the scenario is pushed to: its day of AIS traffic is one log of
   * about 17 MB, pushed whole (as a station uploading its daily log would, with {@code
   * --max-body-bytes} raised) so that the ledger holds the same entries as a batch run's.
   */
  static final int SCENARIO_MAX_BODY_BYTES = 64 << 20;

  LiveServerFixture(Path dir, boolean publicRead, SortedSet<String> contributorSources) throws Exception {
    // the scenario's day of AIS is one 17 MB file, pushed whole as a receiver's daily log would be
    this(dir, publicRead, contributorSources, 64 * 1024 * 1024);
  }

  LiveServerFixture(Path dir, boolean publicRead, SortedSet<String> contributorSources, int maxBodyBytes) throws Exception {
    this(dir, dir.resolve("ledger.sqlite").toString(), publicRead, contributorSources, maxBodyBytes);
  }

  /** A server over the ledger {@code storeUrl} names (SQLite path or PostgreSQL URL); tokens in {@code dir}. */
  LiveServerFixture(Path dir, String storeUrl, boolean publicRead, SortedSet<String> contributorSources, int maxBodyBytes)
      throws Exception {
    Files.createDirectories(dir);
    agreementFile = agreementFile();
    agreement = new AgreementReader().read(agreementFile);
    store = LedgerEvidenceStore.open(storeUrl, CLOCK);
    tokens = TokenStore.open(dir.resolve("tokens.sqlite"));
    admin = tokens.issue("admin-ada", Role.ADMIN, new TreeSet<>(), CLOCK.instant()).token();
    analyst = tokens.issue("analyst-anna", Role.ANALYST, new TreeSet<>(), CLOCK.instant()).token();
    observer = tokens.issue("observer-olga", Role.OBSERVER, new TreeSet<>(), CLOCK.instant()).token();
    contributor = tokens.issue("feed-mission", Role.CONTRIBUTOR, contributorSources, CLOCK.instant()).token();
    stranger = tokens.issue("feed-stranger", Role.CONTRIBUTOR, new TreeSet<>(List.of("stranger-radio")), CLOCK.instant()).token();
    LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
    server = LiveServer.start(monitor, store, tokens, CLOCK, new ServerSettings("127.0.0.1", 0, publicRead, maxBodyBytes, java.util.Optional.empty()));
    base = "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String token, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String token, String contentType, String body) throws Exception {
    return post(path, token, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> delete(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  /** Pushes the scenario as its parties would: the registry as admin, each file as the contributor, waiting for findings. */
  void pushScenario(Path inputs) throws Exception {
    try (var files = Files.list(inputs)) {
      for (Path f : files.sorted().filter(LiveServerFixture::isRegistry).toList()) {
        HttpResponse<String> s = post("/api/v1/sources", admin, "application/yaml", Files.readAllBytes(f));
        if (s.statusCode() / 100 != 2) {
          throw new AssertionError("sources push of " + f.getFileName() + " failed: " + s.body());
        }
      }
    }
    try (var files = Files.list(inputs)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (isRegistry(f)) {
          continue;
        }
        String type = name.endsWith(".csv") ? "text/csv" : "application/x-ndjson";
        HttpResponse<String> r = post("/api/v1/inputs?wait=true", contributor, type, Files.readAllBytes(f));
        if (r.statusCode() != 201) {
          throw new AssertionError("push of " + name + " failed: " + r.statusCode() + " " + r.body());
        }
      }
    }
  }

  /** Every finding the server serves, paged through, one JSON object a line as in {@code findings.jsonl}. */
  String servedFindings() throws Exception {
    StringBuilder served = new StringBuilder();
    int offset = 0;
    while (true) {
      JsonNode page = json(get("/api/v1/findings?limit=50&offset=" + offset, observer));
      for (JsonNode f : page.get("items")) {
        served.append(JSON.writeValueAsString(f)).append('\n');
      }
      offset += 50;
      if (offset >= page.get("total").asInt()) {
        return served.toString();
      }
    }
  }

  static List<Path> observationFiles(Path inputs) throws IOException {
    try (var files = Files.list(inputs)) {
      return files.filter(f -> !isRegistry(f)).sorted().toList();
    }
  }

  /** Whether the file is a sources registry (the scenario writes one per layer). */
  static boolean isRegistry(Path f) {
    try {
      return org.trucewatch.formats.FormatDetector.detect(f.getFileName().toString(), Files.readAllBytes(f))
          == org.trucewatch.formats.InputFormat.SOURCES_YAML;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    tokens.close();
    store.close();
  }
}
