package org.trucewatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.observation.Activity;

class ScenarioSimulatorTest {
  private static final List<String> FILES = List.of(
      "inputs/firms_viirs_snpp.csv", "inputs/drones.jsonl", "inputs/reports.jsonl", "inputs/sources.yaml",
      "inputs/air_detections.geojson", "inputs/patrol_mission-drone-1.gpx", "inputs/patrol_mission-drone-2.kml",
      "inputs/air_sources.yaml", "truth.jsonl");

  @TempDir Path tmp;

  @Test
  void sameSeedWritesByteIdenticalFiles() throws IOException {
    Agreement a = TestAgreements.blackSeaEnergy();
    Instant start = ScenarioSimulator.defaultStart(a);
    new ScenarioSimulator(a, 7).simulate(start, Duration.ofHours(24), tmp.resolve("one"));
    new ScenarioSimulator(a, 7).simulate(start, Duration.ofHours(24), tmp.resolve("two"));
    for (String f : FILES) {
      byte[] one = Files.readAllBytes(tmp.resolve("one").resolve(f));
      byte[] two = Files.readAllBytes(tmp.resolve("two").resolve(f));
      assertThat(one).as(f).isNotEmpty().isEqualTo(two);
    }
  }

  @Test
  void oneSimulatorGivesTheSameScenarioEachTime() {
    ScenarioSimulator sim = new ScenarioSimulator(TestAgreements.blackSeaEnergy(), 11);
    Instant start = Instant.parse("2025-03-20T00:00:00Z");
    assertThat(sim.generate(start, Duration.ofHours(24))).isEqualTo(sim.generate(start, Duration.ofHours(24)));
  }

  @Test
  void differentSeedsGiveDifferentScenarios() throws IOException {
    Agreement a = TestAgreements.blackSeaEnergy();
    new ScenarioSimulator(a, 1).simulate(tmp.resolve("a"));
    new ScenarioSimulator(a, 2).simulate(tmp.resolve("b"));
    for (String f : List.of("inputs/firms_viirs_snpp.csv", "inputs/reports.jsonl", "inputs/air_detections.geojson",
        "truth.jsonl")) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
          .as(f)
          .isNotEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
    }
  }

  @Test
  void defaultStartIsMidnightAfterTheLastProvisionComesIntoForce() {
    // the zone comes into force at 12:00 on the 18th, the others at 00:00
    assertThat(ScenarioSimulator.defaultStart(TestAgreements.blackSeaEnergy()))
        .isEqualTo(Instant.parse("2025-03-19T00:00:00Z"));
  }

  @Test
  void summaryCountsWhatTheFilesHold() throws IOException {
    ScenarioSummary s = new ScenarioSimulator(TestAgreements.blackSeaEnergy(), 3).simulate(tmp);
    assertThat(s.start()).isEqualTo(Instant.parse("2025-03-19T00:00:00Z"));
    assertThat(s.end()).isEqualTo(Instant.parse("2025-03-20T00:00:00Z"));
    assertThat(lines("inputs/firms_viirs_snpp.csv")).isEqualTo(s.firmsDetections() + 1);
    assertThat(lines("inputs/drones.jsonl")).isEqualTo(s.droneObservations());
    assertThat(lines("inputs/reports.jsonl")).isEqualTo(s.reports());
    assertThat(lines("truth.jsonl")).isEqualTo(s.truthEvents());
    assertThat(Files.readAllLines(tmp.resolve("inputs/sources.yaml")).stream().filter(l -> l.startsWith("  - id: ")))
        .hasSize(s.sources());
    // a day of spring: a few hundred field fires, a few breaches, mostly quiet patrols
    assertThat(s.firmsDetections()).isBetween(150, 450);
    assertThat(s.strikeDetections()).isPositive();
    // and the sea layer's five planted events: three dark periods, the loitering tanker and the
    // warship in the corridor (this agreement closes no sea area, so no ship strays into one)
    assertThat(s.truthEvents()).isBetween(10 + 5, 25 + 5);
    assertThat(s.expectedFindings()).isLessThan(s.truthEvents());
  }

  @Test
  void shorterScenariosHaveFewerEvents() {
    ScenarioSimulator sim = new ScenarioSimulator(TestAgreements.blackSeaEnergy(), 5);
    Instant start = Instant.parse("2025-03-19T00:00:00Z");
    Scenario day = sim.generate(start, Duration.ofHours(24));
    Scenario week = sim.generate(start, Duration.ofDays(7));
    assertThat(week.truth().size()).isGreaterThan(3 * day.truth().size());
    assertThat(week.truth()).allSatisfy(e -> assertThat(e.time()).isBefore(start.plus(Duration.ofDays(7))));
  }

  @Test
  void rejectsALengthThatIsNotPositive() {
    ScenarioSimulator sim = new ScenarioSimulator(TestAgreements.blackSeaEnergy(), 1);
    assertThatThrownBy(() -> sim.generate(Instant.parse("2025-03-19T00:00:00Z"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length must be positive");
  }

  @Test
  void rejectsAnAgreementWithOnlyOneParty() {
    Agreement one = new Agreement("solo", "One party", List.of(new Party("UA", "Ukraine")),
        List.of(new ProtectedSitesProvision("sites", "Sites", List.of("UA"),
            new EffectivePeriod(TestAgreements.IN_FORCE, Optional.empty()), Set.of(Activity.STRIKE),
            TestAgreements.energySites().sites())));
    assertThatThrownBy(() -> new ScenarioSimulator(one, 1).generate(TestAgreements.IN_FORCE, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two sides");
  }

  @Test
  void rejectsADefaultStartWithoutProvisions() {
    Agreement empty = new Agreement("empty", "Nothing agreed", TestAgreements.PARTIES, List.of());
    assertThatThrownBy(() -> ScenarioSimulator.defaultStart(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no provisions");
  }

  private long lines(String file) throws IOException {
    return Files.readAllLines(tmp.resolve(file)).size();
  }
}
