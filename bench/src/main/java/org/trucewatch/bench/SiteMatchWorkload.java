package org.trucewatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.formats.firms.FireTable;
import org.trucewatch.formats.firms.FireTableReader;
import org.trucewatch.formats.firms.FireTableRow;
import org.trucewatch.formats.firms.PixelFootprint;

/**
 * The site-matching workload: real FIRMS detection positions over Ukraine (the yearly archive
 * extracts and the S-NPP file in {@code ../shared/data/firms/}, in file order, repeated when more
 * are asked for) with VIIRS-like pixel footprints, and protected sites scattered over the same
 * box. Deterministic: the same sizes give the same workload.
 */
final class SiteMatchWorkload {
  /** The box of the shared data: Ukraine and its surroundings, lon/lat degrees. */
  static final double WEST = 22.1;
  static final double EAST = 40.2;
  static final double SOUTH = 44.4;
  static final double NORTH = 52.4;

  private SiteMatchWorkload() {}

  /** One detection: pixel centre and size. */
  record Detection(double lon, double lat, double scanKm, double trackKm) {}

  /** {@code n} detections from the shared archive (random positions in the box without it). */
  static List<Detection> detections(Path root, int n) throws IOException {
    List<double[]> positions = new ArrayList<>();
    Path archive = root.resolve("../shared/data/firms/archive");
    if (Files.isDirectory(archive)) {
      FireTableReader reader = new FireTableReader();
      try (var files = Files.list(archive)) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
          FireTable t = reader.read(f.getFileName().toString(), Files.readAllBytes(f));
          for (FireTableRow r : t.rows()) {
            positions.add(new double[] {r.longitude(), r.latitude()});
          }
          if (positions.size() >= n) {
            break;
          }
        }
      }
    }
    SplittableRandom rnd = new SplittableRandom(7);
    if (positions.isEmpty()) {
      for (int i = 0; i < n; i++) {
        positions.add(new double[] {rnd.nextDouble(WEST, EAST), rnd.nextDouble(SOUTH, NORTH)});
      }
    }
    List<Detection> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] p = positions.get(i % positions.size());
      // VIIRS I-band: 375 m at nadir to about 800 m at the edge; to the metre, so that the files
      // of the end-to-end benchmark (three decimals of a km) carry the very same sizes
      double scan = Math.round((0.32 + rnd.nextDouble() * 0.48) * 1000) / 1000.0;
      double track = Math.round((0.36 + rnd.nextDouble() * 0.4) * 1000) / 1000.0;
      out.add(new Detection(p[0], p[1], scan, track));
    }
    return out;
  }

  /** The footprint polygon of a detection, as the FIRMS reader builds it ({@link PixelFootprint}). */
  static Polygon footprint(Detection d) {
    return PixelFootprint.of(new Coordinate(d.lon(), d.lat()), d.scanKm() * 1000, d.trackKm() * 1000);
  }

  /** {@code n} protected sites in the box, radius 500 m to 3 km. */
  static List<ProtectedSite> sites(int n) {
    SplittableRandom rnd = new SplittableRandom(11);
    List<ProtectedSite> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ProtectedSite(String.format("site-%05d", i), "Site " + i, "substation", Optional.empty(),
          new Coordinate(rnd.nextDouble(WEST, EAST), rnd.nextDouble(SOUTH, NORTH)), 500 + rnd.nextDouble() * 2_500));
    }
    return out;
  }

  /** An agreement protecting these sites. */
  static Agreement agreement(List<ProtectedSite> sites) {
    return new Agreement("bench", "Benchmark", List.of(new Party("UA", "Ukraine"), new Party("RU", "Russia")),
        List.of(new ProtectedSitesProvision("sites", "Sites", List.of("UA", "RU"),
            new EffectivePeriod(Instant.parse("2025-01-01T00:00:00Z"), Optional.empty()), java.util.Set.of(Activity.STRIKE),
            sites)));
  }
}
