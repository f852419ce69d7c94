package org.trucewatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LedgerEvidenceStore;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.server.LiveServer;
import org.trucewatch.server.ServerSettings;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.access.TokenStore;

/**
 * End-to-end load test of the live server: several contributors push observation batches over
 * HTTP on 127.0.0.1 for a sustained period while the server recomputes findings; then the store
 * is reopened and every acknowledged push is looked for in it. The baseline, measured first in
 * the same process on the same kind of batches, is the bare durable append to the same store
 * type without HTTP, checks or recomputation.
 *
 * <p>Run from the project root (reads examples/):
 * {@code java -cp bench/target/benchmarks.jar org.trucewatch.bench.LiveServerLoad --seconds 180 --clients 4 --batch 20}.
 * With {@code --store URL --baseline-store URL} (two empty PostgreSQL schemas, say) both runs use
 * those ledgers instead of SQLite files in a temporary folder.
 */
public final class LiveServerLoad {
  private static final Pattern ENTRY = Pattern.compile("\"entry\":(\\d+),\"sha256\":\"([0-9a-f]{64})\"");

  private LiveServerLoad() {}

  /** Runs the load test and prints its figures as a Markdown table. */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>(Map.of("--seconds", "180", "--clients", "4", "--batch", "20", "--baseline-seconds", "20"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    int seconds = Integer.parseInt(opts.get("--seconds"));
    int clients = Integer.parseInt(opts.get("--clients"));
    int batch = Integer.parseInt(opts.get("--batch"));
    int baselineSeconds = Integer.parseInt(opts.get("--baseline-seconds"));
    Path dir = Files.createTempDirectory("trucewatch-load");
    Agreement agreement = new AgreementReader().read(Path.of("examples/agreements/black-sea-energy.yaml"));
    String baselineStore = opts.getOrDefault("--baseline-store", dir.resolve("baseline.sqlite").toString());
    String ledger = opts.getOrDefault("--store", dir.resolve("live.sqlite").toString());
    if (opts.containsKey("--store") != opts.containsKey("--baseline-store")) {
      throw new IllegalArgumentException("--store and --baseline-store go together: the baseline runs on the same kind of store");
    }

    // baseline: bare durable appends, one writer
    long baselineAppends = 0;
    long[] baselineMicros;
    try (LedgerEvidenceStore store = LedgerEvidenceStore.open(baselineStore, Clock.systemUTC())) {
      List<Long> lat = new ArrayList<>();
      SplittableRandom rnd = new SplittableRandom(1);
      long end = System.nanoTime() + baselineSeconds * 1_000_000_000L;
      while (System.nanoTime() < end) {
        byte[] body = batch(rnd, 0, baselineAppends, batch);
        long t0 = System.nanoTime();
        store.append("baseline/" + baselineAppends, "observations-jsonl", body);
        lat.add((System.nanoTime() - t0) / 1000);
        baselineAppends++;
      }
      baselineMicros = lat.stream().mapToLong(Long::longValue).sorted().toArray();
    }
    double baselineRate = baselineAppends / (double) baselineSeconds;
    System.err.printf(Locale.ROOT, "baseline: %,d appends in %d s to %s%n", baselineAppends, baselineSeconds,
        baselineStore.replaceAll("password=[^&]*", "password=***"));

    // the live server under sustained pushes
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    List<long[]> latencies = new ArrayList<>();
    long refused;
    long pushes;
    int findings;
    int incidents;
    long lastRefreshMillis;
    double refreshes;
    double refreshMeanMillis;
    long entriesRefreshed;
    try (LedgerEvidenceStore store = LedgerEvidenceStore.open(ledger, Clock.systemUTC());
        TokenStore tokens = TokenStore.open(dir.resolve("tokens.sqlite"))) {
      List<String> feeds = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        feeds.add(tokens.issue("load-" + c, Role.CONTRIBUTOR, new TreeSet<>(List.of("load-feed-" + c)), Instant.now()).token());
      }
      LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
      try (LiveServer server = LiveServer.start(monitor, store, tokens, Clock.systemUTC(),
          new ServerSettings("127.0.0.1", 0, false, ServerSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty()))) {
        String url = "http://127.0.0.1:" + server.port() + "/api/v1/inputs";
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        long[] refusedBy = new long[clients];
        for (int c = 0; c < clients; c++) {
          int client = c;
          results.add(pool.submit(() -> {
            HttpClient http = HttpClient.newHttpClient();
            SplittableRandom rnd = new SplittableRandom(100 + client);
            List<Long> lat = new ArrayList<>();
            long n = 0;
            while (System.nanoTime() < end) {
              byte[] body = batch(rnd, client, n++, batch);
              HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + feeds.get(client))
                  .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
              long t0 = System.nanoTime();
              HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
              long micros = (System.nanoTime() - t0) / 1000;
              if (r.statusCode() == 201) {
                Matcher m = ENTRY.matcher(r.body());
                if (!m.find()) {
                  throw new IllegalStateException("acknowledgement without entry: " + r.body());
                }
                acknowledged.put(Long.parseLong(m.group(1)), m.group(2));
                lat.add(micros);
              } else {
                refusedBy[client]++;
              }
            }
            return lat.stream().mapToLong(Long::longValue).toArray();
          }));
        }
        for (Future<long[]> f : results) {
          latencies.add(f.get());
        }
        pool.shutdown();
        refused = Arrays.stream(refusedBy).sum();
        // how the recomputation kept up, from the server's own metrics
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        refreshes = metric(metrics, "trucewatch_refresh_seconds_count");
        refreshMeanMillis = 1000 * metric(metrics, "trucewatch_refresh_seconds_sum") / Math.max(1, refreshes);
        lastRefreshMillis = (long) (1000 * metric(metrics, "trucewatch_refresh_seconds_max"));
        entriesRefreshed = (long) metric(metrics, "trucewatch_ledger_entries");
        findings = monitor.snapshot().findings().size();
        incidents = monitor.snapshot().incidents().size();
      }
    }
    pushes = acknowledged.size();

