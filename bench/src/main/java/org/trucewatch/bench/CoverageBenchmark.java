package org.trucewatch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.coverage.CellIndex;
import org.trucewatch.core.coverage.CoverageMapper;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.coverage.SwathWidths;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.scenario.AirScenario;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.track.TrackPieces;

/**
 * The coverage operator's cell lookup on a simulated day of drone patrols over the example
 * agreement's DMZ (two drones, 5 km swaths, about 100 ten-minute track pieces over a zone of about
 * 10,000 H3 resolution-8 cells). The baseline, {@code centreScan}, tests every zone cell's centre
 * against each swath (envelope first, then a prepared JTS polygon); {@code h3PolygonToCells} fills
 * each swath with H3's {@code polygonToCells} and keeps the zone's cells (the first version of
 * the coverage operator); {@code cellIndex} is what {@link CellIndex} does now: the centres in an
 * STR-tree, then the prepared test on those inside the swath's envelope. Setup checks that all
 * three find the same number of cells.
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -jar bench/target/benchmarks.jar CoverageBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoverageBenchmark {
  private final HexGrid grid = new HexGrid(8);
  private List<Geometry> swaths;
  private TreeSet<Long> zoneCells;
  private long[] cells;
  private Coordinate[] centres;
  private CellIndex index;

  /** Simulates the day's patrols and widens each track piece into its swath. */
  @Setup
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("trucewatch.root", "."));
    Agreement agreement = new AgreementReader().read(root.resolve("examples/agreements/black-sea-energy.yaml"));
    ZoneProvision dmz = (ZoneProvision) agreement.provision("kharkiv-dmz").orElseThrow();
    ScenarioSimulator sim = new ScenarioSimulator(agreement, 1);
    AirScenario air = sim.air(ScenarioSimulator.defaultStart(agreement), ScenarioSimulator.DEFAULT_LENGTH);
    CoverageMapper mapper = new CoverageMapper(agreement, grid, SwathWidths.DEFAULT);
    swaths = new ArrayList<>();
    for (AirScenario.Sortie s : air.sorties()) {
      Map<String, String> attrs = Map.of("platform", s.platform(), "swath_width_m", "5000");
      for (Observation o : TrackPieces.of(s.platform(), attrs, s.fixes(), new Provenance("0".repeat(64), "bench", 1))) {
        swaths.add(mapper.footprint(o).orElseThrow());
      }
    }
    zoneCells = grid.cellsOf(dmz.region());
    cells = zoneCells.stream().mapToLong(Long::longValue).toArray();
    centres = new Coordinate[cells.length];
    for (int i = 0; i < cells.length; i++) {
      centres[i] = grid.centre(cells[i]);
    }
    index = new CellIndex(grid, zoneCells);
    long expected = centreScan();
    if (h3PolygonToCells() != expected || cellIndex() != expected) {
      throw new IllegalStateException("the lookups disagree");
    }
  }

  /** H3 polygon fill of each swath, kept where the cell is the zone's. */
  @Benchmark
  public long h3PolygonToCells() {
    long hits = 0;
    for (Geometry s : swaths) {
      for (long c : grid.cellsOf(s)) {
        if (zoneCells.contains(c)) {
          hits++;
        }
      }
    }
    return hits;
  }

  /** The coverage operator's lookup: centres in an STR-tree, prepared test on the candidates. */
  @Benchmark
  public long cellIndex() {
    long hits = 0;
    for (Geometry s : swaths) {
      hits += index.covered(s).size();
    }
    return hits;
  }

  /** Baseline: every zone cell's centre against each swath, envelope first. */
  @Benchmark
  public long centreScan() {
    long hits = 0;
    for (Geometry s : swaths) {
      PreparedGeometry p = PreparedGeometryFactory.prepare(s);
      Envelope env = s.getEnvelopeInternal();
      for (Coordinate c : centres) {
        if (env.contains(c) && p.covers(Geodesy.WGS84.createPoint(c))) {
          hits++;
        }
      }
    }
    return hits;
  }
}
