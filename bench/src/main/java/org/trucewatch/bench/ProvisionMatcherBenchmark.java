package org.trucewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
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
import org.openjdk.jmh.infra.Blackhole;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.firms.FirmsCsvReader;

/**
 * The enrich operator on the example agreement: {@link ProvisionMatcher} (STR-tree and circle
 * grid, then the exact geodesic test on candidates) against the baseline of testing every element
 * of every provision with the same envelope pre-filter: the exact test runs only where the
 * detection's lon/lat envelope meets the element's ({@code Region.envelope()}, the envelope the
 * matcher indexes). Observations are the real VIIRS detections over Ukraine in {@code
 * ../shared/data/firms/} (the first 10,000), or, without that folder, 10,000 random points over
 * Ukraine and the Black Sea. Set-up checks that all three find the same number of matches.
 *
 * <ul>
 *   <li>{@code linearScan}: the baseline, the matches counted;
 *   <li>{@code indexedCount}: {@link ProvisionMatcher#touchCount}, the same decision, counted;
 *   <li>{@code indexed}: {@link ProvisionMatcher#touches}, the matches with their distances, as
 *       the pipeline writes them (more work than the baseline's).
 * </ul>
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -jar bench/target/benchmarks.jar
 * ProvisionMatcherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 5)
@Fork(5)
public class ProvisionMatcherBenchmark {
  private static final int N = 10_000;

  private List<Geometry> geometries;
  private ProvisionMatcher matcher;
  private ProvisionElement[] elements;
  private Envelope[] envelopes;

  /** Reads the agreement and the observations, and checks that the three methods agree. */
  @Setup
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("trucewatch.root", "."));
    Agreement agreement = new AgreementReader().read(root.resolve("examples/agreements/black-sea-energy.yaml"));
    matcher = new ProvisionMatcher(agreement);
    List<ProvisionElement> all = new ArrayList<>();
    for (Provision p : agreement.provisions()) {
      all.addAll(p.elements());
    }
    elements = all.toArray(new ProvisionElement[0]);
    envelopes = new Envelope[elements.length];
    for (int i = 0; i < elements.length; i++) {
      envelopes[i] = elements[i].region().envelope();
    }
    geometries = new ArrayList<>(N);
    Path firms = root.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv");
    if (Files.exists(firms)) {
      byte[] raw = Files.readAllBytes(firms);
      ReadResult r = new FirmsCsvReader().read(firms.getFileName().toString(), "0".repeat(64), raw);
      for (Observation o : r.observations().subList(0, Math.min(N, r.observations().size()))) {
        geometries.add(o.geometry());
      }
    } else {
      SplittableRandom rnd = new SplittableRandom(1);
      for (int i = 0; i < N; i++) {
        geometries.add(Geodesy.WGS84.createPoint(new Coordinate(rnd.nextDouble(22, 41), rnd.nextDouble(41, 52.5))));
      }
    }
    long scan = 0;
    long count = 0;
    long listed = 0;
    for (Geometry g : geometries) {
      scan += scanCount(g);
      count += matcher.touchCount(g);
      listed += matcher.touches(g).size();
    }
    if (scan != count || scan != listed) {
      throw new IllegalStateException("matches differ: scan " + scan + ", touchCount " + count + ", touches " + listed);
    }
  }

  private int scanCount(Geometry g) {
    Envelope env = g.getEnvelopeInternal();
    int hits = 0;
    for (int i = 0; i < elements.length; i++) {
      if (envelopes[i].intersects(env) && elements[i].region().touches(g)) {
        hits++;
      }
    }
    return hits;
  }

  /** The indexed matcher, every match with its distance. */
  @Benchmark
  public void indexed(Blackhole bh) {
    for (Geometry g : geometries) {
      bh.consume(matcher.touches(g));
    }
  }

  /** The indexed matcher's decision, counted: the baseline's work. */
  @Benchmark
  public void indexedCount(Blackhole bh) {
    for (Geometry g : geometries) {
      bh.consume(matcher.touchCount(g));
    }
  }

  /** Baseline: the exact geodesic test against every element whose envelope the detection's meets. */
  @Benchmark
  public void linearScan(Blackhole bh) {
    for (Geometry g : geometries) {
      bh.consume(scanCount(g));
    }
  }
}
