package org.trucewatch.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentSummaryColumns;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleEvent;
import org.trucewatch.core.lifecycle.LifecycleState;

/**
 * The analysts' review: how many incidents stand in each lifecycle state, and for every incident
 * an analyst acted on (or that evidence sent back to review), its history with the reasons given,
 * oldest step first.
 */
public final class ReviewSection implements ReportSection {
  private final List<IncidentSummary> incidents;
  private final Map<String, IncidentLifecycle> lifecycles;

  /** The section for these incidents (in report order) and their lifecycles by incident id. */
  public ReviewSection(List<IncidentSummary> incidents, Map<String, IncidentLifecycle> lifecycles) {
    this.incidents = IncidentSummaryColumns.frozen(incidents);
    this.lifecycles = Map.copyOf(lifecycles);
  }

  /** Whether any incident has a review history, i.e. whether the report needs this section. */
  public boolean hasHistory() {
    return lifecycles.values().stream().anyMatch(IncidentLifecycle::hasHistory);
  }

  @Override
  public String anchor() {
    return "review";
  }

  @Override
  public String title() {
    return "Analysts' review";
  }

  @Override
  public void appendTo(StringBuilder sb) {
    sb.append("<section id=\"review\">\n<h2>Analysts' review</h2>\n");
    TreeMap<LifecycleState, Long> counts = new TreeMap<>();
    for (IncidentSummary i : incidents) {
      counts.merge(state(i), 1L, Long::sum);
    }
    HtmlTable t = new HtmlTable("counts", "State", "Incidents#");
    counts.forEach((s, n) -> t.row(s.code(), Long.toString(n)));
    t.appendTo(sb);
    for (IncidentSummary i : incidents) {
      IncidentLifecycle l = lifecycles.get(i.id());
      if (l == null || !l.hasHistory()) {
        continue;
      }
      sb.append("<h3 id=\"review-").append(i.id()).append("\">Incident ").append(ReportCells.id(i.id()))
          .append(", ").append(HtmlText.escape(i.kind().code())).append(", ").append(ReportCells.place(i))
          .append(": ").append(l.state().code()).append("</h3>\n");
      HtmlTable h = new HtmlTable("history", "Time (UTC)", "Step", "By", "From", "To", "Reason");
      for (LifecycleEvent e : l.history()) {
        h.row(
            e.at().map(ReportCells::time).orElse("now"),
            e.review().map(r -> r.action().code()).orElse(e.kind().code()),
            HtmlText.escape(e.review().map(r -> r.analyst()).orElse("evidence")),
            e.from().code(),
            e.to().code(),
            HtmlText.escape(e.review().map(r -> e.kind() == LifecycleEvent.Kind.ACTION ? r.reason() : e.explanation())
                .orElse(e.explanation())));
      }
      h.appendTo(sb);
    }
    sb.append("</section>\n");
  }

  private LifecycleState state(IncidentSummary i) {
    IncidentLifecycle l = lifecycles.get(i.id());
    return l == null ? LifecycleState.of(i.status()) : l.state();
  }
}
