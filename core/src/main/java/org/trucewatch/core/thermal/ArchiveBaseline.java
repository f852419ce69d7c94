package org.trucewatch.core.thermal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The normal activity of each cell, from an archive of earlier years' detections: the sample for
 * a cell and date is the same cell on every archive day within {@code seasonHalfWidthDays} of the
 * same calendar date, in every archive year (29 February maps to 28 February).
 *
 * <p>An archive year covers the days from its first to its last detection (FIRMS archives come
 * as whole years; a year cut short counts only the days it holds). Days inside that span with no
 * detection in a cell are cell-days with a count of 0; the target day itself is never part of its
 * own sample. Immutable and thread-safe.
 */
public final class ArchiveBaseline implements ExcessBaseline {
  private final CellDayCounts counts;
  private final WarFireParameters parameters;
  /** Per archive year, the first and last day it covers. */
  private final TreeMap<Integer, long[]> yearSpans;

  private ArchiveBaseline(CellDayCounts counts, WarFireParameters parameters, TreeMap<Integer, long[]> yearSpans) {
    this.counts = counts;
    this.parameters = parameters;
    this.yearSpans = yearSpans;
  }

  /**
   * The baseline of these archive detections.
   *
   * @throws IllegalArgumentException when there are none
   */
  public static ArchiveBaseline of(List<DatedFire> archive, WarFireParameters parameters) {
    if (archive.isEmpty()) {
      throw new IllegalArgumentException("an archive baseline needs at least one detection");
    }
    TreeMap<Integer, long[]> spans = new TreeMap<>();
    for (DatedFire f : archive) {
      int year = LocalDate.ofEpochDay(f.epochDay()).getYear();
      long[] span = spans.computeIfAbsent(year, y -> new long[] {f.epochDay(), f.epochDay()});
      span[0] = Math.min(span[0], f.epochDay());
      span[1] = Math.max(span[1], f.epochDay());
    }
    return new ArchiveBaseline(CellDayCounts.of(archive, parameters), parameters, spans);
  }

  /** The archive years, ascending. */
  public List<Integer> years() {
    return new ArrayList<>(yearSpans.keySet());
  }

  /** The detections in the archive. */
  public long detections() {
    return counts.detections();
  }

  @Override
  public double excessP(FireCell cell, long epochDay, int count) {
    MonthDay monthDay = MonthDay.from(LocalDate.ofEpochDay(epochDay));
    int h = parameters.seasonHalfWidthDays();
    long n = 0;
    long k = 0;
    for (Integer year : yearSpans.keySet()) {
      long centre = monthDay.atYear(year).toEpochDay();
      // a window may reach into the neighbouring years' spans: clip it against each
      for (Map.Entry<Integer, long[]> e : yearSpans.subMap(year - 1, true, year + 1, true).entrySet()) {
        long from = Math.max(centre - h, e.getValue()[0]);
        long to = Math.min(centre + h, e.getValue()[1]);
        if (to < from) {
          continue;
        }
        n += to - from + 1;
        k += counts.daysWithAtLeast(cell, from, to, count);
        if (epochDay >= from && epochDay <= to) {
          n--;
          if (counts.count(cell, epochDay) >= count) {
            k--;
          }
        }
      }
    }
    return ExcessBaseline.empiricalP(k, n);
  }
}
