package org.trucewatch.core.geo;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * All points within a geodesic radius of a centre.
 *
 * @param centre lon/lat degrees
 * @param radiusMetres radius in metres, more than zero
 */
public record Circle(Coordinate centre, double radiusMetres) implements Region {
  /** Checks the fields. */
  public Circle {
    Objects.requireNonNull(centre, "centre");
    if (!(radiusMetres > 0)) {
      throw new IllegalArgumentException("radius must be more than zero metres: " + radiusMetres);
    }
  }

  /** Distance from the nearest point of {@code g} to the circle's edge; zero inside. */
  @Override
  public double distanceMetres(Geometry g) {
    return Math.max(0, Geodesy.distanceMetres(centre, g) - radiusMetres);
  }

  /** Distance from the nearest point of {@code g} to the centre. */
  public double distanceFromCentreMetres(Geometry g) {
    return Geodesy.distanceMetres(centre, g);
  }

  @Override
  public Envelope envelope() {
    Envelope e = new Envelope(centre);
    // the bounding points due N, S, E and W, plus a margin for the ellipsoid's curvature
    for (int az = 0; az < 360; az += 45) {
      e.expandToInclude(Geodesy.destination(centre, az, radiusMetres * 1.02 + 50));
    }
    return e;
  }

  @Override
  public Geometry outline() {
    return Geodesy.circle(centre, radiusMetres, 64);
  }
}
