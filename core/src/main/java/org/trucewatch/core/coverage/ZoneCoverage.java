package org.trucewatch.core.coverage;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;

/**
 * The coverage of one zone: each of its H3 cells with when it was observed and by what.
 *
 * @param provisionId the zone provision
 * @param zoneName its name
 * @param grid the grid the cells are of
 * @param cells every cell of the zone, sorted by H3 index
 */
public record ZoneCoverage(String provisionId, String zoneName, HexGrid grid, List<CellCoverage> cells) {
  /** Checks and freezes the fields. */
  public ZoneCoverage {
    Objects.requireNonNull(provisionId, "provisionId");
    Objects.requireNonNull(zoneName, "zoneName");
    Objects.requireNonNull(grid, "grid");
    cells = List.copyOf(cells);
  }

  /** The zone's area as its cells add up, square kilometres. */
  public double areaSquareKilometres() {
    double sum = 0;
    for (CellCoverage c : cells) {
      sum += grid.areaSquareKilometres(c.cell());
    }
    return sum;
  }

  /** The share of the zone's area (0 to 1) observed at or after {@code since}; 0 for no cells. */
  public double shareObservedSince(Instant since) {
    double all = 0;
    double seen = 0;
    for (CellCoverage c : cells) {
      double a = grid.areaSquareKilometres(c.cell());
      all += a;
      if (c.observedSince(since)) {
        seen += a;
      }
    }
    return all == 0 ? 0 : seen / all;
  }

  /**
   * The connected patches (cells sharing an edge) not observed at or after {@code since},
   * largest first (ties: lowest first cell). Cost O(cells).
   */
  public List<UnobservedArea> unobservedAreas(Instant since) {
    Map<Long, CellCoverage> unobserved = new TreeMap<>();
    for (CellCoverage c : cells) {
      if (!c.observedSince(since)) {
        unobserved.put(c.cell(), c);
      }
    }
    List<UnobservedArea> out = new ArrayList<>();
    java.util.Set<Long> done = new java.util.HashSet<>();
    for (long start : unobserved.keySet()) {
      if (!done.add(start)) {
        continue;
      }
      List<Long> patch = new ArrayList<>();
      Deque<Long> todo = new ArrayDeque<>();
      todo.add(start);
      while (!todo.isEmpty()) {
        long c = todo.poll();
        patch.add(c);
        for (long n : grid.neighbours(c)) {
          if (unobserved.containsKey(n) && done.add(n)) {
            todo.add(n);
          }
        }
      }
      patch.sort(Comparator.naturalOrder());
      double area = 0;
      double lon = 0;
      double lat = 0;
      for (long c : patch) {
        area += grid.areaSquareKilometres(c);
        Coordinate centre = grid.centre(c);
        lon += centre.x;
        lat += centre.y;
      }
      out.add(new UnobservedArea(patch, area, new Coordinate(lon / patch.size(), lat / patch.size())));
    }
    out.sort(Comparator.comparingDouble(UnobservedArea::areaSquareKilometres).reversed()
        .thenComparing(a -> a.cells().get(0)));
    return out;
  }
}
