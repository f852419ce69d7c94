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
import org.trucewatch.scenario.AisTrafficSimulator;
import org.trucewatch.scenario.ScenarioSimulator;

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
 *
 * <p>{@code --traffic ais} pushes simulated AIS instead ({@link AisReplay}: {@code --speedup} times
 * real time, default 240, a push per client every {@code --interval-ms}, default 1000). Either way
 * it reports freshness: for every acknowledged push, the time from its acknowledgement to the first
 * published snapshot (the monitor's update) resting on its entry, p50 / p99 / max; after the pushes
 * stop it waits (up to 5 minutes) for the findings to catch up, and counts pushes never published.
 */
public final class LiveServerLoad {
  private static final Pattern ENTRY = Pattern.compile("\"entry\":(\\d+),\"sha256\":\"([0-9a-f]{64})\"");
  private static final Pattern OBSERVATIONS = Pattern.compile("\"observations\":(\\d+)");

  private LiveServerLoad() {}

  /** Runs the load test and prints its figures as a Markdown table. */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>(Map.of("--seconds", "180", "--clients", "4", "--batch", "20", "--baseline-seconds", "20",
        "--traffic", "explosions", "--speedup", "240", "--interval-ms", "1000"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    int seconds = Integer.parseInt(opts.get("--seconds"));
    int clients = Integer.parseInt(opts.get("--clients"));
    int batch = Integer.parseInt(opts.get("--batch"));
    int baselineSeconds = Integer.parseInt(opts.get("--baseline-seconds"));
    Path dir = Files.createTempDirectory("trucewatch-load");
    Agreement agreement = new AgreementReader().read(Path.of("examples/agreements/black-sea-energy.yaml"));
    String loadBefore = loadAverage();
    Traffic traffic = switch (opts.get("--traffic")) {
      case "explosions" -> new Explosions(batch);
      case "ais" -> AisReplay.simulate(agreement, clients, seconds, Integer.parseInt(opts.get("--speedup")),
          Integer.parseInt(opts.get("--interval-ms")), dir);
      default -> throw new IllegalArgumentException("--traffic: explosions or ais, not " + opts.get("--traffic"));
    };
    String baselineStore = opts.getOrDefault("--baseline-store", dir.resolve("baseline.sqlite").toString());
    String ledger = opts.getOrDefault("--store", dir.resolve("live.sqlite").toString());
    if (opts.containsKey("--store") != opts.containsKey("--baseline-store")) {
      throw new IllegalArgumentException("--store and --baseline-store go together: the baseline runs on the same kind of store");
    }

    // baseline: bare durable appends, one writer
    long baselineAppends = 0;
    long baselineObservations = 0;
    long[] baselineMicros;
    try (LedgerEvidenceStore store = LedgerEvidenceStore.open(baselineStore, Clock.systemUTC())) {
      List<Long> lat = new ArrayList<>();
      long begin = System.nanoTime();
      long end = begin + baselineSeconds * 1_000_000_000L;
      for (long n = 0; System.nanoTime() < end; n++) {
        Batch b = traffic.baselineBody(n);
        if (b == null) {
          break;
        }
        if (b.body().length == 0) {
          continue;
        }
        byte[] body = b.body();
        baselineObservations += b.messages();
        long t0 = System.nanoTime();
        store.append("baseline/" + baselineAppends, traffic.format(), body);
        lat.add((System.nanoTime() - t0) / 1000);
        baselineAppends++;
      }
      baselineMicros = lat.stream().mapToLong(Long::longValue).sorted().toArray();
      baselineSeconds = (int) Math.max(1, Math.round((System.nanoTime() - begin) / 1e9));
    }
    double baselineRate = baselineAppends / (double) baselineSeconds;
    System.err.printf(Locale.ROOT, "baseline: %,d appends in %d s to %s%n", baselineAppends, baselineSeconds,
        baselineStore.replaceAll("password=[^&]*", "password=***"));

    // the live server under sustained pushes
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    Map<Long, Long> acknowledgedAt = new ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicLong observationsPushedCount = new java.util.concurrent.atomic.AtomicLong();
    long[] freshness;
    long unpublished;
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
        feeds.add(tokens.issue("load-" + c, Role.CONTRIBUTOR, new TreeSet<>(traffic.sources(c)), Instant.now()).token());
      }
      LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
      // when each published snapshot appeared and the ledger entries it rests on
      List<long[]> published = java.util.Collections.synchronizedList(new ArrayList<>());
      monitor.onUpdate(u -> published.add(new long[] {System.nanoTime(), u.snapshot().checkpoint().entryCount()}));
      try (LiveServer server = LiveServer.start(monitor, store, tokens, Clock.systemUTC(),
          new ServerSettings("127.0.0.1", 0, false, ServerSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty()))) {
        String url = "http://127.0.0.1:" + server.port() + "/api/v1/inputs";
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        long[] refusedBy = new long[clients];
        for (int c = 0; c < clients; c++) {
          int client = c;
          results.add(pool.submit(() -> {
            HttpClient http = HttpClient.newHttpClient();
            List<Long> lat = new ArrayList<>();
            long n = 0;
            while (System.nanoTime() < end) {
              long due = begin + traffic.dueNanos(n);
              while (System.nanoTime() < due) {
                java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
              }
              Batch next = traffic.body(client, n++);
              if (next == null) {
                continue;
              }
              byte[] body = next.body();
              HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + feeds.get(client))
                  .header("Content-Type", traffic.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
              long t0 = System.nanoTime();
              HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
              long micros = (System.nanoTime() - t0) / 1000;
              if (r.statusCode() == 201) {
                Matcher m = ENTRY.matcher(r.body());
                if (!m.find()) {
                  throw new IllegalStateException("acknowledgement without entry: " + r.body());
                }
                acknowledged.put(Long.parseLong(m.group(1)), m.group(2));
                acknowledgedAt.put(Long.parseLong(m.group(1)), System.nanoTime());
                Matcher k = OBSERVATIONS.matcher(r.body());
                observationsPushedCount.addAndGet(k.find() ? Long.parseLong(k.group(1)) : 0);
                lat.add(micros);
              } else {
                if (refusedBy[client]++ == 0) {
                  System.err.println("client " + client + ": push " + (n - 1) + " refused: " + r.statusCode() + " " + r.body());
                }
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
        // the pushes stopped: wait (up to 5 minutes) for the findings to rest on the last acknowledged entry
        long last = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        long waitUntil = System.nanoTime() + 300_000_000_000L;
        while (monitor.snapshot().checkpoint().entryCount() < last && System.nanoTime() < waitUntil) {
          java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
        List<long[]> updates;
        synchronized (published) {
          updates = new ArrayList<>(published);
        }
        List<Long> fresh = new ArrayList<>();
        long missing = 0;
        for (Map.Entry<Long, Long> a : acknowledgedAt.entrySet()) {
          long at = firstPublication(updates, a.getKey());
          if (at < 0) {
            missing++;
          } else {
            fresh.add(Math.max(0, at - a.getValue()) / 1000);
          }
        }
        freshness = fresh.stream().mapToLong(Long::longValue).sorted().toArray();
        unpublished = missing;
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
    System.out.printf(Locale.ROOT, "| baseline: bare durable append | %d | 1 | %.0f | %,d | %.1f | %.0f | %.2f | %.2f | %.2f |%n",
        baselineSeconds, baselineObservations / (double) Math.max(1, baselineAppends), baselineAppends, baselineRate,
        baselineObservations / (double) baselineSeconds,
        pct(baselineMicros, 0.50), pct(baselineMicros, 0.99), baselineMicros[baselineMicros.length - 1] / 1000.0);
    System.out.printf(Locale.ROOT, "| live server over HTTP | %d | %d | %.0f | %,d | %.1f | %.0f | %.2f | %.2f | %.2f |%n",
        seconds, clients, observationsPushedCount.get() / (double) Math.max(1, pushes), pushes, rate,
        observationsPushedCount.get() / (double) seconds, pct(all, 0.50), pct(all, 0.99), all[all.length - 1] / 1000.0);
    System.out.printf(Locale.ROOT, "%nratio live/baseline throughput: %.2f; refused: %d; acknowledged but lost: %d of %,d%n",
        rate / baselineRate, refused, lost, pushes);
    System.out.printf(Locale.ROOT, "recomputation: %.0f refreshes, mean %.0f ms, max %,d ms (recent window); at the end the findings rested on "
        + "%,d of %,d ledger entries: %,d incidents, %,d findings%n", refreshes, refreshMeanMillis, lastRefreshMillis, entriesRefreshed, pushes,
        incidents, findings);
    System.out.printf(Locale.ROOT, "%n| traffic | seconds | clients | pushes acknowledged | observations/s | freshness p50 ms | p99 ms | max ms | "
        + "never published |%n| --- | --- | --- | --- | --- | --- | --- | --- | --- |%n");
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %,d | %.0f | %.0f | %.0f | %.0f | %d |%n", traffic.describe(), seconds, clients, pushes,
        observationsPushedCount.get() / (double) seconds, pct(freshness, 0.50), pct(freshness, 0.99),
        freshness.length == 0 ? Double.NaN : freshness[freshness.length - 1] / 1000.0, unpublished);
    System.out.printf(Locale.ROOT, "%nfreshness: from a push's acknowledgement to the first published snapshot resting on its entry; "
        + "load average before %s, after %s%n", loadBefore, loadAverage());
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

  /** The first publication resting on entry {@code seq} (nanoTime), or -1 if none. */
  private static long firstPublication(List<long[]> updates, long seq) {
    // entry counts only grow from one snapshot to the next
    int lo = 0;
    int hi = updates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (updates.get(mid)[1] >= seq) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo < updates.size() ? updates.get(lo)[0] : -1;
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** One push's body and how many messages (observations, for JSON lines) it carries. */
  record Batch(byte[] body, int messages) {}

  /** What the clients push, and when. */
  sealed interface Traffic permits Explosions, AisReplay {
    /** The sources client {@code c}'s token may push for. */
    List<String> sources(int c);

    /** Push {@code n} of client {@code c}; null when it has nothing to send then. */
    Batch body(int c, long n);

    /** When push {@code n} is due, from the start; 0 for as fast as the server answers. */
    long dueNanos(long n);

    /** The baseline's append {@code n} (an empty body to skip, null when there are no more). */
    Batch baselineBody(long n);

    /** A few words for the table. */
    String describe();

    /** The ledger format of the bodies. */
    String format();

    /** The Content-Type the clients send. */
    String contentType();
  }

  /** Explosion reports at random places, each push the next 10 minutes of its feed, pushed as fast as the server answers. */
  static final class Explosions implements Traffic {
    private final int size;
    private final Map<Integer, SplittableRandom> rnd = new ConcurrentHashMap<>();

    Explosions(int size) {
      this.size = size;
    }

    @Override
    public List<String> sources(int c) {
      return List.of("load-feed-" + c);
    }

    @Override
    public Batch body(int c, long n) {
      return new Batch(batch(rnd.computeIfAbsent(c, k -> new SplittableRandom(100 + k)), c, n, size), size);
    }

    @Override
    public long dueNanos(long n) {
      return 0;
    }

    @Override
    public Batch baselineBody(long n) {
      return new Batch(batch(rnd.computeIfAbsent(-1, k -> new SplittableRandom(1)), 0, n, size), size);
    }

    @Override
    public String describe() {
      return "explosion reports, " + size + " a push, as fast as answered";
    }

    @Override
    public String format() {
      return "observations-jsonl";
    }

    @Override
    public String contentType() {
      return "application/x-ndjson";
    }
  }

  /**
   * Simulated Black Sea AIS ({@link AisTrafficSimulator}: 321 ships, eight shore stations) replayed
   * {@code speedup} times faster than real time: the stations are shared out among the clients
   * (station i to client i mod clients, each token allowed its stations' {@code ais:} sources), and
   * every {@code intervalMillis} each client pushes the NMEA lines its stations logged in the next
   * {@code intervalMillis x speedup} of simulated time. Multi-part messages stay whole.
   */
  static final class AisReplay implements Traffic {
    private final List<List<List<String>>> slices;
    private final List<List<String>> stations;
    private final long intervalNanos;
    private final int speedup;
    private final int intervalMillis;
    private final int lines;

    private AisReplay(List<List<List<String>>> slices, List<List<String>> stations, int speedup, int intervalMillis, int lines) {
      this.slices = slices;
      this.stations = stations;
      this.speedup = speedup;
      this.intervalMillis = intervalMillis;
      this.intervalNanos = intervalMillis * 1_000_000L;
      this.lines = lines;
    }

    static AisReplay simulate(Agreement agreement, int clients, int seconds, int speedup, int intervalMillis, Path dir)
        throws java.io.IOException {
      long simSeconds = (long) seconds * speedup + 3600;
      Instant start = ScenarioSimulator.defaultStart(agreement);
      Path file = dir.resolve(AisTrafficSimulator.FILE);
      new AisTrafficSimulator(agreement, 7).write(start, start.plusSeconds(simSeconds), file);
      long sliceSeconds = Math.max(1, (long) intervalMillis * speedup / 1000);
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      TreeSet<String> names = new TreeSet<>();
      // each message: its station, its time, its lines
      List<String[]> messages = new ArrayList<>();
      for (String line : all) {
        String station = tag(line, "s:");
        if (station == null && !messages.isEmpty()) {
          String[] m = messages.get(messages.size() - 1);
          m[2] = m[2] + line + "\n";
          continue;
        }
        if (station == null) {
          continue;
        }
        names.add(station);
        messages.add(new String[] {station, tag(line, "c:"), line + "\n"});
      }
      List<String> ordered = new ArrayList<>(names);
      List<List<String>> byClient = new ArrayList<>();
      List<List<List<String>>> slices = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        byClient.add(new ArrayList<>());
        slices.add(new ArrayList<>());
      }
      for (int i = 0; i < ordered.size(); i++) {
        byClient.get(i % clients).add("ais:" + ordered.get(i));
      }
      for (String[] m : messages) {
        int c = ordered.indexOf(m[0]) % clients;
        int slice = (int) ((Long.parseLong(m[1]) - start.getEpochSecond()) / sliceSeconds);
        List<List<String>> mine = slices.get(c);
        while (mine.size() <= slice) {
          mine.add(new ArrayList<>());
        }
        mine.get(slice).add(m[2]);
      }
      return new AisReplay(slices, byClient, speedup, intervalMillis, all.size());
    }

    private static String tag(String line, String key) {
      if (!line.startsWith("\\")) {
        return null;
      }
      int end = line.indexOf('*');
      for (String f : line.substring(1, end < 0 ? line.length() : end).split(",")) {
        if (f.startsWith(key)) {
          return f.substring(key.length());
        }
      }
      return null;
    }

    @Override
    public List<String> sources(int c) {
      return stations.get(c);
    }

    @Override
    public Batch body(int c, long n) {
      List<List<String>> mine = slices.get(c);
      if (n >= mine.size() || mine.get((int) n).isEmpty()) {
        return null;
      }
      List<String> messages = mine.get((int) n);
      return new Batch(String.join("", messages).getBytes(StandardCharsets.UTF_8), messages.size());
    }

    @Override
    public long dueNanos(long n) {
      return n * intervalNanos;
    }

    @Override
    public Batch baselineBody(long n) {
      // the clients' pushes in turn, each once: the ledger holds equal bytes once, so a repeat would cost nothing
      long k = n;
      for (List<List<String>> mine : slices) {
        if (k < mine.size()) {
          List<String> messages = mine.get((int) k);
          return messages.isEmpty() ? new Batch(new byte[0], 0)
              : new Batch(String.join("", messages).getBytes(StandardCharsets.UTF_8), messages.size());
        }
        k -= mine.size();
      }
      return null;
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "simulated AIS (%,d NMEA lines), %dx real time, a push every %d ms", lines, speedup,
          intervalMillis);
    }

    @Override
    public String format() {
      return "ais-nmea";
    }

    @Override
    public String contentType() {
      return "text/x-nmea";
    }
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
