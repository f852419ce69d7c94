package org.trucewatch.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Attribution;
import org.trucewatch.core.assess.PartyClaim;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.source.Source;

/** Table cells the sections share, as escaped HTML. */
final class ReportCells {
  private ReportCells() {}

  /** The places the incident's observations name, else its centre's coordinates. */
  static String place(IncidentSummary i) {
    if (!i.places().isEmpty()) {
      return HtmlText.escape(String.join("; ", i.places()));
    }
    return "<span class=\"coords\">" + ReportFormat.degrees(i.centre().y) + ", " + ReportFormat.degrees(i.centre().x)
        + "</span>";
  }

  /** A UTC time to the minute that does not wrap. */
  static String time(Instant t) {
    return "<span class=\"nowrap\">" + ReportFormat.utcMinutes(t) + "</span>";
  }

  /** A short id with the full id on hover. */
  static String id(String hex) {
    return "<code title=\"" + HtmlText.escape(hex) + "\">" + HtmlText.escape(ReportFormat.shortId(hex)) + "</code>";
  }

  /** "omm-uav (A), firms-viirs (B)": each source with its reliability letter, its name on hover. */
  static String sources(Collection<String> sourceIds, ReportIndex idx) {
    List<String> parts = new ArrayList<>();
    for (String id : sourceIds) {
      parts.add(source(id, idx));
    }
    return parts.isEmpty() ? "<span class=\"muted\">none in the data</span>" : String.join(", ", parts);
  }

  /** One source with its reliability letter and, on hover, its name, grade and affiliation. */
  static String source(String sourceId, ReportIndex idx) {
    Source s = idx.input().sources().lookup(sourceId);
    StringBuilder title = new StringBuilder(s.name()).append(": ").append(s.reliability()).append(", ")
        .append(ReportFormat.words(s.reliability()));
    s.affiliation().ifPresent(a -> title.append("; affiliated with ").append(a));
    if (!idx.listed(sourceId)) {
      title.append("; not in the source directory, so graded F");
    }
    return "<span class=\"src\" title=\"" + HtmlText.escape(title.toString()) + "\">" + HtmlText.escape(sourceId)
        + " (" + s.reliability() + (idx.listed(sourceId) ? "" : ", unlisted") + ")</span>";
  }

  /** The touched element nearest to the incident: the one a finding is listed under. */
  static Touch primary(Finding f) {
    return f.elements().stream()
        .min(Comparator.comparingDouble(Touch::distanceMetres).thenComparing(Touch::elementId))
        .orElse(null);
  }

  /** "2.10 km from the centre (radius 5.00 km)", "800 m from the centreline (half width 15.00 km)", "inside". */
  static String distance(Touch t, ReportIndex idx) {
    if (t == null) {
      return "<span class=\"muted\">no place recorded</span>";
    }
    if (t.limitMetres() <= 0) {
      return "inside";
    }
    boolean band = idx.element(t.elementId()).map(e -> e.region() instanceof LineBand)
        .orElse(false);
    return ReportFormat.distance(t.distanceMetres()) + (band ? " from the centreline" : " from the centre")
        + " <span class=\"muted\">(" + (band ? "half width " : "radius ") + ReportFormat.distance(t.limitMetres())
        + ")</span>";
  }

  /**
   * "unattributed" (marked as such), "claimed by RU (2 observations; possible)", "contested: RU (2;
   * possible), UA (1; unsubstantiated)", each claim's grade reason in its title.
   */
  static String attribution(Attribution a) {
    if (a instanceof Attribution.Claimed c) {
      return "claimed by " + HtmlText.escape(c.party()) + " <span class=\"muted\" title=\""
          + HtmlText.escape(c.claim().gradeReason()) + "\">("
          + ReportFormat.plural(c.evidence().size(), "observation", "observations") + "; " + c.claim().grade().code()
          + ")</span>";
    }
    if (a instanceof Attribution.Contested c) {
      List<String> parts = new ArrayList<>();
      for (PartyClaim x : c.claims()) {
        parts.add(HtmlText.escape(x.party()) + " <span title=\"" + HtmlText.escape(x.gradeReason()) + "\">("
            + x.evidence().size() + "; " + x.grade().code() + ")</span>");
      }
      return "<span class=\"contested\">contested</span>: " + String.join(", ", parts);
    }
    return "<span class=\"unattributed\">unattributed</span>";
  }

  /** A link to the finding's evidence. */
  static String findingLink(Finding f) {
    return "<a href=\"#" + EvidenceSection.anchor(f) + "\">" + HtmlText.escape(ReportFormat.shortId(f.id())) + "</a>";
  }
}
