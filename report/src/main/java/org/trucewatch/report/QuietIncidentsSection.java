package org.trucewatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentStatus;

/**
 * Section 5: incidents that gave no finding under any provision: counted by kind, and those with
 * casualties listed, since harm to civilians is documented whether or not a provision covers it.
 */
final class QuietIncidentsSection {
  private QuietIncidentsSection() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    sb.append("<section id=\"incidents\">\n<h2>Incidents without findings</h2>\n");
    // counted in one pass, not gathered: a mission's quiet incidents are most of its incidents
    long quiet = 0;
    TreeMap<String, long[]> byKind = new TreeMap<>();
    List<IncidentSummary> harmed = new ArrayList<>();
    for (IncidentSummary i : idx.incidents()) {
      if (!idx.findingsOf(i.id()).isEmpty()) {
        continue;
      }
      quiet++;
      long[] n = byKind.computeIfAbsent(i.kind().code(), k -> new long[3]);
      n[0]++;
      if (i.status() == IncidentStatus.CORROBORATED) {
        n[1]++;
      }
      if (i.casualties().any()) {
        n[2]++;
        harmed.add(i);
      }
    }
    if (quiet == 0) {
      sb.append("<p class=\"none\">")
          .append(idx.incidents().isEmpty() ? "No incidents in the period." : "Every incident gave at least one finding.")
          .append("</p>\n</section>\n");
      return;
    }
    sb.append("<p>").append(ReportFormat.plural(quiet, "incident", "incidents"))
        .append(" touched no provision, or no provision in force that covers its activity.</p>\n");
    HtmlTable counts = new HtmlTable("counts", "Kind", "Incidents#", "Corroborated#", "With casualties#");
    byKind.forEach((kind, n) -> counts.row(HtmlText.escape(kind), Long.toString(n[0]), Long.toString(n[1]),
        Long.toString(n[2])));
    counts.appendTo(sb);
    if (harmed.isEmpty()) {
      sb.append("<p class=\"none\">None of them reports casualties.</p>\n");
    } else {
      sb.append("<h3>With casualties</h3>\n");
      HtmlTable t = new HtmlTable("incidents", "Time (UTC)", "Place", "Kind", "Incident", "Status", "Sources",
          "Casualties", "Attribution");
      // who is blamed for harm matters whether or not a provision covers it: graded as for findings
      Assessor assessor = new Assessor(idx.input().agreement(), idx.input().sources());
      for (IncidentSummary i : harmed) {
        t.row(
            ReportCells.time(i.start()),
            ReportCells.place(i),
            HtmlText.escape(i.kind().code()),
            ReportCells.id(i.id()),
            i.status().code(),
            ReportCells.sources(i.sourceIds(), idx),
            HtmlText.escape(ReportFormat.casualties(i.casualties())),
            ReportCells.attribution(assessor.attribution(i.keptMembers())));
      }
      t.appendTo(sb);
    }
    sb.append("</section>\n");
  }
}
