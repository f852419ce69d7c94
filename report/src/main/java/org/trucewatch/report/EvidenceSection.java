package org.trucewatch.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;

/**
 * Section 4: for each finding, its explanation and the observations it rests on, each with its
 * source's grade and where in the ledger it was read from, so a reader can check the finding
 * against the raw input.
 */
final class EvidenceSection {
  private EvidenceSection() {}

  /** The finding's anchor in the report: {@code finding-} and the first 12 hex digits of its id. */
  static String anchor(Finding f) {
    return "finding-" + HtmlText.escape(ReportFormat.shortId(f.id()));
  }

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    sb.append("<section id=\"evidence\">\n<h2>Evidence behind each finding</h2>\n");
    if (idx.findings().isEmpty()) {
      sb.append("<p class=\"none\">No findings, so no evidence to show.</p>\n");
    }
    for (Finding f : idx.findings()) {
      appendFinding(sb, idx, f);
    }
    sb.append("</section>\n");
  }

  private static void appendFinding(StringBuilder sb, ReportIndex idx, Finding f) {
    Optional<IncidentSummary> incident = idx.incident(f.incidentId());
    String provision = idx.provision(f.provisionId()).map(Provision::name).orElse(f.provisionId());
    Touch primary = ReportCells.primary(f);
    sb.append("<article class=\"finding\" id=\"").append(anchor(f)).append("\">\n<h3>")
        .append(GradeStyle.badge(f.grade())).append(' ').append(HtmlText.escape(f.kind().code())).append(": ")
        .append(HtmlText.escape(primary == null ? provision : primary.elementName())).append(", ")
        .append(ReportFormat.utcMinutes(f.time())).append(" UTC</h3>\n");
    sb.append("<p class=\"meta\">Finding ").append(ReportCells.id(f.id())).append(" under <a href=\"#provision-")
        .append(HtmlText.escape(f.provisionId())).append("\">").append(HtmlText.escape(provision)).append("</a>; incident ")
        .append(ReportCells.id(f.incidentId()));
    incident.ifPresent(i -> sb.append(" (").append(HtmlText.escape(i.kind().code())).append(", ")
        .append(i.status().code()).append(", ")
        .append(ReportFormat.plural(i.independentSources(), "independent source", "independent sources"))
        .append(", casualties ").append(HtmlText.escape(ReportFormat.casualties(i.casualties()))).append(')'));
    sb.append("; attribution: ").append(ReportCells.attribution(f.attribution())).append(".</p>\n");
    sb.append("<p class=\"grade-reason\">").append(HtmlText.escape(f.gradeReason())).append("</p>\n");
    sb.append("<p class=\"explanation\">").append(HtmlText.escape(f.explanation())).append("</p>\n");

    HtmlTable t = new HtmlTable("evidence", "Time (UTC)", "Source", "Credibility", "Kind", "Latitude#",
        "Longitude#", "Uncertainty#", "Provenance", "Observation");
    for (Map.Entry<ObservationId, Optional<Observation>> e : idx.evidenceOf(f).entrySet()) {
      if (e.getValue().isEmpty()) {
        t.row("", "", "", "", "", "", "", "<span class=\"warn\">not among the incident's observations</span>", "",
            ReportCells.id(e.getKey().hex()));
        continue;
      }
      Observation o = e.getValue().get();
      Coordinate c = o.representativeCoordinate();
      String shape = o.geometry() instanceof Point ? "" : " <span class=\"muted\">(centre of "
          + HtmlText.escape(o.geometry().getGeometryType().toLowerCase(Locale.ROOT)) + ")</span>";
      t.row(
          "<span class=\"nowrap\">" + ReportFormat.utcSeconds(o.eventTime()) + "</span>",
          ReportCells.source(o.sourceId(), idx),
          o.credibility().rating() + " <span class=\"muted\">" + ReportFormat.words(o.credibility()) + "</span>",
          HtmlText.escape(o.kind().code()) + (o.kind().direct() ? "" : " <span class=\"muted\">(indirect)</span>"),
          ReportFormat.degrees(c.y) + shape,
          ReportFormat.degrees(c.x),
          ReportFormat.distance(o.uncertaintyMetres()),
          "<span title=\"ledger entry " + HtmlText.escape(o.provenance().entrySha256()) + "\">"
              + HtmlText.escape(o.provenance().toString()) + "</span>",
          ReportCells.id(o.id().hex()));
    }
    t.appendTo(sb);
    idx.evidenceOf(f).values().forEach(o -> o.ifPresent(obs -> TrackEvidence.appendTo(sb, obs)));
    incident.ifPresent(i -> {
      long context = i.memberCount() - f.evidence().size();
      if (context > 0) {
        sb.append("<p class=\"muted\">").append(ReportFormat.plural(context, "further observation", "further observations"))
            .append(" in the incident ").append(context == 1 ? "is" : "are")
            .append(" context, not evidence under this provision (another place, time or activity).</p>\n");
      }
    });
    sb.append("</article>\n");
  }
}
