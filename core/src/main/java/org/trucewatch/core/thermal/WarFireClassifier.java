package org.trucewatch.core.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies fire detections as war fires by The Economist's published classifier ({@code
 * scripts/aux_war_fire_classifier_function.R}); {@code docs/war-fire-model.md} cites the lines.
 *
 * <ol>
 *   <li>Detections are counted per cell (0.1 degree, centred on multiples of 0.1) and UTC day;
 *       cells outside the mask are left out, and cell-days in an exclusion zone count 0.
 *   <li>A cell-day's <em>excess</em> is its count less its {@link CountBound bound} less {@code
 *       offset}, when positive.
 *   <li>Of an excess cell-day, {@code excess} detections are labelled; all of them when the excess
 *       reaches the median excess of the detections in excess cell-days. Which ones: the lowest
 *       by a hash of position and day (their script draws at random with a fixed seed).
 *   <li>A cell keeps its labels when its labelled days are sustained: two of them {@code
 *       minDaysApart} to {@code maxDaysApart} days apart, or more than {@code manyDays} of them;
 *       or when its centre is within {@code spreadKm} of a sustained cell's.
 *   <li>Every detection in a cell on the 1st to {@code daysAfter}-th day after a cell-day with a
 *       kept label is a war fire too; then the exclusion zones are applied again.
 * </ol>
 *
 * Pure and deterministic: the same detections give the same classes in any order. Cost: O(f log
 * f) for f detections, plus one bound per cell-day that could be in excess.
 */
public final class WarFireClassifier {
  private static final double EARTH_RADIUS_M = 6_378_137; // geosphere::distHaversine's default

  private final WarFireRules rules;

  /** A classifier with these thresholds. */
  public WarFireClassifier(WarFireRules rules) {
    this.rules = rules;
  }

  /** The thresholds. */
  public WarFireRules rules() {
    return rules;
  }

  /** Reports how far a classification has got. */
  @FunctionalInterface
  public interface Steps {
    /** Quiet. */
    Steps SILENT = (step, done, total) -> {};

    /** {@code done} of {@code total} units of the named step are done. */
    void at(String step, long done, long total);
  }

  /** The class of each detection, in the order given. */
  public List<FireClass> classify(List<DatedFire> fires, CountBound bound, CellMask mask, List<ExclusionZone> zones) {
    return classify(fires, bound, mask, zones, Steps.SILENT);
  }

