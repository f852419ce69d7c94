package org.trucewatch.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;

/**
 * Makes VIIRS I-band fire pixels that look like the real S-NPP rows over Ukraine: field fires are
 * small (FRP mostly under 10 MW, nominal confidence, low by day now and then), strikes on energy
 * sites burn hot (20 to 300 MW, mostly high confidence, the I-4 channel often saturated at 367 K).
 */
final class ViirsPixels {
  /** Distance between the centres of adjacent 375 m I-band pixels near nadir, metres. */
  static final double PIXEL_METRES = 375;

  private ViirsPixels() {}

  /**
   * {@code n} pixels (1 to 6) of one fire, adjacent on the scan grid around {@code centre}: two
   * rows along the track, up to three pixels along the scan, with a few tens of metres of jitter.
   */
  static List<Coordinate> cluster(Coordinate centre, int n, SplittableRandom rnd) {
    double scanAzimuth = 75 + rnd.nextDouble() * 30;
    double trackAzimuth = scanAzimuth - 90;
    int[][] grid = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 0}, {2, 1}};
    List<Coordinate> out = new ArrayList<>();
    for (int k = 0; k < Math.min(n, grid.length); k++) {
      Coordinate c = Geodesy.destination(centre, scanAzimuth, (grid[k][0] - 0.5) * PIXEL_METRES);
      c = Geodesy.destination(c, trackAzimuth, (grid[k][1] - 0.5) * PIXEL_METRES);
      c = Geodesy.destination(c, rnd.nextDouble() * 360, rnd.nextDouble() * 30);
      out.add(c);
    }
    return out;
  }

  /** A field fire: cool and small. */
  static FirmsDetection fieldFire(Coordinate c, SatellitePass pass, double view, SplittableRandom rnd) {
    double brightness;
    double t31;
    double frp;
    char confidence;
    double r = rnd.nextDouble();
    if (pass.day()) {
      brightness = rnd.nextDouble() < 0.04 ? 367 : 305 + rnd.nextDouble() * 57;
      t31 = 284 + rnd.nextDouble() * 16;
      frp = logUniform(0.5, 15, rnd);
      confidence = r < 0.12 ? 'l' : r > 0.97 ? 'h' : 'n';
    } else {
      brightness = 300 + rnd.nextDouble() * 22;
      t31 = 266 + rnd.nextDouble() * 18;
      frp = logUniform(0.4, 5, rnd);
      confidence = r > 0.99 ? 'h' : 'n';
    }
    return pixel(c, pass, view, brightness, t31, frp, confidence, Optional.empty(), rnd);
  }

  /** A fire lit by a strike: hot, large, mostly high confidence; FRP between the bounds, MW. */
  static FirmsDetection strikeFire(
      Coordinate c,
      SatellitePass pass,
      double view,
      double minFrp,
      double maxFrp,
      String eventKey,
      SplittableRandom rnd) {
    double brightness;
    double t31;
    if (pass.day()) {
      brightness = rnd.nextDouble() < 0.6 ? 367 : 345 + rnd.nextDouble() * 22;
      t31 = 295 + rnd.nextDouble() * 25;
    } else {
      brightness = Math.min(367, 330 + rnd.nextDouble() * 40);
      t31 = 280 + rnd.nextDouble() * 25;
    }
    double frp = logUniform(minFrp, maxFrp, rnd);
    char confidence = rnd.nextDouble() < 0.8 ? 'h' : 'n';
    return pixel(c, pass, view, brightness, t31, frp, confidence, Optional.of(eventKey), rnd);
  }

  private static FirmsDetection pixel(
      Coordinate c,
      SatellitePass pass,
      double view,
      double brightness,
      double t31,
      double frp,
      char confidence,
      Optional<String> eventKey,
      SplittableRandom rnd) {
    // pixels grow towards the swath's edge, along the scan faster than along the track
    double scan = clamp(0.32 + 0.48 * view * view + (rnd.nextDouble() - 0.5) * 0.02, 0.32, 0.80);
    double track = clamp(0.36 + 0.42 * view * view + (rnd.nextDouble() - 0.5) * 0.02, 0.36, 0.78);
    return new FirmsDetection(
        Decimals.round(c.y, 5),
        Decimals.round(c.x, 5),
        Decimals.round(brightness, 2),
        Decimals.round(scan, 2),
        Decimals.round(track, 2),
        pass.time(),
        confidence,
        Decimals.round(t31, 2),
        Decimals.round(frp, 2),
        pass.day(),
        eventKey);
  }

  private static double logUniform(double min, double max, SplittableRandom rnd) {
    return min * Math.exp(rnd.nextDouble() * Math.log(max / min));
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
