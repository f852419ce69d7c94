package org.trucewatch.scenario;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.Region;

/**
 * Where in and around a zone the simulator can put things, walking along a line: the centreline
 * of a band (a demilitarised zone either side of the line of contact), or the edge of any other
 * region. Every point it gives is checked against the region by the caller.
 */
sealed interface ZoneShape permits ZoneShape.Band, ZoneShape.Area {

  /** The region itself, for the exact membership test. */
  Region region();

  /** The walked line: the centreline, or the area's outer edge. */
  MeasuredLine line();

  /** How deep the zone reaches from the walked line, metres: the half width, or a few km into an area. */
  double depthMetres();

  /**
   * A point {@code metres} along the line and {@code offsetMetres} away from it: towards {@code
   * party}'s side of a band (or into an area) when {@code inward}, else beyond the zone's edge
   * by {@code offsetMetres} on that side (or outside the area).
   */
  Coordinate place(double metres, String party, double offsetMetres, boolean inward);

  /** Whether {@code c} is in the zone. */
  default boolean contains(Coordinate c) {
    return region().touches(Geodesy.WGS84.createPoint(c));
  }

  /** How far {@code c} is outside the zone, metres; zero inside. */
  default double outsideMetres(Coordinate c) {
    return region().distanceMetres(Geodesy.WGS84.createPoint(c));
  }

  /** The shape of {@code region}, with {@code sides.east()} on the east of a band. */
  static ZoneShape of(Region region, Sides sides) {
    if (region instanceof LineBand band) {
      return new Band(band, new MeasuredLine(band.centreline().getCoordinates()), sides);
    }
    return new Area(region, new MeasuredLine(outerRing(region.outline()).getCoordinates()));
  }

  private static LineString outerRing(Geometry outline) {
    Polygon largest = null;
    for (int i = 0; i < outline.getNumGeometries(); i++) {
      if (outline.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
        largest = p;
      }
    }
    if (largest == null) {
      throw new IllegalArgumentException("a zone's outline must be a polygon, not " + outline.getGeometryType());
    }
    return largest.getExteriorRing();
  }

  /** A band either side of a line; each party's forces stand on their own side. */
  record Band(LineBand band, MeasuredLine line, Sides sides) implements ZoneShape {
    @Override
    public Region region() {
      return band;
    }

    @Override
    public double depthMetres() {
      return band.halfWidthMetres();
    }

    @Override
    public Coordinate place(double metres, String party, double offsetMetres, boolean inward) {
      MeasuredLine.Station s = line.at(metres);
      double east = MeasuredLine.eastwardNormal(s);
      double azimuth = party.equals(sides.east()) ? east : east + 180;
      double distance = inward ? offsetMetres : band.halfWidthMetres() + offsetMetres;
      return Geodesy.destination(s.point(), azimuth, distance);
    }
  }

  /** A polygon (or circle) zone: inside is inward of its edge, whoever's forces enter it. */
  record Area(Region region, MeasuredLine line) implements ZoneShape {
    @Override
    public double depthMetres() {
      return 5_000;
    }

    @Override
    public Coordinate place(double metres, String party, double offsetMetres, boolean inward) {
      MeasuredLine.Station s = line.at(metres);
      double left = s.azimuthDegrees() - 90;
      boolean leftIsInside = contains(Geodesy.destination(s.point(), left, 100));
      double into = leftIsInside ? left : left + 180;
      return Geodesy.destination(s.point(), inward ? into : into + 180, offsetMetres);
    }
  }
}
