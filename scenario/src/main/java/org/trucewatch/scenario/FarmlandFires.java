package org.trucewatch.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.Geodesy;

/**
 * The background every FIRMS user sees in spring: a few hundred agricultural fires a day in the
 * farmland of central, southern and eastern Ukraine and southern Russia, most of them by day.
 * They are no incident, never lie within a protected site's radius, and are not in the truth.
 */
final class FarmlandFires {
  /** Fires stay this far beyond every protected radius, so a pixel footprint cannot reach in. */
  static final double SITE_MARGIN_METRES = 1_000;

  private FarmlandFires() {}

  /** Adds the field fires seen at each pass of the window. */
  static void simulate(ScenarioDraft draft, List<SatellitePass> passes, NamedPlaces places, List<Circle> sites) {
    SplittableRandom rnd = draft.rnd;
    List<NamedPlaces.Place> farms = places.farmland();
    TreeMap<String, List<SatellitePass>> byHalfDay = new TreeMap<>();
    for (SatellitePass p : passes) {
      byHalfDay.computeIfAbsent(p.halfDay(), k -> new ArrayList<>()).add(p);
    }
    for (List<SatellitePass> half : byHalfDay.values()) {
      boolean day = half.get(0).day();
      int target = day ? 160 + rnd.nextInt(101) : 25 + rnd.nextInt(36);
      int made = 0;
      for (int attempt = 0; made < target && attempt < target * 5; attempt++) {
        int r = rnd.nextInt(10);
        int size = r < 6 ? 1 : r < 9 ? 2 : 3;
        NamedPlaces.Place farm = farms.get(rnd.nextInt(farms.size()));
        Coordinate centre =
            Geodesy.destination(farm.coordinate(), rnd.nextDouble() * 360, 2_000 + rnd.nextDouble() * 10_000);
        List<Coordinate> pixels = ViirsPixels.cluster(centre, size, rnd);
        double view = rnd.nextDouble();
        if (!pixels.stream().allMatch(c -> onFarmland(c) && clearOfSites(c, sites))) {
          continue;
        }
        SatellitePass pass = null;
        for (SatellitePass p : half) {
          if (p.covers(centre.x)) {
            pass = p;
          }
        }
        if (pass == null) {
          continue; // the pass that would have seen it is outside the window
        }
        for (Coordinate c : pixels) {
          draft.addDetection(ViirsPixels.fieldFire(c, pass, view, rnd));
          made++;
        }
      }
    }
  }

  /** Whether {@code c} lies more than the margin beyond every site's radius. */
  static boolean clearOfSites(Coordinate c, List<Circle> sites) {
    for (Circle s : sites) {
      if (Geodesy.distanceMetres(s.centre(), c) <= s.radiusMetres() + SITE_MARGIN_METRES) {
        return false;
      }
    }
    return true;
  }

  private static boolean onFarmland(Coordinate c) {
    return c.y >= 45.5 && c.y <= 51.5 && c.x >= 24 && c.x <= 41;
  }
}
