package org.trucewatch.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.maritime.ClosedAreaDetector;

/**
 * Simulates what a monitoring mission would receive over a day of a ceasefire that mostly holds:
 * FIRMS fire detections (field fires, and the fires of strikes), UAV patrol sightings along the
 * demilitarised zone, incident reports from both parties and the press, and the list of sources;
 * and writes the ground truth beside them.
 *
 * <p>Breaches come from both sides alike: strikes on each other's energy sites and cities, heavy
 * weapons and troops inside the zone on either side of the line, an attack on a ship in the
 * corridor; near-misses just outside a site's radius and just outside the zone are realistic
 * negatives. See {@code docs/scenario.md}.
 *
 * <p>Deterministic: all randomness comes from one {@link SplittableRandom} seeded with {@code
 * seed}, nothing reads the clock, and outputs are sorted, so the same agreement, seed, start and
 * length give byte-identical files. Not thread-safe; use one instance per run.
 */
public final class ScenarioSimulator {
  /** The default length of a scenario: one day. */
  public static final Duration DEFAULT_LENGTH = Duration.ofHours(24);

  private final Agreement agreement;
  private final long seed;

  /** A simulator of scenarios under {@code agreement}, drawing randomness from {@code seed}. */
  public ScenarioSimulator(Agreement agreement, long seed) {
    this.agreement = Objects.requireNonNull(agreement, "agreement");
    this.seed = seed;
  }

  /**
   * The default start: 00:00 UTC of the day after the last provision comes into force, the first
   * whole day when every provision is in force.
   *
   * @throws IllegalArgumentException when the agreement has no provisions
   */
  public static Instant defaultStart(Agreement agreement) {
    Instant latest = null;
    for (Provision p : agreement.provisions()) {
      Instant s = p.period().start();
      latest = latest == null || s.isAfter(latest) ? s : latest;
    }
    if (latest == null) {
      throw new IllegalArgumentException("agreement '" + agreement.id() + "' has no provisions to simulate");
    }
    return latest.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
  }

  /** Simulates the default day (from {@link #defaultStart}, 24 hours) and writes it under {@code outDir}. */
  public ScenarioSummary simulate(Path outDir) throws IOException {
    return simulate(defaultStart(agreement), DEFAULT_LENGTH, outDir);
  }

  /**
   * Simulates {@code length} from {@code start} and writes {@code outDir/inputs/} and {@code
   * outDir/truth.jsonl}.
   *
   * @throws IllegalArgumentException when {@code length} is not positive or the agreement has fewer
   *     than two parties
   * @throws IOException when a file cannot be written
   */
  public ScenarioSummary simulate(Instant start, Duration length, Path outDir) throws IOException {
    Scenario scenario = generate(start, length);
    ScenarioSummary s = ScenarioWriter.write(scenario, outDir);
    AirScenario air = air(start, length);
    // the sea: its own random stream, so the draws above stay as they were
    AisTrafficSimulator.Summary sea = new AisTrafficSimulator(agreement, seed)
        .write(start, start.plus(length), outDir.resolve("inputs").resolve(AisTrafficSimulator.FILE));
    List<TruthEvent> groundAndSea = new ArrayList<>(scenario.truth());
    groundAndSea.addAll(sea.truth());
    AirScenarioWriter.write(air, groundAndSea, outDir);
    // truth.jsonl again, now with the ids the pipeline will give each event's observations
    List<TruthEvent> truth = new ArrayList<>(groundAndSea);
    truth.addAll(air.truth());
    truth.sort(java.util.Comparator.comparing(TruthEvent::time).thenComparing(TruthEvent::id));
    java.nio.file.Files.writeString(outDir.resolve(ScenarioWriter.TRUTH_FILE),
        TruthJsonFormat.file(truth, TruthObservationIds.of(outDir, scenario, air, sea.truth())), java.nio.charset.StandardCharsets.UTF_8);
    int airExpected = (int) air.truth().stream().filter(TruthEvent::expectedFinding).count();
    int seaExpected = (int) sea.truth().stream().filter(TruthEvent::expectedFinding).count();
    return new ScenarioSummary(s.outDir(), s.start(), s.end(), s.firmsDetections(), s.strikeDetections(),
        s.droneObservations(), s.reports(), s.sources(), s.truthEvents() + air.truth().size() + sea.truth().size(),
        s.expectedFindings() + airExpected + seaExpected);
  }

  /**
   * The air layer of {@code length} from {@code start}, in memory: drone patrols, detections, a
   * satellite image and the planted objects' truth (see {@code AirPatrols}). Drawn from its own
   * random stream, so adding it changed none of the ground scenario's files.
   */
  public AirScenario air(Instant start, Duration length) {
    return new AirPatrols(agreement, seed).generate(new TimeWindow(start, start.plus(length)));
  }

  /** Simulates {@code length} from {@code start}, in memory. */
  public Scenario generate(Instant start, Duration length) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a scenario's length must be positive: " + length);
    }
    TimeWindow window = new TimeWindow(start, start.plus(length));
    SplittableRandom rnd = new SplittableRandom(seed);
    ScenarioDraft draft = new ScenarioDraft(window, rnd);
    Sides sides = Sides.of(agreement);
    NamedPlaces places = NamedPlaces.of(agreement);
    ReportingSources sources = new ReportingSources(sides);
    StrikeReports reports = new StrikeReports(draft, sources, places);

    // the order of these steps fixes the order of draws from rnd: keep it
    List<SatellitePass> passes = SatellitePass.schedule(window, rnd);
    StrikeEvents strikes = new StrikeEvents(draft, agreement, sides, passes, reports);
    strikes.siteStrikes();
    strikes.siteNearMisses();
    strikes.cityStrikes();
    strikes.vesselAttacks();
    List<ZoneProvision> zones = new ArrayList<>();
    for (Provision p : agreement.provisions()) {
      // a sea area closed to shipping is watched by AIS (AisTrafficSimulator), not by UAV patrols
      if (p instanceof ZoneProvision z && !ClosedAreaDetector.isClosedArea(z)) {
        zones.add(z);
      }
    }
    new ZonePatrols(draft, sides, sources, places).simulate(zones);
    FarmlandFires.simulate(draft, passes, places, strikes.siteCircles());
    return draft.finish(sources);
  }
}