  /** The class of each detection, in the order given, reporting progress to {@code steps}. */
  public List<FireClass> classify(List<DatedFire> fires, CountBound bound, CellMask mask, List<ExclusionZone> zones,
      Steps steps) {
    long size = rules.cellSizeMicroDegrees();
    int n = fires.size();
    FireCell[] cellOf = new FireCell[n];
    // detections grouped by cell, then day, then hash: one sort gives every cell-day in order
    Integer[] order = new Integer[n];
    long[] hash = new long[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      DatedFire f = fires.get(i);
      cellOf[i] = rules.cellOf(f);
      hash[i] = mix(Math.round(f.latitude() * 1e6), Math.round(f.longitude() * 1e6), f.epochDay());
      if (mask.contains(cellOf[i])) {
        order[kept++] = i;
      }
    }
    Integer[] sorted = Arrays.copyOf(order, kept);
    Arrays.sort(sorted, (a, b) -> {
      int c = cellOf[a].compareTo(cellOf[b]);
      if (c == 0) {
        c = Long.compare(fires.get(a).epochDay(), fires.get(b).epochDay());
      }
      if (c == 0) {
        c = Long.compare(hash[a], hash[b]);
      }
      return c != 0 ? c : Integer.compare(a, b);
    });

    // cell-days: [start, end) runs of sorted, their bound and excess
    List<int[]> runs = new ArrayList<>();
    for (int s = 0; s < kept; ) {
      int e = s + 1;
      while (e < kept && cellOf[sorted[e]].equals(cellOf[sorted[s]])
          && fires.get(sorted[e]).epochDay() == fires.get(sorted[s]).epochDay()) {
        e++;
      }
      runs.add(new int[] {s, e});
      s = e;
    }
    int days = runs.size();
    int[] boundOf = new int[days];
    int[] excessOf = new int[days];
    boolean[] zoned = new boolean[days];
    for (int r = 0; r < days; r++) {
      int first = sorted[runs.get(r)[0]];
      FireCell c = cellOf[first];
      long day = fires.get(first).epochDay();
      int count = runs.get(r)[1] - runs.get(r)[0];
      zoned[r] = inZone(zones, c, day);
      boundOf[r] = -1;
      if (!zoned[r] && count > rules.offset()) {
        boundOf[r] = bound.bound(c, day);
        excessOf[r] = Math.max(0, count - boundOf[r] - rules.offset());
      }
      if ((r & 0xfff) == 0) {
        steps.at("cell-day bounds", r, days);
      }
    }
    steps.at("cell-day bounds", days, days);
    double median = medianExcess(runs, excessOf);

    FireClass[] out = new FireClass[n];
    boolean[] labelled = new boolean[n];
    for (int r = 0; r < days; r++) {
      int s = runs.get(r)[0];
      int e = runs.get(r)[1];
      int count = e - s;
      int excess = excessOf[r];
      int take = excess >= median || excess >= count ? count : excess;
      for (int k = s; k < e; k++) {
        WarFireBasis basis;
        if (zoned[r]) {
          basis = WarFireBasis.EXCLUDED_ZONE;
        } else if (excess == 0) {
          basis = WarFireBasis.NORMAL;
        } else if (k - s < take) {
          basis = WarFireBasis.SINGLE_EXCESS;
          labelled[sorted[k]] = true;
        } else {
          basis = WarFireBasis.EXCESS_NOT_LABELLED;
        }
        out[sorted[k]] = new FireClass(basis, boundOf[r], count, excess);
      }
    }

    // sustained excess per cell, then spread to cells within reach
    Map<FireCell, long[]> labelledDays = new HashMap<>();
    Map<FireCell, List<Integer>> runsOfCell = new HashMap<>();
    for (int r = 0; r < days; r++) {
      runsOfCell.computeIfAbsent(cellOf[sorted[runs.get(r)[0]]], c -> new ArrayList<>()).add(r);
    }
    Set<FireCell> sustained = new HashSet<>();
    for (Map.Entry<FireCell, List<Integer>> e : runsOfCell.entrySet()) {
      long[] ds = e.getValue().stream().filter(r -> anyLabelled(runs.get(r), sorted, labelled))
          .mapToLong(r -> fires.get(sorted[runs.get(r)[0]]).epochDay()).toArray();
      labelledDays.put(e.getKey(), ds);
      if (sustained(ds)) {
        sustained.add(e.getKey());
      }
    }
    steps.at("cells checked for sustained excess", runsOfCell.size(), runsOfCell.size());
    Set<FireCell> reach = spread(sustained, runsOfCell.keySet(), size);

    // labels kept only where sustained; those cell-days start the following days
    Map<FireCell, List<Long>> anchors = new HashMap<>();
    for (int r = 0; r < days; r++) {
      int s = runs.get(r)[0];
      FireCell c = cellOf[sorted[s]];
      boolean keep = reach.contains(c);
      boolean any = false;
      for (int k = s; k < runs.get(r)[1]; k++) {
        FireClass fc = out[sorted[k]];
        if (fc.basis() == WarFireBasis.SINGLE_EXCESS && keep) {
          out[sorted[k]] = new FireClass(WarFireBasis.REPEATED_EXCESS, fc.bound(), fc.cellDayCount(), fc.excess());
          any = true;
        }
      }
      if (any) {
        anchors.computeIfAbsent(c, x -> new ArrayList<>()).add(fires.get(sorted[s]).epochDay());
      }
    }
    for (Map.Entry<FireCell, List<Long>> e : anchors.entrySet()) {
      long[] a = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      for (int r : runsOfCell.get(e.getKey())) {
        int s = runs.get(r)[0];
        long day = fires.get(sorted[s]).epochDay();
        if (!anyIn(a, day - rules.daysAfter(), day - 1)) {
          continue;
        }
        for (int k = s; k < runs.get(r)[1]; k++) {
          int i = sorted[k];
          FireClass fc = out[i];
          if (!fc.warFire() && !inZone(zones, cellOf[i], day)) {
            out[i] = new FireClass(WarFireBasis.FOLLOWS_WAR_FIRE, fc.bound(), fc.cellDayCount(), fc.excess());
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        out[i] = new FireClass(WarFireBasis.OUTSIDE_MASK, -1, 0, 0);
      }
    }
    return Arrays.asList(out);
  }

  private static boolean anyLabelled(int[] run, Integer[] sorted, boolean[] labelled) {
    for (int k = run[0]; k < run[1]; k++) {
      if (labelled[sorted[k]]) {
        return true;
      }
    }
    return false;
  }

  /** Whether these labelled days (ascending, distinct) show sustained excess. */
  boolean sustained(long[] days) {
    if (days.length > rules.manyDays()) {
      return true;
    }
    for (long d : days) {
      if (anyIn(days, d + rules.minDaysApart(), d + rules.maxDaysApart())) {
        return true;
      }
    }
    return false;
  }

  /** The sustained cells and every cell of {@code cells} whose centre is within reach of one's. */
  private Set<FireCell> spread(Set<FireCell> sustained, Set<FireCell> cells, long size) {
    Set<FireCell> out = new HashSet<>(sustained);
    if (rules.spreadKm() == 0 || sustained.isEmpty()) {
      return out;
    }
    double cellDeg = size / 1e6;
    int dLat = (int) Math.ceil(rules.spreadKm() / 111.0 / cellDeg) + 1;
    for (FireCell c : cells) {
      if (out.contains(c)) {
        continue;
      }
      double lat = c.centreLatitude(size);
      double lon = c.centreLongitude(size);
      int dLon = (int) Math.ceil(rules.spreadKm() / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.abs(lat) + dLat * cellDeg)))) / cellDeg) + 1;
      search:
      for (int a = -dLat; a <= dLat; a++) {
        for (int b = -dLon; b <= dLon; b++) {
          FireCell o = c.offset(a, b);
          if (sustained.contains(o)
              && haversineM(lat, lon, o.centreLatitude(size), o.centreLongitude(size)) < rules.spreadKm() * 1000) {
            out.add(c);
            break search;
          }
        }
      }
    }
    return out;
  }

  static double haversineM(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private boolean inZone(List<ExclusionZone> zones, FireCell c, long day) {
    if (zones.isEmpty()) {
      return false;
    }
    double lat = c.centreLatitude(rules.cellSizeMicroDegrees());
    double lon = c.centreLongitude(rules.cellSizeMicroDegrees());
    for (ExclusionZone z : zones) {
      if (z.covers(lat, lon, day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The median excess over the detections of excess cell-days (each cell-day counted once per
   * detection, as their script takes the median over fires); +Infinity when there are none.
   */
  private static double medianExcess(List<int[]> runs, int[] excessOf) {
    List<long[]> weighted = new ArrayList<>();
    long total = 0;
    for (int r = 0; r < excessOf.length; r++) {
      if (excessOf[r] > 0) {
        long count = runs.get(r)[1] - runs.get(r)[0];
        weighted.add(new long[] {excessOf[r], count});
        total += count;
      }
    }
    if (total == 0) {
      return Double.POSITIVE_INFINITY;
    }
    weighted.sort((a, b) -> Long.compare(a[0], b[0]));
    long lo = (total + 1) / 2;
    long hi = total / 2 + 1;
    return (valueAt(weighted, lo) + valueAt(weighted, hi)) / 2.0;
  }

  private static long valueAt(List<long[]> weighted, long rank) {
    long seen = 0;
    for (long[] w : weighted) {
      seen += w[1];
      if (seen >= rank) {
        return w[0];
      }
    }
    return weighted.get(weighted.size() - 1)[0];
  }

  private static boolean anyIn(long[] sorted, long from, long to) {
    int i = Arrays.binarySearch(sorted, from);
    int at = i >= 0 ? i : -i - 1;
    return at < sorted.length && sorted[at] <= to;
  }

  /** A fixed hash of a detection (SplitMix64 finaliser): the deterministic stand-in for their seeded draw. */
  private static long mix(long lat, long lon, long day) {
    long z = lat * 0x9E3779B97F4A7C15L ^ lon * 0xC2B2AE3D27D4EB4FL ^ day * 0x165667B19E3779F9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
