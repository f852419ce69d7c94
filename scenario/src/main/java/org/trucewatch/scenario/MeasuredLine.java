package org.trucewatch.scenario;

import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;

/**
 * A polyline measured along its geodesic segments, so that a place can be named by its distance
 * from the first vertex. Cost of {@link #at}: O(number of vertices).
 */
final class MeasuredLine {
  /** A point on the line and the line's direction there. */
  record Station(Coordinate point, double azimuthDegrees) {}

  private final Coordinate[] vertices;
  private final double[] cumulativeMetres;

  MeasuredLine(Coordinate[] vertices) {
    if (vertices.length < 2) {
      throw new IllegalArgumentException("a line needs at least two points");
    }
    this.vertices = vertices.clone();
    this.cumulativeMetres = new double[vertices.length];
    for (int i = 1; i < vertices.length; i++) {
      cumulativeMetres[i] = cumulativeMetres[i - 1] + Geodesy.distanceMetres(vertices[i - 1], vertices[i]);
    }
  }

  /** Length along the geodesic segments, metres. */
  double lengthMetres() {
    return cumulativeMetres[cumulativeMetres.length - 1];
  }

  /** The point {@code metres} along the line (clamped to its ends) and the direction there. */
  Station at(double metres) {
    double m = Math.max(0, Math.min(metres, lengthMetres()));
    int i = 1;
    while (i < vertices.length - 1 && cumulativeMetres[i] < m) {
      i++;
    }
    Coordinate a = vertices[i - 1];
    double az = Geodesy.azimuthDegrees(a, vertices[i]);
    Coordinate p = Geodesy.destination(a, az, m - cumulativeMetres[i - 1]);
    // the geodesic's direction changes along the segment; take it where the point is
    double here = cumulativeMetres[i] - m > 1 ? Geodesy.azimuthDegrees(p, vertices[i]) : az;
    return new Station(p, here);
  }

  /**
   * Of the two azimuths at right angles to the line at {@code s}, the one pointing more to the
   * east; for a line running due east-west, the one pointing north.
   */
  static double eastwardNormal(Station s) {
    double left = s.azimuthDegrees() - 90;
    double right = s.azimuthDegrees() + 90;
    double eastLeft = Math.sin(Math.toRadians(left));
    double eastRight = Math.sin(Math.toRadians(right));
    if (Math.abs(eastLeft - eastRight) < 1e-9) {
      return Math.cos(Math.toRadians(left)) > 0 ? left : right;
    }
    return eastLeft > eastRight ? left : right;
  }
}
