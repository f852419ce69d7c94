package org.trucewatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.EvidenceLayer;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentSummaryColumns;
import org.trucewatch.core.fuse.Origin;
import org.trucewatch.core.fuse.Stance;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

/**
 * The evidence of each incident with a finding, layer by layer in the order a reader checks it
 * (space, ground, air, sea, reports; see {@link EvidenceLayer}): per layer the sources with their
 * grade (reliability and best credibility), how many observations, which origins deny it, and the
 * finding's grade with its reason.
 */
public final class IncidentLayersSection implements ReportSection {
  private final List<IncidentSummary> incidents;
  private final Map<String, List<Finding>> findingsByIncident = new HashMap<>();
  private final SourceDirectory sources;

  /** The section for these incidents and findings, grading sources from the directory. */
  public IncidentLayersSection(List<IncidentSummary> incidents, List<Finding> findings, SourceDirectory sources) {
    this.incidents = IncidentSummaryColumns.inReportOrder(incidents);
    for (Finding f : findings) {
      findingsByIncident.computeIfAbsent(f.incidentId(), k -> new ArrayList<>()).add(f);
    }
    findingsByIncident.values().forEach(l -> l.sort(Comparator.comparing(Finding::id)));
    this.sources = sources;
  }

  @Override
  public String anchor() {
    return "incident-layers";
  }

  @Override
  public String title() {
    return "Incidents by layer of evidence";
  }

  @Override
  public void appendTo(StringBuilder sb) {
    sb.append("<section id=\"incident-layers\">\n<h2>Incidents by layer of evidence</h2>\n");
    sb.append("<p class=\"muted\">Each incident with a finding, its evidence layer by layer in the order to check it: ")
        .append("space, ground, air, sea, then reports. Sources show their reliability (A-F) and the best ")
        .append("credibility (1-6) they gave; corroboration counts independent origins, not outlets.</p>\n");
    int shown = 0;
    for (IncidentSummary i : incidents) {
      List<Finding> fs = findingsByIncident.get(i.id());
      if (fs == null) {
        continue;
      }
      shown++;
      appendIncident(sb, i, fs);
    }
    if (shown == 0) {
      sb.append("<p class=\"none\">No incident has a finding.</p>\n");
    }
    sb.append("</section>\n");
  }

  private void appendIncident(StringBuilder sb, IncidentSummary i, List<Finding> fs) {
    sb.append("<article class=\"incident\" id=\"incident-").append(HtmlText.escape(i.id())).append("\">\n<h3>")
        .append(HtmlText.escape(i.kind().code())).append(", ").append(ReportFormat.utcMinutes(i.start()))
        .append(" UTC, incident ").append(ReportCells.id(i.id())).append("</h3>\n");
    sb.append("<p class=\"meta\">").append(HtmlText.escape(i.status().code())).append(": ")
        .append(ReportFormat.plural(i.independentSources(), "independent origin", "independent origins"))
        .append(" support it (").append(HtmlText.escape(String.join(", ", i.supportingOrigins()))).append(")");
    if (!i.contradictingOrigins().isEmpty()) {
      sb.append("; denied by ").append(HtmlText.escape(String.join(", ", i.contradictingOrigins())));
    }
    sb.append(".</p>\n<ul class=\"grades\">\n");
    for (Finding f : fs) {
      sb.append("<li>").append(GradeStyle.badge(f.grade())).append(' ').append(HtmlText.escape(f.provisionId()))
          .append(": ").append(HtmlText.escape(f.gradeReason())).append("</li>\n");
    }
    sb.append("</ul>\n");
    EnumMap<EvidenceLayer, Map<String, int[]>> byLayer = new EnumMap<>(EvidenceLayer.class);
    EnumMap<EvidenceLayer, List<String>> denials = new EnumMap<>(EvidenceLayer.class);
    for (EnrichedObservation m : i.keptMembers()) {
      Observation o = m.observation();
      Source s = sources.lookup(o.sourceId());
      EvidenceLayer layer = EvidenceLayer.of(o, s);
      // per source: observations, best (lowest) credibility rating
      int[] c = byLayer.computeIfAbsent(layer, k -> new java.util.TreeMap<>())
          .computeIfAbsent(o.sourceId(), k -> new int[] {0, 6});
      c[0]++;
      c[1] = Math.min(c[1], o.credibility().rating());
      if (Stance.of(o) == Stance.DENIES) {
        denials.computeIfAbsent(layer, k -> new ArrayList<>()).add(o.sourceId() + " (" + Origin.keyOf(o, sources) + ")");
      }
    }
    HtmlTable t = new HtmlTable("incident-layers", "Layer", "Sources (grade, observations)", "Denials");
    for (Map.Entry<EvidenceLayer, Map<String, int[]>> e : byLayer.entrySet()) {
      List<String> cells = new ArrayList<>();
      e.getValue().forEach((src, c) -> cells.add(HtmlText.escape(src) + " " + sources.lookup(src).reliability() + c[1]
          + " <span class=\"muted\">(" + c[0] + ")</span>"));
      List<String> d = denials.getOrDefault(e.getKey(), List.of());
      t.row(e.getKey().code(), String.join(", ", cells), d.isEmpty() ? "" : HtmlText.escape(String.join(", ", d)));
    }
    t.appendTo(sb);
    sb.append("</article>\n");
  }
}
