package org.trucewatch.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.Progress;
import org.trucewatch.ledger.SqliteLedger;

/** The poller against a FIRMS area API replayed by a local server on 127.0.0.1. */
class FirmsAreaPollerTest {
  private static final String HEADER =
      "latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_ti5,frp,daynight\n";
  private static final String ROW_A = "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D\n";
  private static final String ROW_B = "47.62539,35.71723,346.47,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,270.09,10.37,D\n";
  private static final String ROW_C = "48.01201,37.80211,331.2,0.39,0.36,2023-02-25,1047,N,VIIRS,h,2.0NRT,281.1,4.2,D\n";
  private static final String BAD_ROW = "47.9,35.1,330.0,0.4,0.4,2023-02-24,1106,N,VIIRS,n,2.0NRT,280.0,lots,D\n";

  /** One recorded reply: status, Retry-After (or null) and body. */
  private record Reply(int status, String retryAfter, String body) {}

  private HttpServer server;
  private final List<Reply> replies = Collections.synchronizedList(new ArrayList<>());
  private final List<String> paths = new CopyOnWriteArrayList<>();
  @TempDir Path dir;

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      paths.add(exchange.getRequestURI().getPath());
      Reply r = replies.isEmpty() ? new Reply(200, null, HEADER) : replies.remove(0);
      if (r.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", r.retryAfter());
      }
      byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private FirmsAreaQuery query() {
    return new FirmsAreaQuery(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "abcdef0123456789",
        "VIIRS_SNPP_NRT", "22,44,41,53", 2);
  }

  @Test
  void overlappingPollsPassEachDetectionOnOnceThroughRateLimitsAndBadRows() throws Exception {
    replies.add(new Reply(200, null, HEADER + ROW_A + BAD_ROW + ROW_B));
    replies.add(new Reply(429, "30", "Too many requests"));
    replies.add(new Reply(200, null, HEADER + ROW_B + ROW_A + ROW_C));
    List<Observation> received = new ArrayList<>();
    Clock clock = Clock.fixed(Instant.parse("2023-02-25T12:00:00Z"), ZoneOffset.UTC);
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.sqlite"), clock)) {
      FirmsAreaPoller poller = new FirmsAreaPoller(query(), ledger, received::addAll, HttpClient.newHttpClient(),
          clock, Progress.SILENT);

      FirmsPoll first = poller.pollOnce();
      assertThat(first.newDetections()).isEqualTo(2);
      assertThat(first.rejects()).extracting(r -> r.line() + ":" + r.field()).containsExactly("3:frp");
      assertThat(first.ledgerName()).contains("firms-api/VIIRS_SNPP_NRT/22,44,41,53/2/2023-02-25T12:00:00Z");

      FirmsPoll limited = poller.pollOnce();
      assertThat(limited.rateLimited()).isTrue();
      assertThat(limited.retryAfter()).contains(Duration.ofSeconds(30));
      assertThat(limited.newDetections()).isZero();

      FirmsPoll third = poller.pollOnce();
      assertThat(third.newDetections()).isEqualTo(1);
      assertThat(third.seenDetections()).isEqualTo(2);

      assertThat(received).hasSize(3);
      assertThat(received).extracting(o -> o.attributes().get("frp")).containsExactly("7.75", "10.37", "4.2");
      // both bodies are in the ledger (the same clock gave the same name; the content differs), the 429 is not
      assertThat(ledger.entries()).hasSize(2);
      assertThat(ledger.entries()).allMatch(e -> !e.name().contains("abcdef0123456789"));
    }
    assertThat(paths).containsOnly("/api/area/csv/abcdef0123456789/VIIRS_SNPP_NRT/22,44,41,53/2");
  }

  @Test
  void theScheduleKeepsPollingAndWaitsLongerAfterARateLimit() throws Exception {
    replies.add(new Reply(200, null, HEADER + ROW_A));
    replies.add(new Reply(429, null, ""));
    replies.add(new Reply(200, null, HEADER + ROW_A + ROW_C));
    List<Observation> received = new CopyOnWriteArrayList<>();
    CountDownLatch two = new CountDownLatch(2);
    List<String> progress = new CopyOnWriteArrayList<>();
    // the scheduler records each delay the poller asks for: the schedule is checked, not timed
    List<Long> delays = new CopyOnWriteArrayList<>();
    CountDownLatch fourSchedules = new CountDownLatch(4);
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1) {
      @Override
      public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(unit.toMillis(delay));
        fourSchedules.countDown();
        return super.schedule(command, delay, unit);
      }
    };
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.sqlite"), Clock.systemUTC())) {
      FirmsAreaPoller poller = new FirmsAreaPoller(query(), ledger, batch -> {
        received.addAll(batch);
        batch.forEach(o -> two.countDown());
      }, HttpClient.newHttpClient(), Clock.systemUTC(), progress::add);
      poller.start(scheduler, Duration.ofMillis(50));
      two.await(20, TimeUnit.SECONDS);
      fourSchedules.await(20, TimeUnit.SECONDS);
      scheduler.shutdown();
      assertThat(scheduler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(received).hasSize(2);
    // now, then the interval after a body, twice the interval after the 429 (it gave no Retry-After),
    // then the interval again once a body came back
    assertThat(delays).hasSizeGreaterThanOrEqualTo(4);
    assertThat(delays.subList(0, 4)).containsExactly(0L, 50L, 100L, 50L);
    assertThat(progress).anyMatch(p -> p.contains("HTTP 429, rate limited"));
    assertThat(progress).noneMatch(p -> p.contains("abcdef0123456789"));
  }

  @Test
  void aBadQueryIsRefusedBeforeAnythingIsSent() {
    URI base = URI.create("http://127.0.0.1:1");
    assertThatThrownBy(() -> new FirmsAreaQuery(base, "short", "VIIRS_SNPP_NRT", "world", 1)).hasMessageContaining("MAP_KEY");
    assertThatThrownBy(() -> new FirmsAreaQuery(base, "abcdef0123456789", "VIIRS_SNPP_NRT", "41,44,22,53", 1))
        .hasMessageContaining("west,south,east,north");
    assertThatThrownBy(() -> new FirmsAreaQuery(base, "abcdef0123456789", "VIIRS_SNPP_NRT", "world", 11))
        .hasMessageContaining("1 to 10");
    assertThat(new FirmsAreaQuery(base, "abcdef0123456789", "MODIS_NRT", "world", 1).toString())
        .isEqualTo("firms-api/MODIS_NRT/world/1");
  }
}
