package org.trucewatch.engine.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.thermal.SiteActivityBaseline;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.firms.PixelFootprint;

/**
 * Builds each protected site's {@link SiteActivityBaseline} from the baseline years' detections:
 * a detection counts for a site exactly when the same row read by {@code run} would touch it (its
 * nominal pixel, {@link FirmsCsvReader#nominalPixelKm}, within the site's radius by the matcher's
 * geodesic test), so the baseline and the run count alike.
 */
public final class SiteBaselines {
  /** Degrees of latitude per metre, rounded up: for the cheap box around a site before the exact test. */
  private static final double DEGREES_PER_METRE = 1.0 / 110_000;

  private SiteBaselines() {}

  /** The baseline of the agreement's protected sites; {@link SiteActivityBaseline#NONE} without detections. */
  public static SiteActivityBaseline of(Agreement agreement, SiteBaselineDetections detections, int offset) {
    if (detections.isEmpty()) {
      return SiteActivityBaseline.NONE;
    }
    List<double[]> boxes = new ArrayList<>(); // south, north, west, east per site
    TreeSet<String> sites = new TreeSet<>();
    for (Provision p : agreement.provisions()) {
      if (p instanceof ProtectedSitesProvision sp) {
        for (ProtectedSite s : sp.sites()) {
          sites.add(p.id() + "/" + s.id());
          double reach = (s.radiusMetres() + 1000) * DEGREES_PER_METRE;
          double lonReach = reach / Math.max(0.05, Math.cos(Math.toRadians(s.location().y)));
          boxes.add(new double[] {s.location().y - reach, s.location().y + reach, s.location().x - lonReach,
              s.location().x + lonReach});
        }
      }
    }
    ProvisionMatcher matcher = new ProvisionMatcher(agreement);
    double pixelMetres = Double.parseDouble(FirmsCsvReader.nominalPixelKm("")) * 1000;
    Map<String, TreeMap<LocalDate, Integer>> counts = new TreeMap<>();
    Provenance provenance = new Provenance("0".repeat(64), "site-baseline", 0);
    for (int i = 0; i < detections.size(); i++) {
      double lat = detections.latitude(i);
      double lon = detections.longitude(i);
      if (!nearAny(boxes, lat, lon)) {
        continue;
      }
      LocalDate day = LocalDate.ofEpochDay(detections.epochDay(i));
      Observation o = Observation.of("site-baseline", ObservationKind.THERMAL_ANOMALY, day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
          PixelFootprint.of(new Coordinate(lon, lat), pixelMetres, pixelMetres), 0, Credibility.CANNOT_BE_JUDGED,
          Map.of(), Casualties.NONE, provenance);
      TreeSet<String> touched = new TreeSet<>();
      for (Touch t : matcher.enrich(o).touches()) {
        String key = t.elementId(); // qualified by its provision: provisionId/siteId
        if (sites.contains(key)) {
          touched.add(key);
        }
      }
      for (String key : touched) {
        counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(day, 1, Integer::sum);
      }
    }
    return SiteActivityBaseline.of(sites, counts, detections.years(), offset);
  }

  private static boolean nearAny(List<double[]> boxes, double lat, double lon) {
    for (double[] b : boxes) {
      if (lat >= b[0] && lat <= b[1] && lon >= b[2] && lon <= b[3]) {
        return true;
      }
    }
    return false;
  }
}
