package org.trucewatch.report;

import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.Reliability;

/**
 * The footer: how to read grades, kinds and attributions, with the grading rule as core's
 * {@code Assessor.grade} states it and the Admiralty scales it rests on.
 */
final class ScalesFooter {
  private ScalesFooter() {}

  static void appendTo(StringBuilder sb) {
    sb.append("<footer id=\"scales\">\n<h2>How to read this report</h2>\n");
    sb.append("<h3>Finding grades</h3>\n<p>With <em>best</em> the highest reliability weight plus credibility"
        + " weight of any one piece of evidence (A1 scores 10, F6 scores 0), <em>independent</em> the number of"
        + " independent sources (sources affiliated with one party count as one) and <em>direct</em> whether any"
        + " piece shows the activity directly (a satellite thermal anomaly is indirect):</p>\n<ul>\n");
    sb.append("<li>").append(GradeStyle.badge(FindingGrade.CONFIRMED))
        .append(": independent at least 2, direct, and best at least 7 (e.g. B2 or C1);</li>\n");
    sb.append("<li>").append(GradeStyle.badge(FindingGrade.PROBABLE))
        .append(": independent at least 2 and best at least 5, or direct with best at least 8;</li>\n");
    sb.append("<li>").append(GradeStyle.badge(FindingGrade.POSSIBLE))
        .append(": best at least 4, or independent at least 2;</li>\n");
    sb.append("<li>").append(GradeStyle.badge(FindingGrade.UNSUBSTANTIATED))
        .append(": anything less; recorded so that nothing is hidden.</li>\n</ul>\n");

    sb.append("<div class=\"scales\">\n<div>\n<h3>Source reliability (Admiralty)</h3>\n");
    HtmlTable r = new HtmlTable("scale", "Grade", "Meaning", "Weight#");
    for (Reliability x : Reliability.values()) {
      r.row(x.name(), ReportFormat.words(x), Integer.toString(x.weight()));
    }
    r.appendTo(sb);
    sb.append("<p class=\"muted\">F is not worse than E: it means there is no basis yet for judging the"
        + " source. A source missing from the directory is graded F.</p>\n</div>\n<div>\n"
        + "<h3>Information credibility (Admiralty)</h3>\n");
    HtmlTable c = new HtmlTable("scale", "Rating", "Meaning", "Weight#");
    for (Credibility x : Credibility.values()) {
      c.row(Integer.toString(x.rating()), ReportFormat.words(x), Integer.toString(x.weight()));
    }
    c.appendTo(sb);
    sb.append("</div>\n</div>\n");

    sb.append("<h3>Kinds and attribution</h3>\n<p>A <strong>possible-violation</strong> is an incident in a"
        + " place and at a time where a provision in force prohibits the activity its evidence shows; an"
        + " <strong>alert</strong> is one within an alert area, not in itself a breach. The same rules apply to"
        + " every party. Who is responsible is judged apart from whether it happened:"
        + " <span class=\"unattributed\">unattributed</span> means no source names anyone, which is a valid"
        + " answer; <em>claimed by X</em> means every source that names a party names X; <em>contested</em>"
        + " means sources name different parties. Attribution never changes a grade.</p>\n");
    sb.append("<p class=\"caveat\"><strong>Coverage.</strong> ").append(HtmlText.escape(SummarySection.COVERAGE_CAVEAT))
        .append("</p>\n");
    sb.append("<p class=\"muted\">Times are UTC. Distances are geodesic on the WGS 84 ellipsoid. The map is"
        + " schematic: no coastlines or borders are drawn, positions are to scale. Produced by Trucewatch from"
        + " the ledger above; the same ledger gives the same report, byte for byte.</p>\n</footer>\n");
  }
}
