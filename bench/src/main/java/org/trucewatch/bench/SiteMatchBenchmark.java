package org.trucewatch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.geo.Geodesy;

/**
 * Matching pixel footprints to protected sites, one thread: {@link ProvisionMatcher} (circle
 * grid, exact geodesic test) against an STR-tree of prepared JTS polygons of the sites' circles
 * (64-gon approximations, planar lon/lat test) and a naive loop of JTS {@code intersects} over
 * every site polygon. Scores are detections per second ({@code ops/s} with one op per detection).
 * The naive loop runs over the first {@code naiveDetections} only: at 10^4 sites it would take
 * hours over 10^6.
 *
 * <p>Run: {@code java -Xmx8g -jar bench/target/benchmarks.jar SiteMatchBenchmark} from the project
 * root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class SiteMatchBenchmark {
  @Param({"1000000"})
  public int detections;

  @Param({"10000"})
  public int sites;

  @Param({"1000"})
  public int naiveDetections;

  private List<Polygon> footprints;
  private ProvisionMatcher matcher;
  private STRtree prepared;
  private List<Polygon> sitePolygons;

  /** Builds the footprints, the sites and the three matchers. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("trucewatch.root", "."));
    footprints = new ArrayList<>(detections);
    for (SiteMatchWorkload.Detection d : SiteMatchWorkload.detections(root, detections)) {
      Polygon p = SiteMatchWorkload.footprint(d);
      p.getEnvelopeInternal(); // cached, as it is on geometries read once and matched once
      footprints.add(p);
    }
    List<ProtectedSite> siteList = SiteMatchWorkload.sites(sites);
    matcher = new ProvisionMatcher(SiteMatchWorkload.agreement(siteList));
    prepared = new STRtree();
    sitePolygons = new ArrayList<>();
    for (ProtectedSite s : siteList) {
      Polygon circle = Geodesy.circle(s.location(), s.radiusMetres(), 64);
      sitePolygons.add(circle);
      prepared.insert(circle.getEnvelopeInternal(), PreparedGeometryFactory.prepare(circle));
    }
    prepared.build();
  }

  /**
   * Ours, the decision alone (as the baselines make it): how many sites each footprint reaches,
   * exact, the geodesic test only near a radius.
   */
  @Benchmark
  public void provisionMatcherCount(Blackhole bh) {
    for (Polygon g : footprints) {
      bh.consume(matcher.touchCount(g));
    }
  }

  /** Ours, with the exact geodesic distance of every match, as the pipeline writes them. */
  @Benchmark
  public void provisionMatcher(Blackhole bh) {
    for (Polygon g : footprints) {
      bh.consume(matcher.touches(g));
    }
  }

  /** Baseline: STR-tree of prepared site polygons. */
  @Benchmark
  public void strtreePrepared(Blackhole bh) {
    for (Polygon g : footprints) {
      int hits = 0;
      @SuppressWarnings("unchecked")
      List<PreparedGeometry> candidates = prepared.query(g.getEnvelopeInternal());
      for (PreparedGeometry p : candidates) {
        if (p.intersects(g)) {
          hits++;
        }
      }
      bh.consume(hits);
    }
  }

  /** Baseline: every site polygon for every detection. */
  @Benchmark
  public void naiveJtsLoop(Blackhole bh) {
    for (int i = 0; i < naiveDetections; i++) {
      Geometry g = footprints.get(i);
      int hits = 0;
      for (Polygon s : sitePolygons) {
        if (s.intersects(g)) {
          hits++;
        }
      }
      bh.consume(hits);
    }
  }
}
