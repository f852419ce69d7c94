package org.trucewatch.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * All points within a geodesic distance of a line: a demilitarised zone either side of a line of
 * contact, or a shipping corridor around its centreline.
 *
 * @param centreline the line, lon/lat degrees
 * @param halfWidthMetres how far either side the band reaches, metres, more than zero
 */
public record LineBand(LineString centreline, double halfWidthMetres) implements Region {
  /** Checks the fields. */
  public LineBand {
    Objects.requireNonNull(centreline, "centreline");
    if (!(halfWidthMetres > 0)) {
      throw new IllegalArgumentException("half width must be more than zero metres: " + halfWidthMetres);
    }
    if (centreline.getNumPoints() < 2) {
      throw new IllegalArgumentException("a band needs a line of at least two points");
    }
  }

  @Override
  public double distanceMetres(Geometry g) {
    return Math.max(0, Geodesy.distanceToPolylineMetres(g, centreline) - halfWidthMetres);
  }

  /** Distance from the nearest point of {@code g} to the centreline. */
  public double distanceFromCentrelineMetres(Geometry g) {
    return Geodesy.distanceToPolylineMetres(g, centreline);
  }

  @Override
  public Envelope envelope() {
    Envelope e = new Envelope();
    for (Coordinate c : densified()) {
      for (int az = 0; az < 360; az += 45) {
        e.expandToInclude(Geodesy.destination(c, az, halfWidthMetres * 1.05 + 50));
      }
    }
    return e;
  }

  /** The band's outline: the union of the hulls of circles along the densified line. */
  @Override
  public Geometry outline() {
    List<Coordinate> pts = densified();
    List<Geometry> pieces = new ArrayList<>();
    Geometry previous = null;
    for (Coordinate c : pts) {
      Geometry circle = Geodesy.circle(c, halfWidthMetres, 32);
      if (previous != null) {
        pieces.add(previous.union(circle).convexHull());
      }
      previous = circle;
    }
    return UnaryUnionOp.union(pieces);
  }

  /** The centreline with extra points so no step is longer than the half width. */
  private List<Coordinate> densified() {
    List<Coordinate> out = new ArrayList<>();
    Coordinate[] cs = centreline.getCoordinates();
    out.add(cs[0]);
    for (int i = 1; i < cs.length; i++) {
      double d = Geodesy.distanceMetres(cs[i - 1], cs[i]);
      int steps = (int) Math.ceil(d / halfWidthMetres);
      double az = Geodesy.azimuthDegrees(cs[i - 1], cs[i]);
      for (int s = 1; s < steps; s++) {
        out.add(Geodesy.destination(cs[i - 1], az, d * s / steps));
      }
      out.add(cs[i]);
    }
    return out;
  }
}
