package org.trucewatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.thermal.SiteDayCoverage;
import org.trucewatch.core.thermal.SiteDayStatus;

/**
 * The report's protected-sites section: one part per site class (nuclear, thermal, hydro,
 * substation, refinery, port, then any other class the agreement uses), each with a row per
 * site: its findings (linked to their evidence), the detections they rest on, and on how many
 * of its protected days a satellite pass covered it, with the days it was not observed named, so
 * that "no anomaly" is never read where nothing could be seen.
 */
public final class SiteClassesSection implements ReportSection {
  /** The classes every report lists, in this order, even when the agreement has no such site. */
  public static final List<String> CLASSES = List.of("nuclear", "thermal", "hydro", "substation", "refinery", "port");

  private final Agreement agreement;
  private final List<Finding> findings;
  private final List<SiteDayCoverage> coverage;

  /** The section for these findings and this coverage. */
  public SiteClassesSection(Agreement agreement, List<Finding> findings, List<SiteDayCoverage> coverage) {
    this.agreement = agreement;
    this.findings = List.copyOf(findings);
    this.coverage = List.copyOf(coverage);
  }

  @Override
  public String anchor() {
    return "sites";
  }

  @Override
  public String title() {
    return "Protected sites by class";
  }

  /** One protected site with the provision protecting it. */
  private record Site(String provisionId, ProtectedSite site) {}

  @Override
  public void appendTo(StringBuilder sb) {
    Map<String, List<Site>> byClass = new TreeMap<>();
    for (Provision p : agreement.provisions()) {
      if (p instanceof ProtectedSitesProvision ps) {
        for (ProtectedSite s : ps.sites()) {
          byClass.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(new Site(p.id(), s));
        }
      }
    }
    Set<String> classes = new LinkedHashSet<>(CLASSES);
    classes.addAll(byClass.keySet());
    sb.append("<section id=\"sites\">\n<h2>Protected sites by class</h2>\n")
        .append("<p class=\"muted\">A site counts as observed on a day when a satellite pass evidenced by"
            + " thermal detections spans it (see docs/space-layer.md), and clouded when the cloud cover given"
            + " for it is at or above three quarters. On a day it was not observed, no anomaly means nothing.</p>\n");
    for (String c : classes) {
      List<Site> sites = new ArrayList<>(byClass.getOrDefault(c, List.of()));
      sites.sort(java.util.Comparator.comparing((Site s) -> s.site().name()).thenComparing(s -> s.site().id()));
      sb.append("<h3 id=\"sites-").append(HtmlText.escape(c)).append("\">").append(HtmlText.escape(title(c)))
          .append("</h3>\n");
      if (sites.isEmpty()) {
        sb.append("<p class=\"muted\">The agreement protects no site of this class.</p>\n");
        continue;
      }
      HtmlTable t = new HtmlTable("sites", "Site", "Radius", "Findings", "Detections#", "Observed#", "Clouded#",
          "Not observed#", "Days not observed");
      for (Site s : sites) {
        t.row(row(s));
      }
      t.appendTo(sb);
    }
    sb.append("</section>\n");
  }

  private String[] row(Site s) {
    String element = s.provisionId() + "/" + s.site().id();
    StringBuilder links = new StringBuilder();
    Set<ObservationId> detections = new java.util.TreeSet<>();
    for (Finding f : findings) {
      boolean here = false;
      for (Touch t : f.elements()) {
        here |= t.provisionId().equals(s.provisionId()) && (t.elementId().equals(element) || t.elementId().equals(s.site().id()));
      }
      if (here) {
        links.append(links.length() == 0 ? "" : " ").append(ReportCells.findingLink(f))
            .append(" <span class=\"muted\">").append(HtmlText.escape(f.grade().code())).append("</span>");
        detections.addAll(f.evidence());
      }
    }
    int observed = 0;
    int clouded = 0;
    List<LocalDate> unseen = new ArrayList<>();
    for (SiteDayCoverage d : coverage) {
      if (!d.provisionId().equals(s.provisionId()) || !d.siteId().equals(s.site().id())) {
        continue;
      }
      if (d.status() == SiteDayStatus.OBSERVED) {
        observed++;
      } else if (d.status() == SiteDayStatus.CLOUDED) {
        clouded++;
      } else {
        unseen.add(d.day());
      }
    }
    return new String[] {
      HtmlText.escape(s.site().name()) + " <span class=\"muted\">" + HtmlText.escape(s.site().country().orElse("")) + "</span>",
      ReportFormat.distance(s.site().radiusMetres()),
      links.length() == 0 ? "<span class=\"muted\">none</span>" : links.toString(),
      Integer.toString(detections.size()),
      Integer.toString(observed),
      Integer.toString(clouded),
      Integer.toString(unseen.size()),
      HtmlText.escape(days(unseen)),
    };
  }

  /** Days as ranges: "2023-03-01 to 2023-03-03, 2023-03-07". */
  static String days(List<LocalDate> days) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < days.size()) {
      int j = i;
      while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
        j++;
      }
      sb.append(sb.length() == 0 ? "" : ", ").append(days.get(i));
      if (j > i) {
        sb.append(" to ").append(days.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  private static String title(String c) {
    switch (c) {
      case "nuclear":
        return "Nuclear power plants";
      case "thermal":
        return "Thermal power plants";
      case "hydro":
        return "Hydroelectric plants";
      case "substation":
        return "Substations";
      case "refinery":
        return "Refineries";
      case "port":
        return "Ports";
      default:
        return "Other: " + c;
    }
  }
}
