package org.trucewatch.core.geo;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The inside of a polygon (or multipolygon) given in lon/lat degrees. Edges are taken as drawn
 * in lon/lat, as GeoJSON (RFC 7946, section 3.1.1) says they are; draw long edges with extra
 * vertices if the geodesic matters.
 *
 * @param area the polygon
 */
public record PolygonRegion(Geometry area) implements Region {
  /** Checks the fields. */
  public PolygonRegion {
    Objects.requireNonNull(area, "area");
    if (!(area instanceof Polygonal)) {
      throw new IllegalArgumentException("a polygon region needs a Polygon or MultiPolygon, not " + area.getGeometryType());
    }
  }

  @Override
  public double distanceMetres(Geometry g) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    if (prepared.intersects(g)) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (org.locationtech.jts.geom.Coordinate c : g.getCoordinates()) {
      best = Math.min(best, Geodesy.distanceMetres(c, area));
    }
    return best;
  }

  @Override
  public Envelope envelope() {
    return area.getEnvelopeInternal();
  }

  @Override
  public Geometry outline() {
    return area;
  }
}
