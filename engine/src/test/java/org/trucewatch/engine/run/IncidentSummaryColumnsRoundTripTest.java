package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentSummaryColumns;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.firms.FirmsCsvReader;

/**
 * The columns a streamed run keeps its incident summaries in ({@link IncidentSummaryColumns},
 * through {@link ClosedIncidents}) give back every summary of the real 2023 FIRMS year equal to
 * the one put in, in start then id order, holding the quiet ones (no finding, no casualties) as
 * columns and the others whole.
 */
class IncidentSummaryColumnsRoundTripTest {
  private static final Path ROOT = Path.of(System.getProperty("trucewatch.root", ".."));
  private static final Path FIRMS_2023 = ROOT.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv");

  @Test
  void theFirmsYearsSummariesComeBackEqualFromTheColumns() throws Exception {
    assumeTrue(Files.isRegularFile(FIRMS_2023), FIRMS_2023 + " is absent (the shared corpora): skipped");
    List<Observation> observations = firms();
    Pipeline pipeline = new Pipeline(agreementIn2023(), new SourceDirectory(List.of()), FusionParameters.DEFAULT);
    List<IncidentSummary> expected = new ArrayList<>();
    IncidentSummaryColumns columns = new IncidentSummaryColumns();
    List<IncidentSummary> fromRun;
    try (ClosedIncidents closed = new ClosedIncidents(List.of())) {
      pipeline.runStreaming(observations, pipeline.seaByShip(observations, noShips()), List.of(), Progress.SILENT, a -> {
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

  private static ShipTracks noShips() {
    return new ShipTracks() {
      @Override
      public int[] mmsis() {
        return new int[0];
      }

      @Override
      public VesselTrack track(int mmsi) {
        throw new IllegalArgumentException("no ship " + mmsi);
      }
    };
  }

  /** The 2023 file's detections in the mission's order (time, then id). */
  private static List<Observation> firms() throws Exception {
    byte[] raw = Files.readAllBytes(FIRMS_2023);
    List<Observation> out = new ArrayList<>(new FirmsCsvReader()
        .read(FIRMS_2023.getFileName().toString(), ReplayRun.sha256(raw), raw).observations());
    out.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    return out;
  }

  /** The example agreement with every provision in force through 2023, so that some incidents give findings. */
  private static Agreement agreementIn2023() throws Exception {
    Path example = ROOT.resolve("examples/agreements/black-sea-energy.yaml");
    String yaml = Files.readString(example)
        .replace("effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}",
            "effective: {from: 2022-01-01T00:00:00Z, until: 2024-01-01T00:00:00Z}")
        .replace("effective: {from: 2025-03-18T00:00:00Z}", "effective: {from: 2022-01-01T00:00:00Z}");
    return new AgreementReader().read("energy-2022-2023.yaml", yaml, example.getParent());
  }
}
