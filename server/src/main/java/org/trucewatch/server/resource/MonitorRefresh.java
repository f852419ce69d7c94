package org.trucewatch.server.resource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trucewatch.engine.live.LiveMonitor;

/**
 * Recomputes the monitor's findings after new entries: at once for a caller that needs them, or
 * on one background thread that folds pushes arriving while a refresh is pending into one.
 */
public final class MonitorRefresh implements AutoCloseable {
  private final LiveMonitor monitor;
  private final Timer timer;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "trucewatch-refresh");
    t.setDaemon(true);
    return t;
  });

  /** Refreshes {@code monitor}, timing each refresh in {@code metrics}. */
  public MonitorRefresh(LiveMonitor monitor, MeterRegistry metrics) {
    this.monitor = monitor;
    this.timer = Timer.builder("trucewatch_refresh").description("time to recompute findings after new entries").register(metrics);
  }

  /** Schedules a refresh; pushes arriving while one is pending share it. */
  public void soon() {
    if (pending.compareAndSet(false, true)) {
      refresher.execute(() -> {
        pending.set(false);
        now();
      });
    }
  }

  /** Refreshes now, on the caller's thread. */
  public void now() {
    timer.record(monitor::refresh);
  }

  /** Waits for a running refresh to end; later ones are not run. */
  @Override
  public void close() {
    refresher.shutdown();
    try {
      refresher.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
