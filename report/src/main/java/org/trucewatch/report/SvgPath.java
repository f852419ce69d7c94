package org.trucewatch.report;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * SVG path data for lon/lat geometry, kept compact: coordinates rounded to 0.1 px and vertices
 * less than a pixel from the last one drawn skipped. Rings that shrink below three vertices are
 * left out; the caller draws a symbol for what is too small to see.
 */
final class SvgPath {
  /** Vertices closer than this to the previous one, in pixels, are not drawn. */
  static final double MIN_STEP_PX = 1.0;

  private SvgPath() {}

  /** The path data ("M..L..Z") of every line and ring of {@code g}; empty when nothing shows. */
  static String of(Geometry g, MapProjection p) {
    StringBuilder sb = new StringBuilder();
    append(sb, g, p);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Geometry g, MapProjection p) {
    if (g instanceof Polygon poly) {
      ring(sb, poly.getExteriorRing().getCoordinates(), p, true);
      for (int h = 0; h < poly.getNumInteriorRing(); h++) {
        ring(sb, poly.getInteriorRingN(h).getCoordinates(), p, true);
      }
    } else if (g instanceof LineString line) {
      ring(sb, line.getCoordinates(), p, line.isClosed());
    } else if (g instanceof Point) {
      // a point has no outline; symbols are drawn apart
      return;
    } else {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Geometry part = g.getGeometryN(i);
        if (part != g) {
          append(sb, part, p);
        }
      }
    }
  }

  private static void ring(StringBuilder sb, Coordinate[] cs, MapProjection p, boolean closed) {
    StringBuilder part = new StringBuilder();
    int kept = 0;
    double lastX = 0;
    double lastY = 0;
    for (int i = 0; i < cs.length; i++) {
      double x = SvgNumber.round(p.x(cs[i]));
      double y = SvgNumber.round(p.y(cs[i]));
      boolean last = i == cs.length - 1;
      if (kept > 0) {
        double dx = x - lastX;
        double dy = y - lastY;
        boolean tooClose = dx * dx + dy * dy < MIN_STEP_PX * MIN_STEP_PX;
        // a closed ring's last vertex repeats its first; Z draws that edge
        if (tooClose || (last && closed)) {
          continue;
        }
      }
      part.append(kept == 0 ? 'M' : 'L').append(SvgNumber.format(x)).append(' ').append(SvgNumber.format(y));
      lastX = x;
      lastY = y;
      kept++;
    }
    int needed = closed ? 3 : 2;
    if (kept < needed) {
      return;
    }
    sb.append(part);
    if (closed) {
      sb.append('Z');
    }
  }
}
