package org.trucewatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.fuse.IncidentSummary;

/**
 * Section 3: the findings under each provision, in the agreement's order, and within a
 * provision per place (the touched element nearest to the incident), by time. A provision
 * without findings is listed too, so its silence is visible.
 */
final class FindingsSection {
  private FindingsSection() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    sb.append("<section id=\"findings\">\n<h2>Findings by provision</h2>\n");
    TreeMap<String, List<Finding>> byProvision = new TreeMap<>();
    for (Finding f : idx.findings()) {
      byProvision.computeIfAbsent(f.provisionId(), k -> new ArrayList<>()).add(f);
    }
    for (Provision p : idx.input().agreement().provisions()) {
      List<Finding> fs = byProvision.getOrDefault(p.id(), List.of());
      byProvision.remove(p.id());
      sb.append("<h3 id=\"provision-").append(HtmlText.escape(p.id())).append("\">").append(HtmlText.escape(p.name()))
          .append("</h3>\n<p class=\"sub\">").append(HtmlText.escape(describe(p))).append(". ")
          .append(ReportFormat.plural(fs.size(), "finding", "findings")).append(".</p>\n");
      if (fs.isEmpty()) {
        // a zone's "no finding" is only as good as what was seen of it
        sb.append("<p class=\"none\">No findings under this provision in the period")
            .append(HtmlText.escape(CoverageSection.restsOn(idx.input(), p.id()).orElse(""))).append(".</p>\n");
        continue;
      }
      appendByElement(sb, idx, p, fs);
    }
    // findings naming a provision the agreement lacks: shown, not dropped
    byProvision.forEach((id, fs) -> {
      sb.append("<h3>Provision <code>").append(HtmlText.escape(id))
          .append("</code> <span class=\"warn\">(not in the agreement)</span></h3>\n");
      appendByElement(sb, idx, null, fs);
    });
    sb.append("</section>\n");
  }

  /** "protected-sites; parties RU, UA; prohibits strike; in force from 2025-03-18T00:00:00Z". */
  private static String describe(Provision p) {
    List<String> activities = new ArrayList<>();
    p.activities().forEach(a -> activities.add(a.code()));
    activities.sort(null);
    return p.kindCode() + "; parties " + String.join(", ", p.parties()) + "; "
        + (p.prohibits() ? "prohibits " : "alerts on ") + String.join(", ", activities) + "; in force "
        + p.period();
  }

  private static void appendByElement(StringBuilder sb, ReportIndex idx, Provision p, List<Finding> fs) {
    Map<String, List<Finding>> byElement = new LinkedHashMap<>();
    // the provision's own order of places first, then any place it does not list, by id
    if (p != null) {
      for (ProvisionElement e : p.elements()) {
        byElement.put(e.id(), new ArrayList<>());
      }
    }
    TreeMap<String, List<Finding>> unlisted = new TreeMap<>();
    for (Finding f : fs) {
      Touch t = ReportCells.primary(f);
      String key = t == null ? "" : t.elementId();
      if (byElement.containsKey(key)) {
        byElement.get(key).add(f);
      } else {
        unlisted.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      }
    }
    byElement.putAll(unlisted);
    for (Map.Entry<String, List<Finding>> e : byElement.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      appendElement(sb, idx, e.getKey(), e.getValue());
    }
  }

  private static void appendElement(StringBuilder sb, ReportIndex idx, String elementId, List<Finding> fs) {
    Optional<ProvisionElement> element = idx.element(elementId);
    Touch first = ReportCells.primary(fs.get(0));
    String name = element.map(ProvisionElement::name).orElse(first == null ? "(no place recorded)" : first.elementName());
    String category = element.map(ProvisionElement::category).orElse(first == null ? "" : first.category());
    sb.append("<h4>").append(HtmlText.escape(name)).append(" <span class=\"sub\">")
        .append(HtmlText.escape(category)).append(", ").append(ReportFormat.plural(fs.size(), "finding", "findings"))
        .append("</span></h4>\n");
    HtmlTable t = new HtmlTable("findings", "Time (UTC)", "Place", "Grade", "Kind", "Incident", "Distance",
        "Sources", "Casualties", "Attribution", "Evidence");
    for (Finding f : fs) {
      Optional<IncidentSummary> incident = idx.incident(f.incidentId());
      Touch primary = ReportCells.primary(f);
      StringBuilder distance = new StringBuilder(ReportCells.distance(primary, idx));
      for (Touch other : f.elements()) {
        if (other != primary) {
          distance.append("<br/><span class=\"muted\">also ").append(HtmlText.escape(other.elementName()))
              .append(": ").append(ReportFormat.distance(other.distanceMetres())).append("</span>");
        }
      }
      t.row(
          ReportCells.time(f.time()),
          incident.map(ReportCells::place).orElse("<span class=\"warn\">incident not in the data</span>"),
          GradeStyle.badge(f.grade()),
          HtmlText.escape(f.kind().code()),
          ReportCells.id(f.incidentId()),
          distance.toString(),
          ReportCells.sources(idx.evidenceSources(f), idx),
          incident.map(i -> HtmlText.escape(ReportFormat.casualties(i.casualties()))).orElse(""),
          ReportCells.attribution(f.attribution()),
          ReportCells.findingLink(f));
    }
    t.appendTo(sb);
  }
}
