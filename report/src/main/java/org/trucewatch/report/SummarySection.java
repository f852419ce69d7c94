package org.trucewatch.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.assess.FindingKind;

/** Section 1: the title, the period the data covers, and the counts in one paragraph. */
final class SummarySection {
  /** The caveat every reader must see: absence of evidence is not evidence of absence. */
  static final String COVERAGE_CAVEAT =
      "No observation is not the same as no violation. This report covers only what the inputs listed"
          + " below observed, where and when they observed it; events in places or at times without"
          + " coverage would not appear here.";

  private SummarySection() {}

  /** The document title: agreement title and period. */
  static String title(ReportIndex idx) {
    return "Daily report: " + idx.input().agreement().title() + ", " + period(idx);
  }

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    ReportInput in = idx.input();
    sb.append("<header>\n<h1>Daily report: ").append(HtmlText.escape(in.agreement().title())).append("</h1>\n");
    sb.append("<p class=\"period\">Period covered: <strong>").append(HtmlText.escape(period(idx)))
        .append("</strong> (the earliest and latest event time in the data). Agreement <code>")
        .append(HtmlText.escape(in.agreement().id())).append("</code>.</p>\n</header>\n");

    sb.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p>").append(HtmlText.escape(paragraph(idx)))
        .append("</p>\n");
    countsTable(idx).appendTo(sb);
    sb.append("<p class=\"caveat\"><strong>Coverage.</strong> ").append(HtmlText.escape(COVERAGE_CAVEAT))
        .append("</p>\n</section>\n");
  }

  private static String period(ReportIndex idx) {
    ReportInput in = idx.input();
    if (!in.hasPeriod()) {
      return "no observations";
    }
    return ReportFormat.utcMinutes(in.periodStart()) + " to " + ReportFormat.utcMinutes(in.periodEnd()) + " UTC";
  }

  /** The summary paragraph, as plain text. */
  static String paragraph(ReportIndex idx) {
    ReportInput in = idx.input();
    Map<FindingKind, Map<FindingGrade, Integer>> counts = counts(idx);
    long quiet = idx.incidents().stream().filter(i -> idx.findingsOf(i.id()).isEmpty()).count();
    StringBuilder sb = new StringBuilder();
    sb.append(ReportFormat.plural(idx.findings().size(), "finding", "findings")).append(": ")
        .append(kindCount(counts, FindingKind.POSSIBLE_VIOLATION, "possible violation", "possible violations"))
        .append(" and ").append(kindCount(counts, FindingKind.ALERT, "alert", "alerts")).append(". ");
    sb.append(ReportFormat.plural(idx.incidents().size(), "incident was", "incidents were"))
        .append(" fused from the observations (").append(quiet).append(" without a finding), drawing on ")
        .append(ReportFormat.plural(idx.incidentSources().size(), "source", "sources")).append(". ");
    sb.append(ReportFormat.plural(idx.observationCount(), "observation was", "observations were"))
        .append(" accepted from ").append(ReportFormat.plural(in.inputs().size(), "input", "inputs")).append("; ")
        .append(ReportFormat.plural(in.rejectCount(), "line was", "lines were")).append(" rejected.");
    return sb.toString();
  }

  private static String kindCount(
      Map<FindingKind, Map<FindingGrade, Integer>> counts, FindingKind kind, String one, String many) {
    Map<FindingGrade, Integer> byGrade = counts.get(kind);
    int total = byGrade.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return "no " + many;
    }
    List<String> parts = new ArrayList<>();
    byGrade.forEach((g, n) -> {
      if (n > 0) {
        parts.add(n + " " + g.code());
      }
    });
    return ReportFormat.plural(total, one, many) + " (" + String.join(", ", parts) + ")";
  }

  private static Map<FindingKind, Map<FindingGrade, Integer>> counts(ReportIndex idx) {
    Map<FindingKind, Map<FindingGrade, Integer>> out = new EnumMap<>(FindingKind.class);
    for (FindingKind k : FindingKind.values()) {
      Map<FindingGrade, Integer> m = new EnumMap<>(FindingGrade.class);
      for (FindingGrade g : FindingGrade.values()) {
        m.put(g, 0);
      }
      out.put(k, m);
    }
    for (Finding f : idx.findings()) {
      out.get(f.kind()).merge(f.grade(), 1, Integer::sum);
    }
    return out;
  }

  private static HtmlTable countsTable(ReportIndex idx) {
    Map<FindingKind, Map<FindingGrade, Integer>> counts = counts(idx);
    List<String> headers = new ArrayList<>();
    headers.add("Findings");
    for (FindingGrade g : FindingGrade.values()) {
      headers.add(g.code() + "#");
    }
    headers.add("total#");
    HtmlTable t = new HtmlTable("counts", headers.toArray(new String[0]));
    for (FindingKind k : FindingKind.values()) {
      List<String> cells = new ArrayList<>();
      cells.add(k.code());
      int total = 0;
      for (FindingGrade g : FindingGrade.values()) {
        int n = counts.get(k).get(g);
        total += n;
        cells.add(n == 0 ? "0" : GradeStyle.badge(g, Integer.toString(n)));
      }
      cells.add(Integer.toString(total));
      t.row(cells.toArray(new String[0]));
    }
    return t;
  }
}