    // durability: every acknowledged push is in the reopened store under the sha it was acknowledged with
    long lost = 0;
    try (LedgerEvidenceStore reopened = LedgerEvidenceStore.open(ledger, Clock.systemUTC())) {
      Map<Long, String> held = new HashMap<>();
      for (LedgerEntry e : reopened.entriesAfter(0)) {
        held.put(e.seq(), e.sha256());
      }
      for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
        if (!a.getValue().equals(held.get(a.getKey()))) {
          lost++;
        }
      }
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double rate = pushes / (double) seconds;
    System.out.printf(Locale.ROOT, "| run | seconds | clients | observations per push | pushes acknowledged | pushes/s | observations/s | p50 ms | p99 ms | max ms |%n");
    System.out.printf(Locale.ROOT, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |%n");
    System.out.printf(Locale.ROOT, "| baseline: bare durable append | %d | 1 | %d | %,d | %.1f | %.0f | %.2f | %.2f | %.2f |%n",
        baselineSeconds, batch, baselineAppends, baselineRate, baselineRate * batch,
        pct(baselineMicros, 0.50), pct(baselineMicros, 0.99), baselineMicros[baselineMicros.length - 1] / 1000.0);
    System.out.printf(Locale.ROOT, "| live server over HTTP | %d | %d | %d | %,d | %.1f | %.0f | %.2f | %.2f | %.2f |%n",
        seconds, clients, batch, pushes, rate, rate * batch, pct(all, 0.50), pct(all, 0.99), all[all.length - 1] / 1000.0);
    System.out.printf(Locale.ROOT, "%nratio live/baseline throughput: %.2f; refused: %d; acknowledged but lost: %d of %,d%n",
        rate / baselineRate, refused, lost, pushes);
    System.out.printf(Locale.ROOT, "recomputation: %.0f refreshes, mean %.0f ms, max %,d ms (recent window); at the end the findings rested on "
        + "%,d of %,d ledger entries: %,d incidents, %,d findings%n", refreshes, refreshMeanMillis, lastRefreshMillis, entriesRefreshed, pushes,
        incidents, findings);
    if (lost > 0) {
      System.exit(1);
    }
  }

  private static double metric(String text, String name) {
    for (String line : text.split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return Double.NaN;
  }

  private static double pct(long[] sortedMicros, double p) {
    return sortedMicros[(int) Math.min(sortedMicros.length - 1, Math.floor(p * sortedMicros.length))] / 1000.0;
  }

  /** A batch of explosions reported by one feed over the agreement's region; unique per (client, n). */
  static byte[] batch(SplittableRandom rnd, int client, long n, int size) {
    StringBuilder sb = new StringBuilder();
    // each push is the next 10 minutes of its feed, so the load is a fortnight of reports, not one dense hour
    Instant base = Instant.parse("2026-05-01T00:00:00Z").plusSeconds(n * 600);
    for (int i = 0; i < size; i++) {
      double lat = 45.5 + rnd.nextDouble() * 3.0;
      double lon = 30.0 + rnd.nextDouble() * 6.0;
      sb.append(String.format(Locale.ROOT,
          "{\"source\":\"load-feed-%d\",\"kind\":\"explosion\",\"time\":\"%s\",\"lat\":%.5f,\"lon\":%.5f,\"uncertainty_m\":500}%n",
          client, base.plusSeconds(i * 600L / size), lat, lon));
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
