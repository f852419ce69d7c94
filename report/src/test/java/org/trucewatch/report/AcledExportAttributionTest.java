package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.acled.AcledCsvReader;
import org.trucewatch.report.export.AcledCsvWriter;

/** The ACLED-format export names the party a finding attributes an incident to as ACLED does, so reading it back keeps it. */
class AcledExportAttributionTest {
  @Test
  void anIncidentAttributedToRussiaIsExportedAsRussiasForcesAndReadsBackAttributedToRussia() {
    ProvisionMatcher matcher = new ProvisionMatcher(ReportFixture.agreement());
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, ReportFixture.sources())
        .fuse(ReportFixture.observations("Kharkiv").stream().map(matcher::enrich).toList());
    List<Finding> findings = new Assessor(ReportFixture.agreement(), ReportFixture.sources()).assess(incidents);
    Map<String, List<Finding>> byIncident = findings.stream().collect(Collectors.groupingBy(Finding::incidentId));

    String csv = new AcledCsvWriter().render(incidents, byIncident);
    // the strike near the Zaporizhzhia plant, attributed to RU by its claims; ACLED's name, not our party code
    List<String> russian = java.util.Arrays.stream(csv.split("\r\n")).filter(r -> r.contains(",Military Forces of Russia (2000-),")).toList();
    assertThat(russian).isNotEmpty();
    assertThat(csv).doesNotContain(",RU,");

    ReadResult back = new AcledCsvReader().read("incidents.csv", "ef".repeat(32), csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.observations()).filteredOn(o -> "RU".equals(o.attributes().get(Assessor.ATTRIBUTED_TO)))
        .hasSize(russian.size());
  }
}
