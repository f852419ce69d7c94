package org.trucewatch.core.enrich;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.trucewatch.core.geo.LineBand;

/**
 * The envelopes of a band's centreline segments, each widened by the half width: a geometry whose
 * envelope meets none of them is certainly outside the band. Long bands (a zone along a border,
 * a sea corridor) have envelopes far larger than the band, and most footprints inside the
 * envelope are nowhere near the line; this rejects them without the geodesic test. Immutable.
 */
final class BandSegments {
  /** Fewest metres in a degree of latitude on WGS 84 (at the equator). */
  private static final double MIN_METRES_PER_DEGREE = 110_574;
  private static final double EARTH_RADIUS_METRES = 6_371_000;

  private final Envelope[] widened;

  BandSegments(LineBand band) {
    Coordinate[] cs = band.centreline().getCoordinates();
    widened = new Envelope[cs.length - 1];
    for (int i = 1; i < cs.length; i++) {
      Coordinate a = cs[i - 1];
      Coordinate b = cs[i];
      double lengthMetres = Math.hypot((b.x - a.x) * Math.cos(Math.toRadians((a.y + b.y) / 2)), b.y - a.y)
          * MIN_METRES_PER_DEGREE * 1.01;
      double maxAbsLat = Math.max(Math.abs(a.y), Math.abs(b.y));
      // a geodesic bows poleward of the straight lon/lat segment by about L^2 tan(lat) / 8R
      double bulge = lengthMetres * lengthMetres * Math.tan(Math.toRadians(Math.min(maxAbsLat + 1, 89))) / (8 * EARTH_RADIUS_METRES);
      double reach = band.halfWidthMetres() * 1.05 + bulge * 1.5 + 100;
      double dLat = reach / MIN_METRES_PER_DEGREE;
      double cosLat = Math.cos(Math.toRadians(Math.min(89.9, maxAbsLat + dLat)));
      double dLon = Math.min(180, dLat / cosLat);
      Envelope e = new Envelope(a, b);
      e.expandBy(dLon, dLat);
      widened[i - 1] = e;
    }
  }

  /** Whether a geometry with this envelope may reach the band. */
  boolean mayReach(Envelope env) {
    for (Envelope e : widened) {
      if (e.intersects(env)) {
        return true;
      }
    }
    return false;
  }
}
