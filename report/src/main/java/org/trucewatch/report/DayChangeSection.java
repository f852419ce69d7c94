package org.trucewatch.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TreeMap;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.assess.Finding;

/**
 * Change from the previous day: findings per provision on the report's last UTC day (the day
 * its period ends) against the day before, as monitoring missions' daily reports open. Computed
 * from the findings' own times, so a report covering two days or more compares within itself,
 * and a report of one day says the day before had nothing in the data rather than zero events.
 */
final class DayChangeSection {
  private DayChangeSection() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    sb.append("<section id=\"change\">\n<h2>Change from the previous day</h2>\n");
    ReportInput in = idx.input();
    if (in.periodEnd() == null) {
      sb.append("<p class=\"none\">No observations, so no day to report on.</p>\n</section>\n");
      return;
    }
    LocalDate day = in.periodEnd().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate before = day.minusDays(1);
    boolean beforeCovered = !in.periodStart().atZone(ZoneOffset.UTC).toLocalDate().isAfter(before);
    TreeMap<String, int[]> counts = new TreeMap<>();
    for (Provision p : in.agreement().provisions()) {
      counts.put(p.id(), new int[2]);
    }
    for (Finding f : idx.findings()) {
      LocalDate d = f.time().atZone(ZoneOffset.UTC).toLocalDate();
      int[] n = counts.computeIfAbsent(f.provisionId(), k -> new int[2]);
      if (d.equals(day)) {
        n[1]++;
      } else if (d.equals(before)) {
        n[0]++;
      }
    }
    if (!beforeCovered) {
      sb.append("<p>The data starts on ").append(day).append(": there is nothing to compare ").append(before)
          .append(" with, so the previous day's column is empty rather than zero.</p>\n");
    }
    HtmlTable t = new HtmlTable("counts", "Provision", before + "#", day + "#", "Change#");
    for (var e : counts.entrySet()) {
      int[] n = e.getValue();
      String name = idx.provision(e.getKey()).map(Provision::name).orElse(e.getKey());
      t.row(HtmlText.escape(name),
          beforeCovered ? Integer.toString(n[0]) : "",
          Integer.toString(n[1]),
          beforeCovered ? (n[1] - n[0] > 0 ? "+" : "") + (n[1] - n[0]) : "");
    }
    t.appendTo(sb);
    sb.append("</section>\n");
  }
}
