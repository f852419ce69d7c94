package org.trucewatch.flink;

import java.io.Serializable;
import org.apache.flink.streaming.api.TimerService;

/**
 * The assessment ticks every keyed stage works at: an element schedules its key for the first
 * tick at or after its event time that the watermark has not passed. A stage's output at a tick
 * carries the tick as its timestamp, and Flink forwards a watermark only after the timers it fires,
 * so the stages after it see that output before the same tick fires for them: the stages move in
 * step, tick by tick.
 */
final class Ticks implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long tickMillis;

  Ticks(long tickMillis) {
    if (tickMillis < 1) {
      throw new IllegalArgumentException("the assessment tick must be at least 1 ms: " + tickMillis + " ms");
    }
    this.tickMillis = tickMillis;
  }

  /** Registers the current key for the next tick that covers an element at {@code eventMillis}. */
  void schedule(TimerService timers, long eventMillis) {
    long watermark = timers.currentWatermark();
    long next = watermark == Long.MIN_VALUE ? Long.MIN_VALUE : after(watermark);
    long own = eventMillis == Long.MIN_VALUE ? Long.MIN_VALUE : after(eventMillis - 1);
    long at = Math.max(next, own);
    if (at != Long.MIN_VALUE) {
      timers.registerEventTimeTimer(at);
    }
  }

  // the first tick boundary strictly after t
  private long after(long t) {
    if (t >= Long.MAX_VALUE - tickMillis) {
      return Long.MAX_VALUE;
    }
    return Math.floorDiv(t, tickMillis) * tickMillis + tickMillis;
  }
}
