package org.trucewatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.coverage.UnobservedArea;
import org.trucewatch.core.coverage.ZoneCoverage;

/**
 * The report's coverage section: for each zone, the share of its area observed in the last 24
 * and 72 hours before the end of the period, its largest unobserved areas, and, where the zone
 * has no finding, what that "no finding" rests on. No observation is not the same as no violation.
 */
final class CoverageSection {
  /** How many unobserved areas the report lists per zone. */
  static final int LARGEST = 5;

  private CoverageSection() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    ReportInput in = idx.input();
    sb.append("<section id=\"coverage\">\n<h2>Coverage of the zones</h2>\n");
    if (in.coverage().isEmpty()) {
      sb.append("<p>No zone to cover: the agreement has no zone provision.</p>\n</section>\n");
      return;
    }
    sb.append("<p>Each zone is cut into H3 cells (resolution ").append(in.coverage().get(0).grid().resolution())
        .append("); a cell counts as observed when a patrol swath, an imagery footprint or a satellite pass covered"
            + " its centre. Shares are of the zone's area, counted back from ");
    if (!in.hasPeriod()) {
      sb.append("the end of the period; there were no observations, so nothing was observed.</p>\n");
    } else {
      sb.append(HtmlText.escape(ReportFormat.utcMinutes(in.periodEnd()))).append(" UTC, the last observation.</p>\n");
    }
    Instant end = in.hasPeriod() ? in.periodEnd() : Instant.EPOCH;
    Instant day = end.minus(Duration.ofHours(24));
    Instant threeDays = end.minus(Duration.ofHours(72));
    HtmlTable table = new HtmlTable("coverage", "Zone", "Area km²#", "Observed, 24 h#", "Observed, 72 h#",
        "Findings#", "What the findings rest on");
    for (ZoneCoverage z : in.coverage()) {
      long findings = countFindings(idx.findings(), z.provisionId());
      double share24 = in.hasPeriod() ? z.shareObservedSince(day) : 0;
      double share72 = in.hasPeriod() ? z.shareObservedSince(threeDays) : 0;
      double area = z.areaSquareKilometres();
      String statement = findings == 0
          ? "No finding, resting on " + percent(share24) + " of the zone observed in the last 24 h (" + percent(share72)
              + " in 72 h); " + km2(area * (1 - share72)) + " were not observed, and of those nothing can be said."
          : "Findings above; " + km2(area * (1 - share72)) + " of the zone were not observed in 72 h.";
      table.row(HtmlText.escape(z.zoneName()) + " <span class=\"muted\">" + HtmlText.escape(z.provisionId()) + "</span>",
          km2Number(area), percent(share24), percent(share72), Long.toString(findings), HtmlText.escape(statement));
    }
    table.appendTo(sb);
    for (ZoneCoverage z : in.coverage()) {
      List<UnobservedArea> holes = in.hasPeriod() ? z.unobservedAreas(threeDays) : z.unobservedAreas(Instant.MAX);
      sb.append("<h3>Largest unobserved areas: ").append(HtmlText.escape(z.zoneName())).append("</h3>\n");
      if (holes.isEmpty()) {
        sb.append("<p>Every cell of the zone was observed in the last 72 h.</p>\n");
        continue;
      }
      HtmlTable t = new HtmlTable("unobserved", "Area km²#", "Cells#", "Centre (lat, lon)");
      for (UnobservedArea h : holes.subList(0, Math.min(LARGEST, holes.size()))) {
        t.row(km2Number(h.areaSquareKilometres()), Integer.toString(h.cells().size()),
            ReportFormat.degrees(h.centre().y) + ", " + ReportFormat.degrees(h.centre().x));
      }
      t.appendTo(sb);
      if (holes.size() > LARGEST) {
        sb.append("<p class=\"muted\">and ").append(holes.size() - LARGEST).append(" smaller ones; all in coverage.geojson.</p>\n");
      }
    }
    sb.append("</section>\n");
  }

  /**
   * For a zone with mapped coverage, what its "no finding" rests on: "; this rests on 59.2 % of
   * the zone observed in the last 24 h (59.2 % in 72 h)". Empty for other provisions.
   */
  static java.util.Optional<String> restsOn(ReportInput in, String provisionId) {
    for (ZoneCoverage z : in.coverage()) {
      if (z.provisionId().equals(provisionId)) {
        double d = in.hasPeriod() ? z.shareObservedSince(in.periodEnd().minus(Duration.ofHours(24))) : 0;
        double t = in.hasPeriod() ? z.shareObservedSince(in.periodEnd().minus(Duration.ofHours(72))) : 0;
        return java.util.Optional.of("; this rests on " + percent(d) + " of the zone observed in the last 24 h ("
            + percent(t) + " in 72 h): see Coverage of the zones");
      }
    }
    return java.util.Optional.empty();
  }

  private static long countFindings(List<Finding> findings, String provisionId) {
    return findings.stream().filter(f -> f.provisionId().equals(provisionId)).count();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  private static String km2(double v) {
    return String.format(Locale.ROOT, "%.0f km²", v);
  }

  private static String km2Number(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
