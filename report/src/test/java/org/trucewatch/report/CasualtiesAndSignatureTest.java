package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The casualties section names who reported which figures; the signature block names the checkpoint. */
class CasualtiesAndSignatureTest {
  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\">");
    assertThat(start).as("section " + id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void everyIncidentWithCasualtiesIsListedWithTheSourceThatReportedThem() {
    ReportInput in = ReportFixture.input();
    String casualties = section(new ReportHtmlWriter().render(in), "casualties");
    long harmed = 0;
    long killed = 0;
    long injured = 0;
    long reports = 0;
    for (var i : in.incidents()) {
      if (i.casualties().any()) {
        harmed++;
        killed += i.casualties().killed().min();
        injured += i.casualties().injured().min();
        reports += i.members().stream().filter(m -> m.observation().casualties().any()).count();
      }
    }
    assertThat(harmed).as("the fixture has incidents with casualties").isGreaterThanOrEqualTo(2);
    assertThat(casualties).contains(harmed + " incidents report casualties").contains("at least " + killed + " killed and " + injured + " injured");
    // the fixture's Kharkiv and Zolochiv strikes, as the Kharkiv administration (ua-khoda) reported them
    assertThat(casualties).contains("Kharkiv").contains("Zolochiv").contains("ua-khoda");
    assertThat(casualties.split("<tr>", -1).length - 2).as("one row per reporting observation").isEqualTo((int) reports);
    // a source that reported no figures is not listed as reporting them
    assertThat(casualties).doesNotContain("news-wire");
  }

  @Test
  void theSignatureBlockComesLastAndNamesTheLedgerHead() {
    ReportInput in = ReportFixture.input();
    String html = new ReportHtmlWriter().render(in);
    String signature = section(html, "signature");
    assertThat(signature).contains(in.ledgerHead()).contains(in.ledgerEntries() + " entries").contains("Prepared by");
    assertThat(html.indexOf("id=\"signature\"")).isGreaterThan(html.indexOf("id=\"scales\""));
  }
}
