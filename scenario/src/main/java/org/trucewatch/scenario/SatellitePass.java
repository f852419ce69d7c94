package org.trucewatch.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One overpass of Suomi NPP's VIIRS over Ukraine: every detection of the pass carries its single
 * acquisition time.
 *
 * @param time acquisition time, whole minutes, UTC
 * @param day whether it is the daytime (ascending, about 10:30 to 11:45 UTC) or the night-time
 *     (descending, about 22:30 to 00:30 UTC) pass
 * @param order 0 for the first pass of its half-day, 1 for the second
 * @param passesInHalfDay how many passes that half-day has, 1 or 2
 * @param halfDay identifies the half-day: the date of the daytime pass, plus "D" or "N"
 */
record SatellitePass(Instant time, boolean day, int order, int passesInHalfDay, String halfDay) {

  /**
   * The passes within the window: one or two per half-day. Consecutive orbits cross the region
   * from east to west, so with two passes the first sees the eastern part.
   */
  static List<SatellitePass> schedule(TimeWindow window, SplittableRandom rnd) {
    List<SatellitePass> out = new ArrayList<>();
    LocalDate first = window.start().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    LocalDate last = window.end().atZone(ZoneOffset.UTC).toLocalDate();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      Instant midnight = d.atStartOfDay(ZoneOffset.UTC).toInstant();
      // daytime passes between 10:30 and 11:45
      Instant day1 = midnight.plus(Duration.ofMinutes(10 * 60 + 30 + rnd.nextInt(21)));
      boolean twoByDay = rnd.nextDouble() < 0.5;
      Instant day2 = day1.plus(Duration.ofMinutes(50 + rnd.nextInt(6)));
      // night-time passes between 22:30 and 00:30
      Instant night1 = midnight.plus(Duration.ofMinutes(22 * 60 + 30 + rnd.nextInt(41)));
      boolean twoByNight = rnd.nextDouble() < 0.5;
      Instant night2 = night1.plus(Duration.ofMinutes(75 + rnd.nextInt(6)));
      String dayKey = d + "D";
      String nightKey = d + "N";
      add(out, window, new SatellitePass(day1, true, 0, twoByDay ? 2 : 1, dayKey));
      if (twoByDay) {
        add(out, window, new SatellitePass(day2, true, 1, 2, dayKey));
      }
      add(out, window, new SatellitePass(night1, false, 0, twoByNight ? 2 : 1, nightKey));
      if (twoByNight) {
        add(out, window, new SatellitePass(night2, false, 1, 2, nightKey));
      }
    }
    out.sort(Comparator.comparing(SatellitePass::time));
    return List.copyOf(out);
  }

  private static void add(List<SatellitePass> out, TimeWindow window, SatellitePass p) {
    if (window.contains(p.time())) {
      out.add(p);
    }
  }

  /**
   * Whether a fire at {@code lonDegrees} lies in this pass's swath: with two passes a half-day the
   * first covers east of 32.5 E, the second the rest; a lone pass covers everything.
   */
  boolean covers(double lonDegrees) {
    if (passesInHalfDay == 1) {
      return true;
    }
    return order == 0 ? lonDegrees >= 32.5 : lonDegrees < 32.5;
  }

  /** The first pass after {@code t} and no more than {@code within} later, if any. */
  static Optional<SatellitePass> firstAfter(List<SatellitePass> passes, Instant t, Duration within) {
    for (SatellitePass p : passes) {
      if (p.time().isAfter(t) && !p.time().isAfter(t.plus(within))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
