package org.trucewatch.engine.feed;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.thermal.DetectionIdentity;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.SqliteLedger;

/**
 * Polls the FIRMS area API on a schedule: each response body is stored in the ledger first
 * (format {@code firms-csv}, named by the query without its MAP_KEY and the poll time), then read,
 * and only detections no earlier poll passed on go to the sink. Overlapping day ranges therefore
 * give each detection once ({@link DetectionIdentity}: satellite, time, footprint, so an NRT row
 * and its later standard copy are one). A bad row is rejected and the rest of the body used.
 *
 * <p>HTTP 429 (and 503) are rate limits: nothing is stored and the next poll waits for the
 * server's {@code Retry-After} (seconds), or twice the interval when it gives none. Other
 * failures (status, network) are reported and retried at the next interval. The set of
 * detections already passed on lives in memory: a restarted poller passes on the detections of
 * its first day range again, which the ledger replay then de-duplicates. Not thread-safe: one
 * scheduler thread calls it.
 */
public final class FirmsAreaPoller {
  private final FirmsAreaQuery query;
  private final SqliteLedger ledger;
  private final Consumer<List<Observation>> sink;
  private final HttpClient http;
  private final Clock clock;
  private final Progress progress;
  private final FirmsCsvReader reader = new FirmsCsvReader();
  private final Set<Object> passedOn = new HashSet<>();

  /** A poller storing into {@code ledger} and passing new detections to {@code sink}. */
  public FirmsAreaPoller(FirmsAreaQuery query, SqliteLedger ledger, Consumer<List<Observation>> sink, HttpClient http,
      Clock clock, Progress progress) {
    this.query = query;
    this.ledger = ledger;
    this.sink = sink;
    this.http = http;
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * Polls once.
   *
   * @throws IOException when the server cannot be reached
   * @throws InterruptedException when interrupted while waiting for the response
   */
  public FirmsPoll pollOnce() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(query.uri()).timeout(Duration.ofSeconds(60)).GET().build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    int status = response.statusCode();
    if (status == 429 || status == 503) {
      Optional<Duration> wait = response.headers().firstValue("Retry-After").flatMap(FirmsAreaPoller::seconds);
      progress.report(query + ": HTTP " + status + ", rate limited" + wait.map(w -> "; retry after " + w.toSeconds() + " s").orElse(""));
      return new FirmsPoll(status, 0, 0, List.of(), wait, Optional.empty());
    }
    if (status != 200) {
      progress.report(query + ": HTTP " + status + ", nothing stored");
      return new FirmsPoll(status, 0, 0,
          List.of(new Reject(query.toString(), 0, "", "HTTP " + status + " from the FIRMS area API")), Optional.empty(),
          Optional.empty());
    }
    String name = query + "/" + clock.instant();
    AppendResult stored = ledger.append(name, FirmsCsvReader.FORMAT, response.body());
    ReadResult read = reader.read(stored.entry().name(), stored.entry().sha256(), response.body());
    List<Observation> fresh = new ArrayList<>();
    long seen = 0;
    for (Observation o : read.observations()) {
      Object key = DetectionIdentity.of(o).map(Object.class::cast).orElse(o.id());
      if (passedOn.add(key)) {
        fresh.add(o);
      } else {
        seen++;
      }
    }
    if (!fresh.isEmpty()) {
      sink.accept(List.copyOf(fresh));
    }
    progress.report(String.format(Locale.ROOT, "%s: %,d new detections, %,d already passed on, %,d rejected",
        query, fresh.size(), seen, read.rejects().size()));
    return new FirmsPoll(status, fresh.size(), seen, read.rejects(), Optional.empty(), Optional.of(stored.entry().name()));
  }

  /**
   * Polls now and then every {@code interval} on {@code scheduler} (longer when rate limited),
   * until the scheduler is shut down.
   */
  public void start(ScheduledExecutorService scheduler, Duration interval) {
    scheduler.schedule(() -> pollAndReschedule(scheduler, interval), 0, TimeUnit.MILLISECONDS);
  }

  private void pollAndReschedule(ScheduledExecutorService scheduler, Duration interval) {
    Duration next = interval;
    try {
      FirmsPoll p = pollOnce();
      if (p.rateLimited() || p.httpStatus() == 503) {
        next = p.retryAfter().filter(w -> w.compareTo(interval) > 0).orElse(interval.multipliedBy(2));
      }
    } catch (IOException e) {
      progress.report(query + ": " + e.getClass().getSimpleName() + ": " + e.getMessage() + "; retrying");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException e) {
      progress.report(query + ": " + e + "; retrying");
    }
    if (!scheduler.isShutdown()) {
      scheduler.schedule(() -> pollAndReschedule(scheduler, interval), next.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static Optional<Duration> seconds(String header) {
    try {
      long s = Long.parseLong(header.trim());
      return s >= 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
