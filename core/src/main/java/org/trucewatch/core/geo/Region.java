package org.trucewatch.core.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * An area on the ground or sea that a provision covers, with an exact geodesic membership test.
 *
 * <p>Closed set: a circle around a point (protected sites, city alert radii), a band either side
 * of a line (demilitarised zones, corridors) and a polygon.
 */
public sealed interface Region permits Circle, LineBand, PolygonRegion {

  /**
   * Geodesic distance in metres from the geometry to this region: zero when they overlap.
   * Exact for points; see {@link Geodesy} for lines and polygons.
   */
  double distanceMetres(Geometry g);

  /** Whether the geometry reaches into this region. */
  default boolean touches(Geometry g) {
    return distanceMetres(g) <= 0;
  }

  /**
   * A lon/lat envelope that contains the whole region, for the spatial index: never smaller than
   * the region, possibly a little larger.
   */
  Envelope envelope();

  /** A polygon approximating the region, for maps and exports. */
  Geometry outline();
}
