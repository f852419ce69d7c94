package org.trucewatch.server.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import org.trucewatch.engine.live.LiveMonitor;

/**
 * Queues a CAP alert into the outbox for every finding's lifecycle step the monitor sees, and
 * delivers the outbox to its webhooks on a background thread.
 */
public final class AlertDelivery implements AutoCloseable {
  private final ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "trucewatch-webhooks");
    t.setDaemon(true);
    return t;
  });

  /** Records the monitor's current snapshot and every later one, and starts delivering. */
  public AlertDelivery(AlertOutbox outbox, LiveMonitor monitor, MeterRegistry metrics) {
    // the outbox remembers what it sent, so catching up after a restart neither repeats nor skips
    outbox.record(monitor.snapshot());
    monitor.onUpdate(u -> outbox.record(u.snapshot()));
    Gauge.builder("trucewatch_webhook_delivered", outbox::delivered).register(metrics);
    Gauge.builder("trucewatch_webhook_failed_attempts", outbox::failedAttempts).register(metrics);
    Gauge.builder("trucewatch_webhook_pending", outbox::pending).register(metrics);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    delivery.scheduleWithFixedDelay(() -> {
      try {
        outbox.deliverDue(http);
      } catch (RuntimeException e) {
        LoggerFactory.getLogger(AlertDelivery.class).warn("webhook delivery failed: " + e.getMessage());
      }
    }, 0, 250, TimeUnit.MILLISECONDS);
  }

  /** Stops delivering, waiting for a delivery under way to end. */
  @Override
  public void close() {
    delivery.shutdown();
    try {
      delivery.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
