package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentSummaryColumns;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;

/**
 * The columns a streamed run keeps its incident summaries in ({@link IncidentSummaryColumns},
 * through {@link ClosedIncidents}) give back every summary of the real 2023 FIRMS year equal to
 * the one put in, in start then id order, holding the quiet ones (no finding, no casualties) as
 * columns and the others whole.
 */
class IncidentSummaryColumnsRoundTripTest {
  @Test
  void theFirmsYearsSummariesComeBackEqualFromTheColumns() throws Exception {
    Firms2023.assumePresent();
    List<Observation> observations = Firms2023.observations();
    Pipeline pipeline = new Pipeline(Firms2023.agreement(), new SourceDirectory(List.of()), FusionParameters.DEFAULT);
    List<IncidentSummary> expected = new ArrayList<>();
    IncidentSummaryColumns columns = new IncidentSummaryColumns();
    List<IncidentSummary> fromRun;
    try (ClosedIncidents closed = new ClosedIncidents(List.of())) {
      pipeline.runStreaming(observations, pipeline.seaByShip(observations, Firms2023.noShips()), List.of(), Progress.SILENT, a -> {
        closed.accept(a);
        IncidentSummary s = IncidentSummary.of(a.incident(), !a.findings().isEmpty());
        expected.add(s);
        columns.add(s);
      });
      closed.finish();
      fromRun = new ArrayList<>(closed.incidents());
    }

    // straight from the columns, by index
    assertThat(expected).hasSizeGreaterThan(10_000);
    int quiet = 0;
    for (int i = 0; i < expected.size(); i++) {
      IncidentSummary s = expected.get(i);
      assertThat(columns.get(i)).isEqualTo(s);
      assertThat(columns.id(i)).isEqualTo(s.id());
      assertThat(columns.start(i)).isEqualTo(s.start());
      assertThat(columns.inColumns(i)).isEqualTo(!s.membersKept());
      quiet += s.membersKept() ? 0 : 1;
    }
    assertThat(quiet).isGreaterThan(expected.size() * 9 / 10).isLessThan(expected.size());
    // the ids' leading zeros survive the trip through a long
    Set<String> ids = new HashSet<>();
    expected.forEach(s -> ids.add(s.id()));
    assertThat(ids).hasSize(expected.size()).anyMatch(id -> id.startsWith("inc-0"));

    // through the run's holder: the same summaries in start then id order, the kept members whole
    expected.sort(Comparator.comparing(IncidentSummary::start).thenComparing(IncidentSummary::id));
    assertThat(fromRun).isEqualTo(expected);
    assertThat(IncidentSummaryColumns.inReportOrder(fromRun)).isEqualTo(expected);
    columns.trim();
    int[] order = columns.reportOrder();
    assertThat(columns.view(order)).isEqualTo(expected);
  }
}
