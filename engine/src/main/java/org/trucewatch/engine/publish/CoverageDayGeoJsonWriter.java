package org.trucewatch.engine.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * Writes the coverage of given UTC days as a per-day layer: for every zone, every day and every
 * H3 cell of the zone, one Polygon feature (the cell) saying whether it was observed that day
 * ({@code observed}), when it was last observed up to the end of that day ({@code
 * last_observed}), and by what ({@code by}). This is the map's view of one day (the live API's
 * {@code /api/v1/coverage?day=}); {@code coverage.geojson} holds the same information for the
 * whole run in a size that follows what was observed ({@link CoverageGeoJsonWriter}). Sorted by
 * zone (agreement order), day, then cell; coordinates to 6 decimals. Cost and size: zone cells
 * times days, so meant for a day or a few.
 */
public final class CoverageDayGeoJsonWriter {
  /**
   * The layer for the days from {@code periodStart} to {@code periodEnd} (UTC, both included);
   * no features when there is no period.
   */
  public String render(List<ZoneCoverage> zones, Instant periodStart, Instant periodEnd) {
    StringWriter out = new StringWriter();
    try {
      write(zones, periodStart, periodEnd, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the layer of {@link #render} to {@code out}, a feature at a time. */
  public void write(List<ZoneCoverage> zones, Instant periodStart, Instant periodEnd, Writer out) throws IOException {
    out.write("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    StringBuilder sb = new StringBuilder(512);
    if (periodStart != null) {
      LocalDate from = LocalDate.ofInstant(periodStart, ZoneOffset.UTC);
      LocalDate to = LocalDate.ofInstant(periodEnd, ZoneOffset.UTC);
      for (ZoneCoverage z : zones) {
        HexGrid grid = z.grid();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          for (CellCoverage c : z.cells()) {
            sb.setLength(0);
            sb.append(first ? "\n" : ",\n");
            first = false;
            feature(sb, z, grid, c, day);
            out.append(sb);
          }
        }
      }
    }
    out.write("\n]}\n");
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
