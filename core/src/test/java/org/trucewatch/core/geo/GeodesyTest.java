package org.trucewatch.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class GeodesyTest {
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);

  /** Meridian arc from lat1 to lat2 by numerical integration of the radius of curvature M(phi). */
  private static double meridianArc(double lat1, double lat2) {
    int n = 20_000;
    double sum = 0;
    double h = Math.toRadians(lat2 - lat1) / n;
    for (int i = 0; i < n; i++) {
      double phi = Math.toRadians(lat1) + (i + 0.5) * h;
      double s = Math.sin(phi);
      sum += A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5) * h;
    }
    return sum;
  }

  @Test
  void distanceAlongMeridianEqualsEllipsoidArc() {
    double d = Geodesy.distanceMetres(new Coordinate(30, 50), new Coordinate(30, 51));
    assertThat(d).isCloseTo(meridianArc(50, 51), within(0.01));
    assertThat(d).isBetween(111_200.0, 111_260.0);
  }

  @Test
  void destinationThenDistanceRoundTrips() {
    Coordinate from = new Coordinate(34.5858, 47.5119);
    for (int az = 0; az < 360; az += 30) {
      Coordinate to = Geodesy.destination(from, az, 4_900);
      assertThat(Geodesy.distanceMetres(from, to)).isCloseTo(4_900, within(1e-6));
    }
  }

  @Test
  void distanceToSegmentIsPerpendicularDistanceFromItsMiddle() {
    Coordinate a = new Coordinate(30, 50);
    Coordinate b = new Coordinate(32, 50);
    // the geodesic from a to b heads due east at its midpoint, by symmetry
    Coordinate mid = Geodesy.destination(a, Geodesy.azimuthDegrees(a, b), Geodesy.distanceMetres(a, b) / 2);
    Coordinate p = Geodesy.destination(mid, 0, 10_000);
    assertThat(Geodesy.distanceToPolylineMetres(p, new Coordinate[] {a, b})).isCloseTo(10_000, within(0.5));
  }

  @Test
  void distanceToPolylineBeyondItsEndIsDistanceToTheEnd() {
    Coordinate a = new Coordinate(30, 50);
    Coordinate b = new Coordinate(31, 50);
    Coordinate p = new Coordinate(29.5, 50.1);
    assertThat(Geodesy.distanceToPolylineMetres(p, new Coordinate[] {a, b}))
        .isCloseTo(Geodesy.distanceMetres(p, a), within(1e-6));
  }

  @Test
  void polygonContainingThePointIsAtDistanceZero() {
    Coordinate c = new Coordinate(36.2, 50.0);
    assertThat(Geodesy.distanceMetres(c, Geodesy.circle(c, 1_000, 32))).isZero();
    assertThat(Geodesy.distanceMetres(new Coordinate(36.2, 50.1), Geodesy.circle(c, 1_000, 64)))
        .isCloseTo(Geodesy.distanceMetres(new Coordinate(36.2, 50.1), c) - 1_000, within(5.0));
  }

  @Test
  void circleEnvelopeContainsTheWholeCircle() {
    Circle circle = new Circle(new Coordinate(39.09, 44.105), 3_000);
    for (int az = 0; az < 360; az += 5) {
      assertThat(circle.envelope().contains(Geodesy.destination(circle.centre(), az, 3_000))).isTrue();
    }
  }
}
