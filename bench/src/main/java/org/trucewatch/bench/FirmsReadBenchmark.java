package org.trucewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.firms.PixelFootprint;

/**
 * Reading a real FIRMS file ({@code ../shared/data/firms/fire_nrt_SV-C2_400448.csv}, 42,415 VIIRS
 * rows) into observations with {@link FirmsCsvReader}, on one thread (the common pool set to one
 * worker), and building the pixel footprints of its rows alone: in closed form ({@link
 * PixelFootprint#of}, the reader's) against the baseline of GeographicLib's six direct problems
 * a pixel ({@link PixelFootprint#ofGeodesic}, the reader's construction before). Scores are
 * milliseconds per file.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar FirmsReadBenchmark} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"})
public class FirmsReadBenchmark {
  private byte[] file;
  private final List<double[]> pixels = new ArrayList<>();
  private final FirmsCsvReader reader = new FirmsCsvReader();

  /** Reads the file's bytes, and its pixels once. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("trucewatch.root", "."));
    file = Files.readAllBytes(root.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv"));
    ReadResult r = reader.read("fire_nrt_SV-C2_400448.csv", "0".repeat(64), file);
    if (!r.rejects().isEmpty()) {
      throw new IllegalStateException("rejects in the benchmark file: " + r.rejects().get(0));
    }
    r.observations().forEach(o -> {
      Coordinate c = PixelFootprint.centre((org.locationtech.jts.geom.Polygon) o.geometry());
      pixels.add(new double[] {c.x, c.y, Double.parseDouble(o.attributes().get("scan")) * 1000,
          Double.parseDouble(o.attributes().get("track")) * 1000});
    });
  }

  /** The whole reader: split, check, footprint, content id. */
  @Benchmark
  public ReadResult read() {
    return reader.read("fire_nrt_SV-C2_400448.csv", "0".repeat(64), file);
  }

  /** The footprints alone, in closed form. */
  @Benchmark
  public void footprintsClosedForm(Blackhole bh) {
    for (double[] p : pixels) {
      bh.consume(PixelFootprint.of(new Coordinate(p[0], p[1]), p[2], p[3]));
    }
  }

  /** Baseline: the footprints alone, by GeographicLib's direct problem. */
  @Benchmark
  public void footprintsGeodesic(Blackhole bh) {
    for (double[] p : pixels) {
      bh.consume(PixelFootprint.ofGeodesic(new Coordinate(p[0], p[1]), p[2], p[3]));
    }
  }
}
