package org.trucewatch.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.PolygonRegion;
import org.trucewatch.core.observation.Activity;

/**
 * The indexed matcher (circle grid, band segment filter) gives exactly the elements a plain
 * exact geodesic test of every element gives, on footprints and points placed at the edges.
 */
class ProvisionMatcherExactnessTest {
  /** A pixel-like quadrilateral of about w x h metres around c, turned by rot degrees. */
  private static Geometry quad(Coordinate c, double w, double h, double rot) {
    Coordinate[] ring = new Coordinate[5];
    double[][] corners = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
    for (int k = 0; k < 4; k++) {
      double x = corners[k][0];
      double y = corners[k][1];
      double az = Math.toDegrees(Math.atan2(x, y)) + rot;
      ring[k] = Geodesy.destination(c, az, Math.hypot(x, y));
    }
    ring[4] = ring[0];
    return Geodesy.WGS84.createPolygon(ring);
  }

  private static java.util.Map<String, Double> exact(Agreement a, Geometry g) {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    for (Provision p : a.provisions()) {
      for (ProvisionElement e : p.elements()) {
        double d;
        boolean in;
        if (e.region() instanceof Circle c) {
          // radii here are at most 30 km and probes a few km: farther centres cannot reach
          d = Geodesy.distanceMetres(c.centre(), g.getCentroid().getCoordinate()) < 60_000
              ? c.distanceFromCentreMetres(g) : Double.POSITIVE_INFINITY;
          in = d <= c.radiusMetres();
        } else if (e.region() instanceof LineBand b) {
          d = b.distanceFromCentrelineMetres(g);
          in = d <= b.halfWidthMetres();
        } else {
          d = 0;
          in = ((PolygonRegion) e.region()).touches(g);
        }
        if (in) {
          out.put(e.id(), d);
        }
      }
    }
    return out;
  }

  @Test
  void indexedMatchingEqualsTheExactTestOfEveryElementAtTheEdgesDistancesIncluded() {
    Random rnd = new Random(20261125);
    List<ProtectedSite> sites = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      double lat = -78 + rnd.nextDouble() * 156;
      double lon = -180 + rnd.nextDouble() * 360;
      sites.add(new ProtectedSite("s" + i, "Site " + i, "thermal", Optional.empty(), new Coordinate(lon, lat),
          300 + rnd.nextDouble() * 9_700));
    }
    List<Provision> provisions = new ArrayList<>(Fixtures.agreement().provisions());
    provisions.add(new ProtectedSitesProvision("many", "Many sites", List.of("UA"),
        new EffectivePeriod(Instant.parse("2025-01-01T00:00:00Z"), Optional.empty()), java.util.Set.of(Activity.STRIKE), sites));
    Agreement a = new Agreement("t", "t", Fixtures.agreement().parties(), provisions);
    ProvisionMatcher matcher = new ProvisionMatcher(a);

    List<Geometry> probes = new ArrayList<>();
    for (ProtectedSite s : sites) {
      for (int k = 0; k < 16; k++) {
        double d = s.radiusMetres() * (0.9 + rnd.nextDouble() * 0.2) + rnd.nextDouble() * 400;
        Coordinate c = Geodesy.destination(s.location(), rnd.nextDouble() * 360, d);
        probes.add(k % 4 == 0 ? Geodesy.WGS84.createPoint(c) : quad(c, 375 + rnd.nextDouble() * 600, 375 + rnd.nextDouble() * 400, rnd.nextDouble() * 90));
      }
    }
    // across the DMZ band and the corridor of the fixtures, edges included
    for (int k = 0; k < 600; k++) {
      Coordinate c = new Coordinate(29.5 + rnd.nextDouble() * 8.5, 44.8 + rnd.nextDouble() * 6);
      probes.add(quad(c, 400 + rnd.nextDouble() * 4_000, 400 + rnd.nextDouble() * 1_500, rnd.nextDouble() * 90));
    }
    int touching = 0;
    for (Geometry g : probes) {
      java.util.Map<String, Double> expected = exact(a, g);
      java.util.Map<String, Double> got = new java.util.TreeMap<>();
      for (Touch t : matcher.touches(g)) {
        got.put(t.elementId(), t.distanceMetres());
      }
      assertThat(got).as("probe %s", g).isEqualTo(expected);
      assertThat(matcher.touchCount(g)).as("count, probe %s", g).isEqualTo(expected.size());
      touching += expected.isEmpty() ? 0 : 1;
    }
    // the probes sit on both sides of the edges
    assertThat(touching).isBetween(probes.size() / 5, probes.size() * 4 / 5);
  }

  @Test
  void sitesAreDecidedExactlyAtMillimetresFromTheRadiusFromTheEquatorToSeventyFiveDegrees() {
    Random rnd = new Random(4);
    double[] latitudes = {0.0004, -12, 33, 47.5, 52.4, 61, 68.9, 69.99, 75};
    double[] offsets = {-3, -1, -0.05, -0.003, 0, 0.003, 0.05, 1, 3};
    List<ProtectedSite> sites = new ArrayList<>();
    for (int i = 0; i < latitudes.length; i++) {
      sites.add(new ProtectedSite("s" + i, "Site " + i, "nuclear", Optional.empty(),
          new Coordinate(-170 + 40 * i, latitudes[i]), 500 + 3_000 * rnd.nextDouble()));
    }
    Agreement a = new Agreement("t", "t", Fixtures.agreement().parties(), List.of(new ProtectedSitesProvision("edge", "Edge",
        List.of("UA"), new EffectivePeriod(Instant.parse("2025-01-01T00:00:00Z"), Optional.empty()),
        java.util.Set.of(Activity.STRIKE), sites)));
    ProvisionMatcher matcher = new ProvisionMatcher(a);
    int in = 0;
    int out = 0;
    for (ProtectedSite s : sites) {
      for (int az = 0; az < 360; az += 15) {
        for (double offset : offsets) {
          // a point, and a pixel whose edge facing the site lies at the radius plus the offset
          Coordinate p = Geodesy.destination(s.location(), az + 0.37, s.radiusMetres() + offset);
          Geometry pixel = quad(Geodesy.destination(p, az + 0.37, 375), 750, 750, az + 0.37);
          for (Geometry g : List.of(Geodesy.WGS84.createPoint(p), pixel)) {
            java.util.Map<String, Double> expected = exact(a, g);
            java.util.Map<String, Double> got = new java.util.TreeMap<>();
            for (Touch t : matcher.touches(g)) {
              got.put(t.elementId(), t.distanceMetres());
            }
            assertThat(got).as("site %s az %d offset %s: %s", s.id(), az, offset, g).isEqualTo(expected);
            assertThat(matcher.touchCount(g)).as("count, site %s az %d offset %s", s.id(), az, offset)
                .isEqualTo(expected.size());
            if (expected.isEmpty()) {
              out++;
            } else {
              in++;
            }
          }
        }
      }
    }
    // the offsets put probes on both sides: the points exactly, the pixels by a few metres
    assertThat(in).isGreaterThan(sites.size() * 24 * 4);
    assertThat(out).isGreaterThan(sites.size() * 24 * 4);
  }
}
