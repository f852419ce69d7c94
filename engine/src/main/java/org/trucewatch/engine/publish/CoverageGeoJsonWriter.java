package org.trucewatch.engine.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.coverage.CellCoverage;
import org.trucewatch.core.coverage.DayCoverage;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.coverage.ZoneCoverage;

/**
 * Writes {@code coverage.geojson}: for every zone, every UTC day of the run's period and every
 * H3 cell of the zone, one Polygon feature (the cell) saying whether it was observed that day,
 * when it was last observed up to the end of that day, and by what. A per-day layer: filter on
 * {@code day} to map one day. Sorted by zone (agreement order), day, then cell; coordinates to 6
 * decimals.
 */
public final class CoverageGeoJsonWriter {
  /**
   * The layer for the days from {@code periodStart} to {@code periodEnd} (UTC, both included);
   * no features when there is no period.
   */
  public String render(List<ZoneCoverage> zones, Instant periodStart, Instant periodEnd) {
    StringBuilder sb = new StringBuilder(1 << 20);
    sb.append("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    if (periodStart != null) {
      LocalDate from = LocalDate.ofInstant(periodStart, ZoneOffset.UTC);
      LocalDate to = LocalDate.ofInstant(periodEnd, ZoneOffset.UTC);
      for (ZoneCoverage z : zones) {
        HexGrid grid = z.grid();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          for (CellCoverage c : z.cells()) {
            sb.append(first ? "\n" : ",\n");
            first = false;
            feature(sb, z, grid, c, day);
          }
        }
      }
    }
    return sb.append("\n]}\n").toString();
  }

  private static void feature(StringBuilder sb, ZoneCoverage z, HexGrid grid, CellCoverage c, LocalDate day) {
    Optional<DayCoverage> that = Optional.empty();
    Instant last = null;
    for (DayCoverage d : c.days()) {
      if (!d.day().isAfter(day)) {
        last = d.lastObserved();
      }
      if (d.day().equals(day)) {
        that = Optional.of(d);
      }
    }
    sb.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
    Coordinate[] ring = grid.outline(c.cell()).getCoordinates();
    for (int i = 0; i < ring.length; i++) {
      sb.append(i == 0 ? "[" : ",[").append(JsonOutput.degrees(ring[i].x)).append(',')
          .append(JsonOutput.degrees(ring[i].y)).append(']');
    }
    sb.append("]]},\"properties\":{\"zone\":\"").append(z.provisionId()).append("\",\"cell\":\"")
        .append(HexGrid.address(c.cell())).append("\",\"resolution\":").append(grid.resolution())
        .append(",\"day\":\"").append(day).append("\",\"observed\":").append(that.isPresent())
        .append(",\"last_observed\":");
    if (last == null) {
      sb.append("null");
    } else {
      sb.append('"').append(last).append('"');
    }
    sb.append(",\"by\":[");
    TreeSet<String> by = new TreeSet<>();
    that.ifPresent(d -> d.by().forEach(k -> by.add(k.code())));
    boolean firstKind = true;
    for (String k : by) {
      sb.append(firstKind ? "\"" : ",\"").append(k).append('"');
      firstKind = false;
    }
    sb.append("]}}");
  }

}
