package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.coverage.CoverageMapper;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.coverage.SwathWidths;
import org.trucewatch.core.coverage.ZoneCoverage;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

class CoverageSectionTest {
  /**
   * The fixture's report with this coverage; with {@code quietZone}, as if nothing had been found
   * in the southern DMZ.
   */
  private static String report(List<ZoneCoverage> coverage, boolean quietZone) {
    ReportInput in = ReportFixture.input();
    List<org.trucewatch.core.assess.Finding> findings = in.findings().stream()
        .filter(f -> !quietZone || !f.provisionId().equals("dmz-south")).toList();
    ReportInput with = new ReportInput(in.agreement(), in.incidents(), findings, in.sources(), in.inputs(),
        in.rejectSamples(), in.rejectCount(), in.ledgerHead(), in.ledgerEntries(), in.periodStart(), in.periodEnd(),
        coverage);
    return new ReportHtmlWriter().render(with);
  }

  /** A patrol that flew the western 40 km of the southern DMZ's line an hour before the end. */
  private static List<ZoneCoverage> coverage() {
    ReportInput in = ReportFixture.input();
    Observation patrol = Observation.of("mission-drone-1", ObservationKind.OTHER, in.periodEnd().minusSeconds(3_600),
        Geodesy.WGS84.createLineString(new Coordinate[] {new Coordinate(35.30, 47.45), new Coordinate(35.83, 47.475)}),
        0, Credibility.PROBABLY_TRUE, Map.of("footprint", "patrol-swath", "swath_width_m", "30000"), Casualties.NONE,
        new Provenance("0".repeat(64), "patrol.gpx", 3));
    return new CoverageMapper(ReportFixture.agreement(), new HexGrid(7), SwathWidths.DEFAULT).map(List.of(patrol));
  }

  @Test
  void aZoneWithoutFindingsSaysWhatCoverageItsNoFindingRestsOn() {
    List<ZoneCoverage> c = coverage();
    ZoneCoverage dmz = c.get(0);
    ReportInput in = ReportFixture.input();
    double day = dmz.shareObservedSince(in.periodEnd().minusSeconds(24 * 3600));
    assertThat(day).isBetween(0.05, 0.5); // a part, not all and not nothing
    String share = String.format(Locale.ROOT, "%.1f %%", day * 100);
    String html = report(c, true);
    assertThat(html).contains("No findings under this provision in the period; this rests on " + share
        + " of the zone observed in the last 24 h");
    assertThat(html).contains("No finding, resting on " + share + " of the zone observed in the last 24 h");
    // the unpatrolled east of the zone is its largest unobserved area
    double largest = dmz.unobservedAreas(in.periodEnd().minusSeconds(72 * 3600)).get(0).areaSquareKilometres();
    assertThat(html).contains("<td class=\"num\">" + String.format(Locale.ROOT, "%.1f", largest) + "</td>");
    assertThat(dmz.unobservedAreas(Instant.EPOCH).get(0).centre().x).isGreaterThan(36.0);
  }

  @Test
  void aZoneWithFindingsStillStatesWhatWasNotObserved() {
    String html = report(coverage(), false);
    assertThat(html).contains("Findings above; ").contains("of the zone were not observed in 72 h")
        .doesNotContain("No findings under this provision in the period; this rests on");
  }

  @Test
  void withoutCoverageTheReportSaysSoAndClaimsNothing() {
    String html = report(List.of(), true);
    assertThat(html).contains("No zone to cover").doesNotContain("this rests on");
  }
}
