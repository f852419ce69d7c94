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
 * Trucewatch's side of the end-to-end benchmark, on one thread: reads two CSV files {@link
 * SiteMatchFiles} wrote (numeric or with EWKT), builds every footprint from lon, lat, scan and track (as the FIRMS
 * reader does), indexes the sites and matches, and prints the time and the number of
 * (detection, site) matches. Timed from the first byte read to the last match; the JVM start is
 * not included, as PostGIS's server start is not. The detections are read as bytes ({@link
 * DetectionLines}); reading them as {@code String} lines, as this harness first did, is timed
 * too, for comparison.
 *
 * <p>Usage: {@code SiteMatchEndToEnd detections.csv sites.csv}.
 */
public final class SiteMatchEndToEnd {
  private SiteMatchEndToEnd() {}

  /**
   * Runs once to warm up on a tenth of the input, then timed on all of it, best of three passes: reading alone (as
   * {@code String} lines, then as bytes), reading
   * and building the footprints, then counting the matches (the decision, as PostGIS's {@code
   * count(*)} makes it), then listing them with their exact distances.
   */
  public static void main(String[] args) throws Exception {
    Path detections = Path.of(args[0]);
    Path sites = Path.of(args[1]);
    String[] modes = {"read as String lines, Double.parseDouble (the previous parse)",
        "read (no footprint, no index, no match)", "read+build (no index, no match)",
        "read+build+index+match, count", "read+build+index+match, with distances"};
    for (int m = 0; m < modes.length; m++) {
      run(detections, sites, 10, m);
    }
    for (int m = 0; m < modes.length; m++) {
      // best of three passes, as PostGIS's warm query is the better of two
      long ms = Long.MAX_VALUE;
      long[] r = null;
      for (int pass = 0; pass < 3; pass++) {
        long t0 = System.nanoTime();
        r = run(detections, sites, 1, m);
        ms = Math.min(ms, (System.nanoTime() - t0) / 1_000_000);
      }
      System.out.printf(Locale.ROOT, "%s: %d ms, %d detections, matches %d, %d detections/s%n",
          modes[m], ms, r[0], r[1], r[0] * 1000 / Math.max(1, ms));
    }
  }

  /**
   * Mode 0: read only, as {@code String} lines; 1: read only, as bytes; 2: read and build; 3: and
   * count the matches; 4: and list them with their distances. Reads every {@code every}-th
   * detection.
   */
  private static long[] run(Path detectionsFile, Path sitesFile, int every, int mode) throws Exception {
    List<ProtectedSite> sites = new ArrayList<>();
    List<String> siteLines = Files.readAllLines(sitesFile, StandardCharsets.UTF_8);
    boolean numeric = siteLines.get(0).equals("id,lon,lat,radius_m");
    for (String l : siteLines.subList(1, siteLines.size())) {
      String[] f = l.split(",");
      String[] xy = numeric ? new String[] {f[1], f[2]}
          : f[1].substring(f[1].indexOf('(') + 1, f[1].indexOf(')')).split(" ");
      sites.add(new ProtectedSite("s" + f[0], "s" + f[0], "substation", Optional.empty(),
          new Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])), Double.parseDouble(f[numeric ? 3 : 2])));
    }
    if (mode == 0) {
      return readAsStrings(detectionsFile, every);
    }
    ProvisionMatcher matcher = mode < 3 ? null : new ProvisionMatcher(SiteMatchWorkload.agreement(sites));
    long[] counts = new long[2];
    long[] line = {0};
    DetectionLines.read(detectionsFile, (lon, lat, scanKm, trackKm) -> {
      if (line[0]++ % every != 0) {
        return;
      }
      counts[0]++;
      if (mode == 1) {
        counts[1] += lon + lat + scanKm + trackKm > 1e9 ? 1 : 0;
        return;
      }
      Polygon fp = SiteMatchWorkload.footprint(new SiteMatchWorkload.Detection(lon, lat, scanKm, trackKm));
      if (mode == 2) {
        counts[1] += fp.getNumPoints() == 5 ? 0 : 1;
      } else {
        counts[1] += mode == 4 ? matcher.touches(fp).size() : matcher.touchCount(fp);
      }
    });
    return counts;
  }

  /** The parse this harness used first: {@code String} lines, {@code substring}, {@code Double.parseDouble}. */
  private static long[] readAsStrings(Path detectionsFile, int every) throws Exception {
    long n = 0;
    long sum = 0;
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
        int c5 = l.indexOf(',', c4 + 1) < 0 ? l.length() : l.indexOf(',', c4 + 1);
        double v = Double.parseDouble(l.substring(c1 + 1, c2)) + Double.parseDouble(l.substring(c2 + 1, c3))
            + Double.parseDouble(l.substring(c3 + 1, c4)) + Double.parseDouble(l.substring(c4 + 1, c5));
        sum += v > 1e9 ? 1 : 0;
        n++;
      }
    }
    return new long[] {n, sum};
  }
}
