package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.maritime.AisGapDetector;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/**
 * AIS gaps judged per grid cell ({@link ReceptionPerCell}) and unioned per ship ({@link
 * GapsPerVessel}), fed by the sea stage per ship ({@link SeaPerVessel}), are exactly the gaps core's
 * {@link AisGapDetector#detect} finds over all ships at once, with the same count of ships heard,
 * for ships sailing around the corner of four cells: as points arrive, and as some are withdrawn.
 */
class GapsAcrossCellsTest {
  private static final Instant T0 = Instant.parse("2025-03-26T00:00:00Z");
  private static final long HOUR = 3_600_000;
  // the corner of cells 88..89 x 66..67
  private static final Coordinate CORNER = new Coordinate(33.5, 44.5);

  private KeyedOneInputStreamOperatorTestHarness<String, StageElement, StageElement> perVessel;
  private KeyedOneInputStreamOperatorTestHarness<String, StageElement, StageElement> cells;
  private KeyedOneInputStreamOperatorTestHarness<String, StageElement, StageElement> gaps;
  // gap id -> gap, as fusion would hold them
  private final TreeMap<String, Observation> sent = new TreeMap<>();
  private final Set<String> cellsAsked = new TreeSet<>();
  // silence key -> the cells that heard ships during it
  private final Map<String, Set<String>> cellsAnswering = new TreeMap<>();

