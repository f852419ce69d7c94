package org.trucewatch.core.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies fire detections as conflict-related or not, after The Economist's war-fire model
 * ("Note on thresholds", TheEconomist/the-economist-war-fire-model):
 *
 * <ol>
 *   <li>a cell-day is in <em>excess</em> when its count has a probability below {@code
 *       maxExcessP} under the cell's normal activity for the season ({@link ExcessBaseline}),
 *       and so does its count less {@code excessMargin} (none by default);
 *   <li>an excess cell-day is conflict-related when the same cell is in excess on another day
 *       {@code minDaysApart} to {@code maxDaysApart} days earlier or later;
 *   <li>every detection in a cell on the 1st to {@code daysAfterWarFire}-th day after a
 *       conflict-related cell-day (by rule 2) is conflict-related too. The rule does not chain:
 *       a day made conflict-related by this rule starts no window of its own.
 * </ol>
 *
 * All detections of a conflict-related cell-day are conflict-related. Pure and deterministic:
 * the same detections and baseline give the same classes. Cost: O(c log c) for c cell-days plus
 * the baseline's cost per cell-day.
 */
public final class WarFireClassifier {
  private final WarFireParameters parameters;

  /** A classifier with these thresholds. */
  public WarFireClassifier(WarFireParameters parameters) {
    this.parameters = parameters;
  }

  /** The thresholds. */
  public WarFireParameters parameters() {
    return parameters;
  }

  /**
   * The class of each detection, in the order given, against the archive baseline when present,
   * else against the input's own history ({@link InputHistoryBaseline}).
   */
  public List<FireClass> classify(List<DatedFire> fires, Optional<ArchiveBaseline> archive) {
    CellDayCounts counts = CellDayCounts.of(fires, parameters);
    ExcessBaseline baseline = archive.isPresent()
        ? archive.get()
        : new InputHistoryBaseline(counts, parameters);
    Map<FireCell, CellClasses> byCell = new HashMap<>();
    for (FireCell cell : counts.cells()) {
      byCell.put(cell, classifyCell(cell, counts.series(cell), baseline));
    }
    List<FireClass> out = new ArrayList<>(fires.size());
    for (DatedFire f : fires) {
      CellClasses c = byCell.get(parameters.cellOf(f));
      out.add(c.classes[c.series.indexOf(f.epochDay())]);
    }
    return out;
  }

  /** One cell's days with fires and the class of each. */
  private record CellClasses(CellDayCounts.Series series, FireClass[] classes) {}

  private CellClasses classifyCell(FireCell cell, CellDayCounts.Series s, ExcessBaseline baseline) {
    long[] days = s.days();
    int n = days.length;
    double[] p = new double[n];
    long[] excessDays = new long[n];
    boolean[] inExcess = new boolean[n];
    int excess = 0;
    for (int i = 0; i < n; i++) {
      p[i] = baseline.excessP(cell, days[i], s.counts()[i]);
      inExcess[i] = inExcess(baseline, cell, days[i], s.counts()[i], p[i]);
      if (inExcess[i]) {
        excessDays[excess++] = days[i];
      }
    }
    excessDays = Arrays.copyOf(excessDays, excess);
    WarFireBasis[] basis = new WarFireBasis[n];
    List<Long> anchors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!inExcess[i]) {
        basis[i] = WarFireBasis.NORMAL;
      } else if (repeated(excessDays, days[i])) {
        basis[i] = WarFireBasis.REPEATED_EXCESS;
        anchors.add(days[i]);
      } else {
        basis[i] = WarFireBasis.SINGLE_EXCESS;
      }
    }
    for (long anchor : anchors) {
      for (int i = s.lowerBound(anchor + 1); i < n && days[i] <= anchor + parameters.daysAfterWarFire(); i++) {
        if (!basis[i].isWarFire()) {
          basis[i] = WarFireBasis.FOLLOWS_WAR_FIRE;
        }
      }
    }
    FireClass[] classes = new FireClass[n];
    for (int i = 0; i < n; i++) {
      classes[i] = new FireClass(basis[i], p[i], s.counts()[i]);
    }
    return new CellClasses(s, classes);
  }

  /**
   * Whether a count is in excess: improbable ({@code p} below the threshold) and still improbable
   * with {@code excessMargin} detections taken away.
   */
  private boolean inExcess(ExcessBaseline baseline, FireCell cell, long day, int count, double p) {
    if (!(p < parameters.maxExcessP())) {
      return false;
    }
    int margin = parameters.excessMargin();
    return margin == 0
        || (count - margin >= 1 && baseline.excessP(cell, day, count - margin) < parameters.maxExcessP());
  }

  /** Whether another excess day lies {@code minDaysApart} to {@code maxDaysApart} days from {@code day}. */
  private boolean repeated(long[] excessDays, long day) {
    return anyIn(excessDays, day + parameters.minDaysApart(), day + parameters.maxDaysApart())
        || anyIn(excessDays, day - parameters.maxDaysApart(), day - parameters.minDaysApart());
  }

  private static boolean anyIn(long[] sorted, long from, long to) {
    int i = Arrays.binarySearch(sorted, from);
    int at = i >= 0 ? i : -i - 1;
    return at < sorted.length && sorted[at] <= to;
  }
}
