package org.trucewatch.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.agreement.ProtectedSite;

/**
 * Writes the site-matching workload as CSV files for the end-to-end benchmark, twice: as numbers
 * only, {@code detections-numeric.csv} (id, lon, lat, scan, track) and {@code sites-numeric.csv}
 * (id, lon, lat, radius in metres), which both sides read in the fair comparison (PostGIS builds
 * the footprints in SQL); and with geometries as EWKT, {@code detections.csv} (the numbers and the
 * footprint) and {@code sites.csv} (id, centre, radius), which the old PostGIS path loads.
 *
 * <p>Usage: {@code SiteMatchFiles DIR DETECTIONS SITES}.
 */
public final class SiteMatchFiles {
  private SiteMatchFiles() {}

  /** Writes the files. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int s = Integer.parseInt(args[2]);
    Path root = Path.of(System.getProperty("trucewatch.root", "."));
    List<SiteMatchWorkload.Detection> detections = SiteMatchWorkload.detections(root, n);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("detections.csv"), StandardCharsets.UTF_8)) {
      w.write("id,lon,lat,scan,track,fp\n");
      int id = 0;
      for (SiteMatchWorkload.Detection d : detections) {
        Polygon p = SiteMatchWorkload.footprint(d);
        StringBuilder sb = new StringBuilder(200);
        sb.append(id++).append(',').append(d.lon()).append(',').append(d.lat()).append(',')
            .append(String.format(Locale.ROOT, "%.3f,%.3f", d.scanKm(), d.trackKm())).append(",\"SRID=4326;POLYGON((");
        Coordinate[] ring = p.getExteriorRing().getCoordinates();
        for (int k = 0; k < ring.length; k++) {
          sb.append(k == 0 ? "" : ",").append(ring[k].x).append(' ').append(ring[k].y);
        }
        w.write(sb.append("))\"\n").toString());
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("detections-numeric.csv"), StandardCharsets.UTF_8)) {
      w.write("id,lon,lat,scan,track\n");
      int id = 0;
      for (SiteMatchWorkload.Detection d : detections) {
        w.write((id++) + "," + d.lon() + "," + d.lat() + ","
            + String.format(Locale.ROOT, "%.3f,%.3f", d.scanKm(), d.trackKm()) + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("sites-numeric.csv"), StandardCharsets.UTF_8)) {
      w.write("id,lon,lat,radius_m\n");
      int id = 0;
      for (ProtectedSite site : SiteMatchWorkload.sites(s)) {
        w.write((id++) + "," + site.location().x + "," + site.location().y + "," + site.radiusMetres() + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("sites.csv"), StandardCharsets.UTF_8)) {
      w.write("id,pos,radius_m\n");
      int id = 0;
      for (ProtectedSite site : SiteMatchWorkload.sites(s)) {
        w.write((id++) + ",SRID=4326;POINT(" + site.location().x + " " + site.location().y + ")," + site.radiusMetres() + "\n");
      }
    }
  }
}
