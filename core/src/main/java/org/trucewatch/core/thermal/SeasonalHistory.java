package org.trucewatch.core.thermal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Earlier years' detections summed per cell, year and calendar month: the past activity that
 * {@link ExpectedCountModel} learns from and predicts with. The cells are those of the mask within
 * the box of the archive's detections (with no mask, every cell of that box), cells that never
 * burned included: they are the many cell-days where nothing is expected.
 *
 * <p>An archive year covers the days from its first to its last detection. Besides a cell's own
 * sums it keeps those of its 0.5-degree block (The Economist's {@code id_5x5}: centres rounded
 * to half degrees). Immutable; memory is O(cells x years x 12).
 */
public final class SeasonalHistory {
  private final long cellSize;
  private final Map<FireCell, Integer> index;
  private final int[] years;
  private final int[][] days;
  private final int[] sums;
  private final long[] squares;
  private final int[] fireDays;
  private final int[] blockOf;
  private final int[] blockCells;
  private final long[] blockSums;
  private final long detections;

  private SeasonalHistory(long cellSize, Map<FireCell, Integer> index, int[] years, int[][] days, int[] sums,
      long[] squares, int[] fireDays, int[] blockOf, int[] blockCells, long[] blockSums, long detections) {
    this.cellSize = cellSize;
    this.index = index;
    this.years = years;
    this.days = days;
    this.sums = sums;
    this.squares = squares;
    this.fireDays = fireDays;
    this.blockOf = blockOf;
    this.blockCells = blockCells;
    this.blockSums = blockSums;
    this.detections = detections;
  }

  /**
   * The history of these archive detections on a grid of {@code cellSizeMicroDegrees}, over the
   * cells of {@code mask}; detections outside the mask are left out.
   *
   * @throws IllegalArgumentException when the archive holds fewer than two years
   */
  public static SeasonalHistory of(Collection<DatedFire> archive, long cellSizeMicroDegrees, CellMask mask) {
    TreeMap<Integer, long[]> spans = new TreeMap<>();
    int minLat = Integer.MAX_VALUE;
    int maxLat = Integer.MIN_VALUE;
    int minLon = Integer.MAX_VALUE;
    int maxLon = Integer.MIN_VALUE;
    for (DatedFire f : archive) {
      int year = LocalDate.ofEpochDay(f.epochDay()).getYear();
      long[] span = spans.computeIfAbsent(year, y -> new long[] {f.epochDay(), f.epochDay()});
      span[0] = Math.min(span[0], f.epochDay());
      span[1] = Math.max(span[1], f.epochDay());
      FireCell c = FireCell.containing(f.latitude(), f.longitude(), cellSizeMicroDegrees);
      minLat = Math.min(minLat, c.latIndex());
      maxLat = Math.max(maxLat, c.latIndex());
      minLon = Math.min(minLon, c.lonIndex());
      maxLon = Math.max(maxLon, c.lonIndex());
    }
    if (spans.size() < 2) {
      throw new IllegalArgumentException("the expected-count model needs at least two archive years, got " + spans.keySet());
    }
    Map<FireCell, Integer> index = new HashMap<>();
    List<FireCell> cells = new ArrayList<>();
    for (int la = minLat; la <= maxLat; la++) {
      for (int lo = minLon; lo <= maxLon; lo++) {
        FireCell c = new FireCell(la, lo);
        if (mask.contains(c)) {
          index.put(c, cells.size());
          cells.add(c);
        }
      }
    }
    int[] years = spans.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[][] days = new int[years.length][12];
    for (int y = 0; y < years.length; y++) {
      long[] span = spans.get(years[y]);
      for (long d = span[0]; d <= span[1]; d++) {
        days[y][LocalDate.ofEpochDay(d).getMonthValue() - 1]++;
      }
    }
    Map<Long, Integer> blocks = new HashMap<>();
    int[] blockOf = new int[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      blockOf[i] = blocks.computeIfAbsent(blockKey(cells.get(i), cellSizeMicroDegrees), k -> blocks.size());
    }
    int[] blockCells = new int[blocks.size()];
    for (int b : blockOf) {
      blockCells[b]++;
    }
    int stride = years.length * 12;
    int[] sums = new int[cells.size() * stride];
    long[] squares = new long[cells.size() * stride];
    int[] fireDays = new int[cells.size() * stride];
    long[] blockSums = new long[blocks.size() * stride];
    List<DatedFire> inside = new ArrayList<>();
    for (DatedFire f : archive) {
      if (index.containsKey(FireCell.containing(f.latitude(), f.longitude(), cellSizeMicroDegrees))) {
        inside.add(f);
      }
    }
    CellDayCounts counts = CellDayCounts.of(inside, cellSizeMicroDegrees);
    for (FireCell c : counts.cells()) {
      int i = index.get(c);
      CellDayCounts.Series s = counts.series(c);
      for (int k = 0; k < s.days().length; k++) {
        LocalDate d = LocalDate.ofEpochDay(s.days()[k]);
        int y = Arrays.binarySearch(years, d.getYear());
        int at = y * 12 + d.getMonthValue() - 1;
        int n = s.counts()[k];
        sums[i * stride + at] += n;
        squares[i * stride + at] += (long) n * n;
        fireDays[i * stride + at]++;
        blockSums[blockOf[i] * stride + at] += n;
      }
    }
    return new SeasonalHistory(cellSizeMicroDegrees, index, years, days, sums, squares, fireDays, blockOf, blockCells, blockSums,
        inside.size());
  }

