package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.assess.Finding;

/** Findings per provision on the report's last day against the day before. */
class DayChangeSectionTest {
  private static String section(String html) {
    int start = html.indexOf("<section id=\"change\">");
    assertThat(start).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static Map<String, Integer> lastDayCounts(ReportInput in) {
    LocalDate day = in.periodEnd().atZone(ZoneOffset.UTC).toLocalDate();
    Map<String, Integer> n = new HashMap<>();
    for (Finding f : in.findings()) {
      if (f.time().atZone(ZoneOffset.UTC).toLocalDate().equals(day)) {
        n.merge(f.provisionId(), 1, Integer::sum);
      }
    }
    return n;
  }

  @Test
  void aOneDayReportSaysThereIsNoPreviousDayRatherThanZero() {
    ReportInput in = ReportFixture.input();
    assertThat(in.periodStart().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(in.periodEnd().atZone(ZoneOffset.UTC).toLocalDate());
    String s = section(new ReportHtmlWriter().render(in));
    assertThat(s).contains("nothing to compare");
    Map<String, Integer> counts = lastDayCounts(in);
    assertThat(counts).isNotEmpty();
    for (var e : counts.entrySet()) {
      String name = in.agreement().provision(e.getKey()).orElseThrow().name();
      assertThat(s).containsPattern(java.util.regex.Pattern.quote(HtmlText.escape(name)) + "</td><td[^>]*></td><td[^>]*>" + e.getValue() + "</td>");
    }
  }

  @Test
  void whenTheDataCoversTheDayBeforeEachProvisionShowsBothCountsAndTheChange() {
    ReportInput one = ReportFixture.input();
    ReportInput two = new ReportInput(one.agreement(), one.incidents(), one.findings(), one.sources(), one.inputs(), one.rejectSamples(),
        one.rejectCount(), one.ledgerHead(), one.ledgerEntries(), one.periodStart().minus(1, ChronoUnit.DAYS), one.periodEnd());
    String s = section(new ReportHtmlWriter().render(two));
    assertThat(s).doesNotContain("nothing to compare");
    for (var e : lastDayCounts(two).entrySet()) {
      String name = two.agreement().provision(e.getKey()).orElseThrow().name();
      // no finding in the fixture falls on the day before, so each change is the whole count
      assertThat(s).containsPattern(java.util.regex.Pattern.quote(HtmlText.escape(name))
          + "</td><td[^>]*>0</td><td[^>]*>" + e.getValue() + "</td><td[^>]*>\\+" + e.getValue() + "</td>");
    }
  }
}
