package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.core.thermal.SiteActivityBaseline;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * The streamed pipeline ({@link Pipeline#runStreaming}, what {@code run} and {@code verify} take)
 * gives exactly the incidents and findings of the batch ({@link Pipeline#run}), on the real 2023
 * FIRMS file (with and without a site baseline) and on a simulated day with every input, and hands
 * incidents on while the observations are still arriving.
 */
class StreamingPipelineParityTest {
  /** What the stream handed on, and how many observations had been read when the first incident came. */
  private record Streamed(List<Incident> incidents, List<Finding> findings, long readAtFirstIncident) {}

  @Test
  void theRealFirmsYearStreamsToTheBatchIncidentsAndFindings() throws Exception {
    Firms2023.assumePresent();
    Agreement agreement = Firms2023.agreement();
    List<Observation> observations = Firms2023.observations();
    Pipeline pipeline = new Pipeline(agreement, new SourceDirectory(List.of()), FusionParameters.DEFAULT);

    Pipeline.Result batch = pipeline.run(observations, Progress.SILENT);
    Streamed streamed = stream(pipeline, observations, Firms2023.noShips(), List.of());

    assertThat(observations).hasSize(42_415);
    assertThat(batch.incidents()).hasSizeGreaterThan(10_000);
    assertThat(batch.findings()).hasSizeGreaterThan(100);
    assertThat(streamed.incidents()).isEqualTo(batch.incidents());
    assertThat(streamed.findings()).isEqualTo(batch.findings());
    // the first incident closes within days of the 261, not at the end
    assertThat(streamed.readAtFirstIncident()).isLessThan(observations.size() / 20);
  }

  @Test
  void withASiteBaselineTheStreamHoldsBackTheSameSiteDays() throws Exception {
    Firms2023.assumePresent();
    Agreement agreement = Firms2023.agreement();
    List<Observation> observations = Firms2023.observations();
    Pipeline pipeline = new Pipeline(agreement, new SourceDirectory(List.of()), FusionParameters.DEFAULT,
        everySiteFlaresOnceToThriceADay(agreement));
    List<String> batchLog = new ArrayList<>();
    List<String> streamLog = new ArrayList<>();

    Pipeline.Result batch = pipeline.run(observations, batchLog::add);
    List<Incident> incidents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    pipeline.runStreaming(observations, pipeline.seaByShip(observations, Firms2023.noShips()), List.of(), streamLog::add, a -> {
      incidents.add(a.incident());
      findings.addAll(a.findings());
    });
    sort(incidents, findings);

    assertThat(batchLog).anyMatch(l -> l.startsWith("site baseline: held back "));
    assertThat(streamLog).isEqualTo(batchLog);
    assertThat(incidents).isEqualTo(batch.incidents());
    assertThat(findings).isEqualTo(batch.findings());
  }

  @Test
  void aSimulatedDayWithEveryInputStreamsToTheBatchIncidentsAndFindings() throws Exception {
    SimulatedDay day = SimulatedDay.of(3);
    try (Ledger ledger = LedgerStores.open(day.out().resolve("ledger.sqlite").toString(),
        LedgerOptions.readOnly(Clock.systemUTC()))) {
      Mission mission = MissionFold.of(ledger, ledger.checkpoint().entryCount(), Progress.SILENT, true);
      Pipeline pipeline = new Pipeline(day.agreement(), mission.sources(), mission.fusion());
      Pipeline.SeaByShip sea = pipeline.seaByShip(mission.observations(),
          mission.vesselFixes().tracks(MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots()));
      List<Observation> military = mission.vesselFixes().militaryObservations();

      Pipeline.Result batch = pipeline.run(mission.observations(), sea, military, Progress.SILENT);
      Streamed streamed = stream(pipeline, mission.observations(), sea, military);

      assertThat(sea.detections()).isNotEmpty();
      assertThat(batch.incidents()).hasSizeGreaterThan(20);
      assertThat(batch.findings()).isNotEmpty();
      assertThat(streamed.incidents()).isEqualTo(batch.incidents());
      assertThat(streamed.findings()).isEqualTo(batch.findings());
    }
  }

  private static Streamed stream(Pipeline pipeline, List<Observation> observations, ShipTracks ships,
      List<Observation> military) {
    Pipeline.SeaByShip sea = pipeline.seaByShip(observations, ships);
    return stream(pipeline, observations, sea, military);
  }

  private static Streamed stream(Pipeline pipeline, List<Observation> observations, Pipeline.SeaByShip sea,
      List<Observation> military) {
    long[] read = new long[1];
    long[] atFirst = {-1};
    // counts what the stream has taken, to see when the first incident comes out
    Iterable<Observation> counted = () -> new Iterator<>() {
      private final Iterator<Observation> it = observations.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Observation next() {
        read[0]++;
        return it.next();
      }
    };
    List<Incident> incidents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    pipeline.runStreaming(counted, sea, military, Progress.SILENT, a -> {
      if (atFirst[0] < 0) {
        atFirst[0] = read[0];
      }
      incidents.add(a.incident());
      findings.addAll(a.findings());
    });
    sort(incidents, findings);
    return new Streamed(incidents, findings, atFirst[0]);
  }

  private static void sort(List<Incident> incidents, List<Finding> findings) {
    incidents.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    findings.sort(Comparator.comparing(Finding::time).thenComparing(Finding::id));
  }

  /** A baseline in which every protected site had one to three detections every day of 2019 to 2021. */
  private static SiteActivityBaseline everySiteFlaresOnceToThriceADay(Agreement agreement) {
    Set<String> sites = new TreeSet<>();
    for (Provision p : agreement.provisions()) {
      if (p instanceof ProtectedSitesProvision) {
        p.elements().stream().map(ProvisionElement::id).forEach(sites::add);
      }
    }
    Map<String, TreeMap<LocalDate, Integer>> counts = new TreeMap<>();
    for (String site : sites) {
      TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
      for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() <= 2021; d = d.plusDays(1)) {
        perDay.put(d, 1 + d.getDayOfYear() % 3);
      }
      counts.put(site, perDay);
    }
    return SiteActivityBaseline.of(sites, counts, Set.of(2019, 2020, 2021), 0);
  }
}