  private static long blockKey(FireCell c, long cellSize) {
    long lat = Math.round(c.latIndex() * cellSize * 2 / 1e6);
    long lon = Math.round(c.lonIndex() * cellSize * 2 / 1e6);
    return lat * 100_000L + lon;
  }

  /** The archive years, ascending. */
  public int[] years() {
    return years.clone();
  }

  /** The grid's cell side, millionths of a degree. */
  public long cellSizeMicroDegrees() {
    return cellSize;
  }

  /** The detections counted (those inside the mask). */
  public long detections() {
    return detections;
  }

  /** The cells, south to north then west to east. */
  public List<FireCell> cells() {
    List<FireCell> out = new ArrayList<>(index.keySet());
    out.sort(null);
    return out;
  }

  /** The number of cells. */
  int cellCount() {
    return blockOf.length;
  }

  /** The index of a cell, or -1 when it is not in the history. */
  int indexOf(FireCell cell) {
    Integer i = index.get(cell);
    return i == null ? -1 : i;
  }

  /** The index of a year, or -1. */
  int yearIndex(int year) {
    return Arrays.binarySearch(years, year) >= 0 ? Arrays.binarySearch(years, year) : -1;
  }

  /** Days year {@code y} covers in month {@code m} (0-based). */
  int days(int y, int m) {
    return days[y][m];
  }

  /** Detections in cell {@code i}, year {@code y}, month {@code m}. */
  int sum(int i, int y, int m) {
    return sums[(i * years.length + y) * 12 + m];
  }

  /** Days with at least one detection in cell {@code i}, year {@code y}, month {@code m}. */
  int fireDays(int i, int y, int m) {
    return fireDays[(i * years.length + y) * 12 + m];
  }

  /** Sum of the squared daily counts in cell {@code i}, year {@code y}, month {@code m}. */
  long squares(int i, int y, int m) {
    return squares[(i * years.length + y) * 12 + m];
  }

  /**
   * The past-activity covariates of cell {@code i} (or -1, a cell never seen) in month {@code m},
   * from every year but {@code excludedYear} (-1: none), written to {@code out[0..3]}: the log
   * daily rates of the cell in the month, in the cell all year, in the cell in the two
   * neighbouring months, and in its 0.5-degree block in the month, each plus {@link #RATE_FLOOR}.
   */
  void covariates(int i, int m, int excludedYear, double[] out) {
    long cellMonth = 0;
    long cellAll = 0;
    long cellNear = 0;
    long blockMonth = 0;
    long daysMonth = 0;
    long daysAll = 0;
    long daysNear = 0;
    int prev = (m + 11) % 12;
    int next = (m + 1) % 12;
    for (int y = 0; y < years.length; y++) {
      if (y == excludedYear) {
        continue;
      }
      daysMonth += days[y][m];
      daysNear += days[y][prev] + days[y][next];
      for (int k = 0; k < 12; k++) {
        daysAll += days[y][k];
      }
      if (i >= 0) {
        int base = (i * years.length + y) * 12;
        cellMonth += sums[base + m];
        cellNear += sums[base + prev] + sums[base + next];
        for (int k = 0; k < 12; k++) {
          cellAll += sums[base + k];
        }
        blockMonth += blockSums[(blockOf[i] * years.length + y) * 12 + m];
      }
    }
    double cells = i >= 0 ? blockCells[blockOf[i]] : 1;
    out[0] = Math.log(rate(cellMonth, daysMonth) + RATE_FLOOR);
    out[1] = Math.log(rate(cellAll, daysAll) + RATE_FLOOR);
    out[2] = Math.log(rate(cellNear, daysNear) + RATE_FLOOR);
    out[3] = Math.log(rate(blockMonth, daysMonth) / cells + RATE_FLOOR);
  }

  /**
   * Added to every rate before its log, detections per cell-day: about one detection in three
   * years, so that a cell that never burned is "rarely" rather than "never".
   */
  static final double RATE_FLOOR = 1e-3;

  private static double rate(long detections, long days) {
    return days == 0 ? 0 : (double) detections / days;
  }
}
