package org.trucewatch.report;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.observation.Observation;

/**
 * Civilian casualties with their sources: every incident in the period that reports casualties,
 * whether or not it gave a finding, with the combined figures and, under them, what each source
 * reported, so a reader sees who said how many rather than one unattributed number.
 */
final class CasualtiesSection {
  private CasualtiesSection() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    sb.append("<section id=\"casualties\">\n<h2>Civilian casualties and their sources</h2>\n");
    List<IncidentSummary> harmed = new ArrayList<>();
    long killedAtLeast = 0;
    long injuredAtLeast = 0;
    for (IncidentSummary i : idx.incidents()) {
      if (i.casualties().any()) {
        harmed.add(i);
        killedAtLeast += i.casualties().killed().min();
        injuredAtLeast += i.casualties().injured().min();
      }
    }
    if (harmed.isEmpty()) {
      sb.append("<p class=\"none\">No source reports casualties in the period.</p>\n</section>\n");
      return;
    }
    sb.append("<p>").append(ReportFormat.plural(harmed.size(), "incident reports", "incidents report"))
        .append(" casualties: at least ").append(killedAtLeast).append(" killed and ").append(injuredAtLeast)
        .append(" injured, taking each incident's lowest combined figure. Figures are as the sources give them;"
            + " they are not verified counts.</p>\n");
    HtmlTable t = new HtmlTable("incidents", "Time (UTC)", "Place", "Incident", "Combined", "Source", "Reported");
    for (IncidentSummary i : harmed) {
      boolean first = true;
      for (EnrichedObservation m : i.keptMembers()) {
        Observation o = m.observation();
        if (!o.casualties().any()) {
          continue;
        }
        t.row(
            first ? ReportCells.time(i.start()) : "",
            first ? ReportCells.place(i) : "",
            first ? ReportCells.id(i.id()) : "",
            first ? HtmlText.escape(ReportFormat.casualties(i.casualties())) : "",
            ReportCells.source(o.sourceId(), idx),
            HtmlText.escape(ReportFormat.casualties(o.casualties())));
        first = false;
      }
    }
    t.appendTo(sb);
    sb.append("</section>\n");
  }
}
