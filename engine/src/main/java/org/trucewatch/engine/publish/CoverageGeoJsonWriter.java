package org.trucewatch.engine.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.coverage.CellCoverage;
import org.trucewatch.core.coverage.DayCoverage;
import org.trucewatch.core.coverage.FootprintKind;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.coverage.ZoneCoverage;

/**
 * Writes {@code coverage.geojson} (format {@value #FORMAT}): one Polygon feature per H3 cell of
 * every zone, once, with the UTC days it was observed. Its size follows what was observed (zone
 * cells plus observed cell-days), not cells times days.
 *
 * <p>The collection carries {@code format} and {@code period} ({@code from} and {@code to}, the
 * UTC days of the run's first and last observation, both included; null without observations).
 * Each feature's properties: {@code zone}, {@code cell}, {@code resolution}, {@code
 * last_observed} (the cell's latest footprint time, null when never) and {@code observed_days},
 * one entry per UTC day a footprint covered it, in day order: {@code day}, {@code last_observed}
 * (the latest footprint time that day) and {@code by} (footprint kinds, sorted).
 *
 * <p>Any day's view follows from it (what {@link CoverageDayGeoJsonWriter} writes for that day):
 * a cell was observed on day D when D is among its {@code observed_days}, by that entry's {@code
 * by}; it was last observed by the end of D at the {@code last_observed} of its latest entry on
 * or before D. Features by zone (agreement order), then cell; coordinates to 6 decimals. Written
 * a feature at a time.
 */
public final class CoverageGeoJsonWriter {
  /** The format's name, bumped on incompatible change; the per-day layer before it had none. */
  public static final String FORMAT = "trucewatch-coverage/2";

  /** The file's text for the run's period, {@code periodStart} to {@code periodEnd} (null for none). */
  public String render(List<ZoneCoverage> zones, Instant periodStart, Instant periodEnd) {
    StringWriter out = new StringWriter();
    try {
      write(zones, periodStart, periodEnd, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the file's text to {@code out}, a feature at a time. */
  public void write(List<ZoneCoverage> zones, Instant periodStart, Instant periodEnd, Writer out) throws IOException {
    out.write("{\"type\":\"FeatureCollection\",\"format\":\"" + FORMAT + "\",\"period\":");
    if (periodStart == null) {
      out.write("null");
    } else {
      out.write("{\"from\":\"" + LocalDate.ofInstant(periodStart, ZoneOffset.UTC) + "\",\"to\":\""
          + LocalDate.ofInstant(periodEnd, ZoneOffset.UTC) + "\"}");
    }
    out.write(",\"features\":[");
    boolean first = true;
    StringBuilder sb = new StringBuilder(1024);
    for (ZoneCoverage z : zones) {
      for (CellCoverage c : z.cells()) {
        sb.setLength(0);
        sb.append(first ? "\n" : ",\n");
        first = false;
        feature(sb, z, c);
        out.append(sb);
      }
    }
    out.write("\n]}\n");
  }

  private static void feature(StringBuilder sb, ZoneCoverage z, CellCoverage c) {
    HexGrid grid = z.grid();
    sb.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
    Coordinate[] ring = grid.outline(c.cell()).getCoordinates();
    for (int i = 0; i < ring.length; i++) {
      sb.append(i == 0 ? "[" : ",[").append(JsonOutput.degrees(ring[i].x)).append(',')
          .append(JsonOutput.degrees(ring[i].y)).append(']');
    }
    sb.append("]]},\"properties\":{\"zone\":\"").append(z.provisionId()).append("\",\"cell\":\"")
        .append(HexGrid.address(c.cell())).append("\",\"resolution\":").append(grid.resolution())
        .append(",\"last_observed\":");
    if (c.lastObserved().isEmpty()) {
      sb.append("null");
    } else {
      sb.append('"').append(c.lastObserved().get()).append('"');
    }
    sb.append(",\"observed_days\":[");
    for (int i = 0; i < c.days().size(); i++) {
      DayCoverage d = c.days().get(i);
      sb.append(i == 0 ? "{" : ",{").append("\"day\":\"").append(d.day()).append("\",\"last_observed\":\"")
          .append(d.lastObserved()).append("\",\"by\":[");
      TreeSet<String> by = new TreeSet<>();
      for (FootprintKind k : d.by()) {
        by.add(k.code());
      }
      boolean firstKind = true;
      for (String k : by) {
        sb.append(firstKind ? "\"" : ",\"").append(k).append('"');
        firstKind = false;
      }
      sb.append("]}");
    }
    sb.append("]}}");
  }
}
