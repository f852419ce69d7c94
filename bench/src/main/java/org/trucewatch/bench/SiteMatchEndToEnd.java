package org.trucewatch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.enrich.ProvisionMatcher;

/**
 * Trucewatch's side of the end-to-end benchmark, on one thread: reads the two CSV files
 * {@link SiteMatchFiles} wrote, builds every footprint from lon, lat, scan and track (as the FIRMS
 * reader does), indexes the sites and matches, and prints the time and the number of
 * (detection, site) matches. Timed from the first byte read to the last match; the JVM start is
 * not included, as PostGIS's server start is not.
 *
 * <p>Usage: {@code SiteMatchEndToEnd detections.csv sites.csv}.
 */
public final class SiteMatchEndToEnd {
  private SiteMatchEndToEnd() {}

  /**
   * Runs once to warm up on a tenth of the input, then timed on all of it: counting the matches
   * (the decision, as PostGIS's {@code count(*)} makes it), then listing them with their exact
   * distances.
   */
  public static void main(String[] args) throws Exception {
    Path detections = Path.of(args[0]);
    Path sites = Path.of(args[1]);
    String[] modes = {"read+build", "count", "with distances"};
    for (int m = 0; m < modes.length; m++) {
      run(detections, sites, 10, m);
    }
    for (int m = 0; m < modes.length; m++) {
      long t0 = System.nanoTime();
      long[] r = run(detections, sites, 1, m);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(Locale.ROOT, "%s: %d ms, %d detections, matches %d, %d detections/s%n",
          m == 0 ? "read+build (no index, no match)" : "read+build+index+match, " + modes[m], ms, r[0], r[1],
          r[0] * 1000 / Math.max(1, ms));
    }
  }

  /** Mode 0: read and build only; 1: and count the matches; 2: and list them with their distances. */
  private static long[] run(Path detectionsFile, Path sitesFile, int every, int mode) throws Exception {
    List<ProtectedSite> sites = new ArrayList<>();
    List<String> siteLines = Files.readAllLines(sitesFile, StandardCharsets.UTF_8);
    for (String l : siteLines.subList(1, siteLines.size())) {
      String[] f = l.split(",");
      String point = f[1].substring(f[1].indexOf('(') + 1, f[1].indexOf(')'));
      String[] xy = point.split(" ");
      sites.add(new ProtectedSite("s" + f[0], "s" + f[0], "substation", Optional.empty(),
          new Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])), Double.parseDouble(f[2])));
    }
    ProvisionMatcher matcher = mode == 0 ? null : new ProvisionMatcher(SiteMatchWorkload.agreement(sites));
    long n = 0;
    long matches = 0;
    try (var lines = Files.lines(detectionsFile, StandardCharsets.UTF_8)) {
      var it = lines.iterator();
      it.next();
      long i = 0;
      while (it.hasNext()) {
        String l = it.next();
        if (i++ % every != 0) {
          continue;
        }
        int c1 = l.indexOf(',');
        int c2 = l.indexOf(',', c1 + 1);
        int c3 = l.indexOf(',', c2 + 1);
        int c4 = l.indexOf(',', c3 + 1);
        int c5 = l.indexOf(',', c4 + 1);
        Polygon fp = SiteMatchWorkload.footprint(new SiteMatchWorkload.Detection(
            Double.parseDouble(l.substring(c1 + 1, c2)), Double.parseDouble(l.substring(c2 + 1, c3)),
            Double.parseDouble(l.substring(c3 + 1, c4)), Double.parseDouble(l.substring(c4 + 1, c5))));
        if (mode == 0) {
          matches += fp.getNumPoints() == 5 ? 0 : 1;
        } else {
          matches += mode == 2 ? matcher.touches(fp).size() : matcher.touchCount(fp);
        }
        n++;
      }
    }
    return new long[] {n, matches};
  }
}