  @BeforeEach
  void stages() throws Exception {
    MissionConfig mission = MissionConfig.of(
        Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml"));
    Duration tick = Duration.ofHours(1);
    perVessel = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new SeaPerVessel(mission, tick), e -> e.vessel, Types.STRING);
    cells = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new ReceptionPerCell(tick), e -> e.route, Types.STRING);
    gaps = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new GapsPerVessel(mission, tick), e -> e.vessel, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    perVessel.close();
    cells.close();
    gaps.close();
  }

  /** Forty ships within 40 km of the corner over 12 hours, half of them falling silent for 2 to 5.5 hours. */
  private static List<Observation> aroundTheCorner(long seed) {
    Random r = new Random(seed);
    List<Observation> out = new ArrayList<>();
    for (int ship = 0; ship < 40; ship++) {
      int mmsi = 272_000_000 + ship;
      Coordinate at = Geodesy.destination(CORNER, r.nextDouble() * 360, r.nextDouble() * 40_000);
      double heading = r.nextDouble() * 360;
      double knots = 4 + r.nextDouble() * 8;
      int silentFrom = r.nextDouble() < 0.5 ? 30 + r.nextInt(400) : Integer.MAX_VALUE;
      int silentFor = 130 + r.nextInt(200);
      for (int minute = r.nextInt(10); minute < 720; minute += 8 + r.nextInt(8)) {
        at = Geodesy.destination(at, heading + r.nextGaussian() * 10, knots * 1852.0 * 12 / 60);
        if (minute >= silentFrom && minute < silentFrom + silentFor) {
          continue;
        }
        Map<String, String> attrs = new HashMap<>();
        attrs.put("mmsi", Integer.toString(mmsi));
        attrs.put("speed_kn", String.format(java.util.Locale.ROOT, "%.1f", knots));
        out.add(Observation.of("ais:st", ObservationKind.VESSEL, T0.plusSeconds(60L * minute + r.nextInt(60)),
            Geodesy.WGS84.createPoint(at), 10, Credibility.PROBABLY_TRUE, attrs, Casualties.NONE,
            new Provenance("cd".repeat(32), "corner.nmea", out.size() + 1)));
      }
    }
    return out;
  }

  @Test
  void gapsJudgedPerCellAndUnitedPerShipAreThoseFoundOverAllShipsAtOnce() throws Exception {
    List<Observation> all = aroundTheCorner(7);
    List<Observation> held = new ArrayList<>();
    // the first six hours, then the rest, then a quarter of the points of every fourth ship withdrawn
    for (Observation o : all) {
      if (o.eventTime().isBefore(T0.plusSeconds(6 * 3600))) {
        held.add(o);
        perVessel.processElement(point(o), o.eventTime().toEpochMilli());
      }
    }
    tick(T0.toEpochMilli() + 6 * HOUR);
    assertSameGapsAsOverAllShips(held);

    for (Observation o : all) {
      if (!o.eventTime().isBefore(T0.plusSeconds(6 * 3600))) {
        held.add(o);
        perVessel.processElement(point(o), o.eventTime().toEpochMilli());
      }
    }
    tick(T0.toEpochMilli() + 13 * HOUR);
    assertSameGapsAsOverAllShips(held);
    int gapsBefore = sent.size();
    assertThat(sent.values()).as("gaps with ships heard nearby")
        .anyMatch(g -> Integer.parseInt(g.attributes().get("vessels_heard_nearby")) > 0);

    List<Observation> withdrawn = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      Observation o = held.get(i);
      if (Integer.parseInt(o.attributes().get("mmsi")) % 4 == 0 && i % 4 == 0) {
        withdrawn.add(o);
      }
    }
    for (Observation o : withdrawn) {
      StageElement e = new StageElement(StageElement.WITHDRAWN, o.id().hex(), T0.toEpochMilli() + 14 * HOUR, null);
      e.vessel = o.attributes().get("mmsi");
      e.lanes = StageElement.LANE_SEA;
      perVessel.processElement(e, e.eventMillis);
      held.remove(o);
    }
    assertThat(withdrawn).isNotEmpty();
    tick(T0.toEpochMilli() + 15 * HOUR);
    assertSameGapsAsOverAllShips(held);

    assertThat(gapsBefore).as("gaps to judge").isGreaterThan(10);
    // the silences asked the cells around the corner, and some counted ships heard in two cells or more
    assertThat(cellsAsked).hasSizeGreaterThan(4);
    assertThat(cellsAnswering.values()).anyMatch(c -> c.size() > 1);
  }

  private void assertSameGapsAsOverAllShips(List<Observation> held) {
    List<VesselTrack> tracks = VesselTrack.fromObservations(held, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots());
    TreeMap<String, Observation> expected = new TreeMap<>();
    for (Observation g : new AisGapDetector(MaritimeRules.DEFAULTS).detect(tracks)) {
      expected.put(g.id().hex(), g);
    }
    assertThat(sent.keySet()).isEqualTo(expected.keySet());
    for (Map.Entry<String, Observation> g : expected.entrySet()) {
      assertThat(sent.get(g.getKey()).attributes()).isEqualTo(g.getValue().attributes());
    }
  }

  private static StageElement point(Observation o) {
    StageElement e = new StageElement(StageElement.OBSERVATION, o.id().hex(), o.eventTime().toEpochMilli(),
        ObservationCodec.encode(new EnrichedObservation(o, List.of())));
    e.vessel = o.attributes().get("mmsi");
    e.lanes = StageElement.LANE_SEA;
    return e;
  }

  // one tick through the three stages, each fed what the one before sent, as the job routes it
  private void tick(long at) throws Exception {
    perVessel.processWatermark(at);
    for (StageElement e : perVessel.extractOutputValues()) {
      if ((e.lanes & StageElement.LANE_CELLS) != 0) {
        cellsAsked.add(e.route);
        cells.processElement(e, e.eventMillis);
      }
      if ((e.lanes & StageElement.LANE_GAPS) != 0) {
        gaps.processElement(e, e.eventMillis);
      }
    }
    perVessel.getOutput().clear();
    cells.processWatermark(at);
    for (StageElement e : cells.extractOutputValues()) {
      assertThat(e.kind).isEqualTo(StageElement.HEARD);
      if (e.payload != null) {
        cellsAnswering.computeIfAbsent(e.key.substring(0, e.key.lastIndexOf(' ')), k -> new TreeSet<>())
            .add(e.key.substring(e.key.lastIndexOf(' ') + 1));
      }
      gaps.processElement(e, e.eventMillis);
    }
    cells.getOutput().clear();
    gaps.processWatermark(at);
    for (StageElement e : gaps.extractOutputValues()) {
      if (e.kind == StageElement.WITHDRAWN) {
        assertThat(sent.remove(e.key)).as("withdrawn after sent").isNotNull();
      } else {
        assertThat(sent.put(e.key, ObservationCodec.decode(e.payload).observation())).as("sent once").isNull();
      }
    }
    gaps.getOutput().clear();
  }
}
