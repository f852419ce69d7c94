package org.trucewatch.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

/**
 * Incremental fusion in any arrival order equals a full recomputation over the same observations,
 * after every arrival; and every incident's id is its anchor's.
 *
 * <p>Property tests over seeded generators: each case is one seed, shown in the test's name and in
 * every failure message, so a failing case is replayed by running its seed again.
 */
class IncrementalFusionPropertiesTest {
  private static final Coordinate ORIGIN = new Coordinate(36.2304, 49.9935);
  private static final Instant T0 = Instant.parse("2025-03-20T00:00:00Z");
  private static final SourceDirectory SOURCES = new SourceDirectory(List.of(
      new Source("ua-ova", "UA regional administration", Reliability.C, Optional.of("UA")),
      new Source("ru-mod", "RU ministry of defence", Reliability.D, Optional.of("RU")),
      new Source("uav-1", "Mission UAV 1", Reliability.B, Optional.empty())));
  private static final List<String> SOURCE_IDS = List.of("ua-ova", "ru-mod", "uav-1", "firms-viirs-snpp", "outlet-a");
  private static final List<ObservationKind> KINDS = List.of(
      ObservationKind.THERMAL_ANOMALY, ObservationKind.STRIKE, ObservationKind.EXPLOSION, ObservationKind.DRONE,
      ObservationKind.HEAVY_WEAPON, ObservationKind.TROOPS, ObservationKind.LOITERING, ObservationKind.VESSEL,
      ObservationKind.ATTACK_ON_VESSEL);
  private static final int[] UNCERTAINTIES = {0, 0, 300, 2_000, 6_000};
  private static final int[] TIME_UNCERTAINTIES = {0, 0, 3_600, 6 * 3_600};

  static LongStream seeds(int count) {
    // a fixed base keeps the run reproducible; -Dfusion.properties.seed=N replays one case
    String one = System.getProperty("fusion.properties.seed");
    if (one != null) {
      return LongStream.of(Long.parseLong(one));
    }
    return LongStream.range(0, count).map(i -> 0x5DEECE66DL * (i + 1));
  }

  static LongStream twoHundredSeeds() {
    return seeds(200);
  }

  static LongStream oneHundredSeeds() {
    return seeds(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoHundredSeeds")
  void incrementalFusionEqualsFullRecomputationAfterEveryArrival(long seed) {
    Random random = new Random(seed);
    List<EnrichedObservation> arrivals = new ArrayList<>();
    observations(random).forEach(o -> arrivals.add(new EnrichedObservation(o, List.of())));
    Collections.shuffle(arrivals, random);
    IncidentFuser full = new IncidentFuser(FusionParameters.DEFAULT, SOURCES);
    IncrementalFuser incremental = new IncrementalFuser(FusionParameters.DEFAULT, SOURCES);
    for (int i = 0; i < arrivals.size(); i++) {
      incremental.add(arrivals.get(i));
      assertThat(incremental.incidents())
          .as("seed %d, after arrival %d of %d", seed, i + 1, arrivals.size())
          .isEqualTo(full.fuse(arrivals.subList(0, i + 1)));
    }
    for (Incident inc : incremental.incidents()) {
      assertThat(inc.id()).as("seed %d", seed).isEqualTo(Incident.idOf(inc.members().get(0).observation().id()));
      assertThat(inc.anchor()).as("seed %d", seed).isEqualTo(inc.members().get(0).observation().id());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("oneHundredSeeds")
  void addingAnObservationNeverSplitsAnIncident(long seed) {
    Random random = new Random(seed);
    List<Observation> observations = observations(random);
    int k = Math.min(random.nextInt(40), observations.size() - 1);
    IncrementalFuser f = new IncrementalFuser(FusionParameters.DEFAULT, SOURCES);
    observations.subList(0, k).forEach(o -> f.add(new EnrichedObservation(o, List.of())));
    List<Incident> before = f.incidents();
    f.add(new EnrichedObservation(observations.get(k), List.of()));
    List<Incident> after = f.incidents();
    for (Incident b : before) {
      long holding = after.stream().filter(a -> a.observationIds().containsAll(b.observationIds())).count();
      assertThat(holding).as("seed %d: the incident %s stays whole", seed, b.id()).isEqualTo(1);
    }
  }

  /** Between 1 and 40 observations near one place over 12 hours, of every kind, source and shape. */
  private static List<Observation> observations(Random random) {
    int n = 1 + random.nextInt(40);
    List<Observation> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(observation(
          SOURCE_IDS.get(random.nextInt(SOURCE_IDS.size())),
          KINDS.get(random.nextInt(KINDS.size())),
          random.nextInt(12 * 60 + 1),
          random.nextDouble() * 360,
          random.nextDouble() * 25_000,
          UNCERTAINTIES[random.nextInt(UNCERTAINTIES.length)],
          TIME_UNCERTAINTIES[random.nextInt(TIME_UNCERTAINTIES.length)],
          random.nextInt(10)));
    }
    return list;
  }

  private static Observation observation(String source, ObservationKind kind, int minute, double bearing,
      double distance, int uncertainty, int timeUncertainty, int variant) {
    Coordinate c = Geodesy.destination(ORIGIN, bearing, distance);
    Geometry g = Geodesy.WGS84.createPoint(c);
    TreeMap<String, String> attrs = new TreeMap<>();
    if (variant == 1) {
      // a FIRMS-like pixel footprint, 375 m square
      double d = 0.0017;
      g = Geodesy.WGS84.toGeometry(new org.locationtech.jts.geom.Envelope(c.x - d, c.x + d, c.y - d, c.y + d));
    } else if (variant == 2) {
      attrs.put("class", "artillery");
    } else if (variant == 3) {
      attrs.put("mmsi", "27200000" + (minute % 3));
    } else if (variant == 4) {
      attrs.put(Stance.STATEMENT, "denies involvement");
    } else if (variant == 5) {
      attrs.put(Origin.SOURCE_CHAIN, "Kharkiv governor, via Telegram, via " + source);
    }
    if (timeUncertainty > 0) {
      attrs.put(IncidentFuser.TIME_UNCERTAINTY, Integer.toString(timeUncertainty));
    }
    Casualties casualties = kind == ObservationKind.VESSEL && variant % 2 == 0
        ? new Casualties(org.trucewatch.core.observation.CasualtyCount.exactly(0),
            org.trucewatch.core.observation.CasualtyCount.exactly(1), org.trucewatch.core.observation.CasualtyCount.NONE)
        : Casualties.NONE;
    return Observation.of(source, kind, T0.plusSeconds(minute * 60L), g, uncertainty, Credibility.of(2 + variant % 4),
        Map.copyOf(attrs), casualties, new Provenance("0".repeat(64), "property", minute));
  }
}
