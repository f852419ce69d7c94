package org.trucewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.geo.Geodesy;

/**
 * {@link SiteMatchBenchmark}'s three main methods timed by the CPU time of the measuring thread,
 * best of several rounds each, the methods taking turns within every round: per-thread figures
 * that hold on a machine shared with other work, where JMH's wall-clock scores swing with the
 * load. Same workload, same matchers, same process.
 *
 * <p>Usage, from the project root: {@code java -Xmx8g -cp bench/target/benchmarks.jar
 * org.trucewatch.bench.SiteMatchCpuTime [ROUNDS]} (default 7).
 */
public final class SiteMatchCpuTime {
  private SiteMatchCpuTime() {}

  /** Builds the workload, then times each method {@code ROUNDS} times and prints the best. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path root = Path.of(System.getProperty("trucewatch.root", "."));
    List<Polygon> footprints = new ArrayList<>();
    for (SiteMatchWorkload.Detection d : SiteMatchWorkload.detections(root, 1_000_000)) {
      Polygon p = SiteMatchWorkload.footprint(d);
      p.getEnvelopeInternal();
      footprints.add(p);
    }
    List<ProtectedSite> sites = SiteMatchWorkload.sites(10_000);
    ProvisionMatcher matcher = new ProvisionMatcher(SiteMatchWorkload.agreement(sites));
    STRtree prepared = new STRtree();
    for (ProtectedSite s : sites) {
      Polygon circle = Geodesy.circle(s.location(), s.radiusMetres(), 64);
      prepared.insert(circle.getEnvelopeInternal(), PreparedGeometryFactory.prepare(circle));
    }
    prepared.build();

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    String[] names = {"strtreePrepared (baseline)", "provisionMatcherCount", "provisionMatcher (with distances)"};
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    long[] results = new long[3];
    for (int r = 0; r < rounds; r++) {
      for (int m = 0; m < 3; m++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        long hits = 0;
        for (Polygon g : footprints) {
          if (m == 0) {
            @SuppressWarnings("unchecked")
            List<PreparedGeometry> candidates = prepared.query(g.getEnvelopeInternal());
            for (PreparedGeometry p : candidates) {
              if (p.intersects(g)) {
                hits++;
              }
            }
          } else if (m == 1) {
            hits += matcher.touchCount(g);
          } else {
            hits += matcher.touches(g).size();
          }
        }
        best[m] = Math.min(best[m], cpu.getCurrentThreadCpuTime() - t0);
        results[m] = hits;
      }
    }
    for (int m = 0; m < 3; m++) {
      System.out.printf(Locale.ROOT, "%s: best of %d %d ms CPU, %,d detections/s per thread, %d hits, %.2f x the baseline%n",
          names[m], rounds, best[m] / 1_000_000, footprints.size() * 1_000_000_000L / best[m], results[m],
          (double) best[0] / best[m]);
    }
  }
}
