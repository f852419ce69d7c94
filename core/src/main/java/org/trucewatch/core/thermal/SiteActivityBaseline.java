package org.trucewatch.core.thermal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each protected site's normal thermal activity, the baseline the site rule ({@link
 * SiteActivityRule}) measures a day's detections against: per site and day of the year, the
 * 95th percentile of the site's detections per day in the baseline years, over a 31-day window
 * centred on that day (31 days x 7 years = 217 samples for the 2012-2021 archive, zero-count
 * days included), as the war-fire model bounds a cell's count by its season. A site whose plant
 * flares or burns on one day in ten has a bound of one or more; a quiet one a bound of zero.
 *
 * <p>Keys are {@code provisionId/siteId}. A site with no detection in the baseline years has
 * bound zero; {@link #NONE} (no baseline given) bounds nothing. Pure; immutable.
 */
public final class SiteActivityBaseline {
  /** The baseline's quantile: the share of the season's normal days at or below the bound. */
  public static final double QUANTILE = 0.95;

  /** Half the seasonal window, days either side of the day of the year. */
  public static final int HALF_WINDOW_DAYS = 15;

  /** No baseline: every detection at a site counts, as without the rule. */
  public static final SiteActivityBaseline NONE = new SiteActivityBaseline(new TreeMap<>(), new TreeSet<>(), 0);

  /** Per site, the bound for each day of the year (index 0 is 1 January; 366 entries). */
  private final TreeMap<String, int[]> bounds;
  private final SortedSet<Integer> years;
  private final int offset;

  private SiteActivityBaseline(TreeMap<String, int[]> bounds, SortedSet<Integer> years, int offset) {
    this.bounds = bounds;
    this.years = years;
    this.offset = offset;
  }

  /**
   * The baseline of these sites from their detections per day in the baseline years.
   *
   * @param sites every site key ({@code provisionId/siteId}) to bound; sites absent from {@code
   *     counts} had no detection and get bound zero
   * @param counts per site key, detections per UTC day (days absent had none)
   * @param years the calendar years the detections cover, every day of each counting
   * @param offset detections beyond the bound a day must have before it counts as above it: 0 to
   *     flag any day above the bound; The Economist's war-fire model uses 2 for cells
   * @throws IllegalArgumentException when no year is given, the offset is negative, or a count
   *     lies outside the years
   */
  public static SiteActivityBaseline of(
      Set<String> sites, Map<String, ? extends Map<LocalDate, Integer>> counts, Set<Integer> years, int offset) {
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a baseline needs at least one year");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be zero or more, not " + offset);
    }
    TreeSet<Integer> sortedYears = new TreeSet<>(years);
    TreeMap<String, int[]> bounds = new TreeMap<>();
    TreeSet<String> all = new TreeSet<>(sites);
    all.addAll(counts.keySet());
    for (String site : all) {
      Map<LocalDate, Integer> perDay = counts.containsKey(site) ? counts.get(site) : Map.of();
      for (LocalDate d : perDay.keySet()) {
        if (!sortedYears.contains(d.getYear())) {
          throw new IllegalArgumentException("count for " + site + " on " + d + " lies outside the baseline years " + sortedYears);
        }
      }
      bounds.put(site, seasonalBounds(perDay, sortedYears));
    }
    return new SiteActivityBaseline(bounds, sortedYears, offset);
  }

  /** The bound for every day of the year, from one site's counts. */
  private static int[] seasonalBounds(Map<LocalDate, Integer> perDay, SortedSet<Integer> years) {
    int[] out = new int[366];
    if (perDay.isEmpty()) {
      return out;
    }
    int[] sample = new int[(2 * HALF_WINDOW_DAYS + 1) * years.size()];
    for (int doy = 1; doy <= 366; doy++) {
      int n = 0;
      for (int year : years) {
        LocalDate centre = LocalDate.ofYearDay(year, Math.min(doy, LocalDate.of(year, 12, 31).getDayOfYear()));
        for (int k = -HALF_WINDOW_DAYS; k <= HALF_WINDOW_DAYS; k++) {
          // the window may reach into a neighbouring year outside the baseline: those days count as zero
          sample[n++] = perDay.getOrDefault(centre.plusDays(k), 0);
        }
      }
      int[] sorted = Arrays.copyOf(sample, n);
      Arrays.sort(sorted);
      out[doy - 1] = sorted[(int) Math.ceil(QUANTILE * n) - 1];
    }
    return out;
  }

  /** Whether this is {@link #NONE}. */
  public boolean isEmpty() {
    return bounds.isEmpty();
  }

  /** The baseline years, ascending. */
  public SortedSet<Integer> years() {
    return years;
  }

  /** Detections beyond the bound a day needs to count as above it. */
  public int offset() {
    return offset;
  }

  /**
   * The site's normal bound on {@code day} (its 95th-percentile detections per day in season), or
   * -1 when the site has no baseline (not in the agreement the baseline was built for, or {@link
   * #NONE}).
   */
  public int bound(String site, LocalDate day) {
    int[] b = bounds.get(site);
    return b == null ? -1 : b[day.getDayOfYear() - 1];
  }

  /** Whether {@code count} detections at the site on {@code day} lie above its normal activity. */
  public boolean above(String site, LocalDate day, int count) {
    int b = bound(site, day);
    return b < 0 || count > b + offset;
  }
}
