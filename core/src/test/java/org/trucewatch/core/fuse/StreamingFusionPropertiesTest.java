package org.trucewatch.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
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
 * Streaming fusion over observations in time order gives the batch's incidents, and hands each on
 * before the input ends once nothing later can join it.
 *
 * <p>Property tests over seeded generators: each case is one seed, shown in the test's name and in
 * every failure message; {@code -Dfusion.properties.seed=N} replays one.
 */
class StreamingFusionPropertiesTest {
  private static final Coordinate ORIGIN = new Coordinate(36.2304, 49.9935);
  private static final Instant T0 = Instant.parse("2025-03-20T00:00:00Z");
  private static final SourceDirectory SOURCES = new SourceDirectory(List.of(
      new Source("ua-ova", "UA regional administration", Reliability.C, Optional.of("UA")),
      new Source("uav-1", "Mission UAV 1", Reliability.B, Optional.empty())));
  private static final List<String> SOURCE_IDS = List.of("ua-ova", "uav-1", "firms-viirs-snpp");
  private static final List<ObservationKind> KINDS = List.of(
      ObservationKind.THERMAL_ANOMALY, ObservationKind.STRIKE, ObservationKind.EXPLOSION, ObservationKind.TROOPS,
      ObservationKind.VESSEL, ObservationKind.LOITERING);
  private static final int[] TIME_UNCERTAINTIES = {0, 0, 0, 3_600, 12 * 3_600};
  private static final Comparator<EnrichedObservation> ORDER =
      Comparator.comparing((EnrichedObservation e) -> e.observation().eventTime()).thenComparing(e -> e.observation().id());

  static LongStream twoHundredSeeds() {
    String one = System.getProperty("fusion.properties.seed");
    return one != null ? LongStream.of(Long.parseLong(one)) : LongStream.range(0, 200).map(i -> 0x2545F491L * (i + 1));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoHundredSeeds")
  void streamingFusionInTimeOrderEqualsTheBatch(long seed) {
    Random random = new Random(seed);
    List<EnrichedObservation> input = observations(random);
    input.sort(ORDER);
    List<Incident> closed = new ArrayList<>();
    StreamingFuser streaming = new StreamingFuser(FusionParameters.DEFAULT, SOURCES, closed::add);
    input.forEach(streaming::add);
    streaming.finish();

    closed.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    assertThat(closed).as("seed %d, %d observations", seed, input.size())
        .isEqualTo(new IncidentFuser(FusionParameters.DEFAULT, SOURCES).fuse(input));
    assertThat(streaming.closedCount()).isEqualTo(closed.size());
  }

  @Test
  void anIncidentIsHandedOnOnceTheTimeReachHasPassedItsLatestMember() {
    List<Incident> closed = new ArrayList<>();
    StreamingFuser f = new StreamingFuser(FusionParameters.DEFAULT, SOURCES, closed::add);
    long reach = FusionParameters.DEFAULT.maxTimeReachSeconds();
    f.add(enriched(observation("uav-1", ObservationKind.STRIKE, 0, 0, 0, 0, 0)));
    f.add(enriched(observation("ua-ova", ObservationKind.EXPLOSION, 30 * 60, 90, 500, 0, 0)));
    // exactly the reach after the latest member: it could still link (a window is inclusive)
    f.add(enriched(observation("uav-1", ObservationKind.TROOPS, 30 * 60 + reach, 0, 50_000, 0, 0)));
    assertThat(closed).isEmpty();
    f.add(enriched(observation("uav-1", ObservationKind.TROOPS, 30 * 60 + reach + 1, 0, 50_000, 0, 0)));
    assertThat(closed).hasSize(1);
    assertThat(closed.get(0).members()).hasSize(2);
    assertThat(f.windowSize()).isEqualTo(2);
    f.finish();
    assertThat(closed).hasSize(2);
    assertThat(f.windowSize()).isZero();
  }

  @Test
  void anObservationBeforeTheNewestOneIsRefused() {
    StreamingFuser f = new StreamingFuser(FusionParameters.DEFAULT, SOURCES, i -> { });
    f.add(enriched(observation("uav-1", ObservationKind.STRIKE, 600, 0, 0, 0, 0)));
    assertThatThrownBy(() -> f.add(enriched(observation("uav-1", ObservationKind.STRIKE, 0, 0, 0, 0, 0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event-time order");
  }

  private static EnrichedObservation enriched(Observation o) {
    return new EnrichedObservation(o, List.of());
  }

  /**
   * Up to 120 observations near one place over ten days, in bursts so that some incidents close
   * mid-stream, some repeated (the same content twice), of several kinds, shapes and time
   * uncertainties.
   */
  private static List<EnrichedObservation> observations(Random random) {
    int n = 1 + random.nextInt(120);
    List<EnrichedObservation> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // bursts: a day of the ten, then a time within two hours of noon
      long second = random.nextInt(10) * 86_400L + 11 * 3_600 + random.nextInt(2 * 3_600);
      Observation o = observation(
          SOURCE_IDS.get(random.nextInt(SOURCE_IDS.size())),
          KINDS.get(random.nextInt(KINDS.size())),
          second,
          random.nextDouble() * 360,
          random.nextDouble() * 8_000,
          TIME_UNCERTAINTIES[random.nextInt(TIME_UNCERTAINTIES.length)],
          random.nextInt(6));
      list.add(enriched(o));
      if (random.nextInt(10) == 0) {
        list.add(enriched(o));
      }
    }
    return list;
  }

  private static Observation observation(String source, ObservationKind kind, long second, double bearing,
      double distance, int timeUncertainty, int variant) {
    Coordinate c = Geodesy.destination(ORIGIN, bearing, distance);
    Geometry g = Geodesy.WGS84.createPoint(c);
    TreeMap<String, String> attrs = new TreeMap<>();
    if (variant == 1) {
      // a FIRMS-like pixel footprint, 375 m square
      double d = 0.0017;
      g = Geodesy.WGS84.toGeometry(new org.locationtech.jts.geom.Envelope(c.x - d, c.x + d, c.y - d, c.y + d));
    } else if (variant == 2) {
      // an air-layer detection: links by class over 72 hours
      attrs.put("class", "artillery");
    } else if (variant == 3) {
      attrs.put("mmsi", "27200000" + (second % 2));
    }
    if (timeUncertainty > 0) {
      attrs.put(IncidentFuser.TIME_UNCERTAINTY, Integer.toString(timeUncertainty));
    }
    return Observation.of(source, kind, T0.plusSeconds(second), g, 300, Credibility.of(2 + variant % 4),
        Map.copyOf(attrs), Casualties.NONE, new Provenance("0".repeat(64), "property", (int) (second % 100_000)));
  }
}
