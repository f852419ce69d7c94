package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentLayersSectionTest {
  @Test
  void theStrikeAtThePlantListsSpaceThenAirThenReportsWithGradesAndTheGradeReason() {
    ReportInput in = ReportFixture.input();
    StringBuilder sb = new StringBuilder();
    new IncidentLayersSection(in.incidents(), in.findings(), in.sources()).appendTo(sb);
    String html = sb.toString();
    // the plant's strike: a FIRMS pixel, a mission UAV and the regional administration
    String plant = in.incidents().stream()
        .filter(i -> i.start().equals(java.time.Instant.parse("2025-03-18T05:12:00Z"))).findFirst().orElseThrow().id();
    int article = html.indexOf("id=\"incident-" + plant + "\"");
    assertThat(article).isNotNegative();
    String strike = html.substring(article, html.indexOf("</article>", article));
    int space = strike.indexOf("<td>space</td>");
    int air = strike.indexOf("<td>air</td>");
    int reports = strike.indexOf("<td>reports</td>");
    assertThat(space).isPositive().isLessThan(air);
    assertThat(air).isLessThan(reports);
    assertThat(strike).contains("firms-viirs B3").contains("mission-uav A2").contains("ua-zoda C3");
    assertThat(strike).contains("3 independent origins").contains("Confirmed: 3 independent origins agree");
    // every incident with a finding is there, none without
    long withFindings = in.incidents().stream()
        .filter(i -> in.findings().stream().anyMatch(f -> f.incidentId().equals(i.id()))).count();
    assertThat(html.split("<article class=\"incident\"", -1).length - 1).isEqualTo((int) withFindings);
  }
}
