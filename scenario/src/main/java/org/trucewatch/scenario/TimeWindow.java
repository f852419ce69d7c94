package org.trucewatch.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The simulated period, from {@code start} (inclusive) to {@code end} (exclusive), UTC.
 *
 * @param start first instant simulated
 * @param end first instant no longer simulated
 */
record TimeWindow(Instant start, Instant end) {
  /** Checks the fields. */
  TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a scenario must end after it starts: " + start + " to " + end);
    }
  }

  /** Whether {@code t} falls in the window. */
  boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  /** The window's length. */
  Duration length() {
    return Duration.between(start, end);
  }

  /** How many events of a kind happen in the window at {@code perDay} a day, at least one. */
  int scaledCount(double perDay) {
    double days = length().toSeconds() / 86_400.0;
    return (int) Math.max(1, Math.round(perDay * days));
  }

  /**
   * A whole-minute instant at which an event can happen, uniform over the window but leaving room
   * at the end (up to 90 minutes) for the reports that follow it.
   */
  Instant eventTime(SplittableRandom rnd) {
    long seconds = length().toSeconds();
    long margin = Math.min(90 * 60, seconds / 4);
    long span = Math.max(1, seconds - margin);
    return atMinute(start.plusSeconds(rnd.nextLong(span)));
  }

  /**
   * Like {@link #eventTime} but preferring 18:00 to 04:00 UTC, when most drone and missile
   * attacks come; falls back to any time when the window holds no night.
   */
  Instant nightEventTime(SplittableRandom rnd) {
    Instant t = eventTime(rnd);
    for (int i = 0; i < 30; i++) {
      int hour = t.atZone(ZoneOffset.UTC).getHour();
      if (hour >= 18 || hour < 4) {
        return t;
      }
      t = eventTime(rnd);
    }
    return t;
  }

  /** {@code t} cut to the whole minute, moved up a minute if that falls before the start. */
  Instant atMinute(Instant t) {
    Instant m = t.truncatedTo(ChronoUnit.MINUTES);
    return m.isBefore(start) ? m.plus(1, ChronoUnit.MINUTES) : m;
  }
}
