package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** JTS geometries (lon/lat degrees) as RFC 7946 GeoJSON, positions rounded to 6 decimals (about 0.1 m). */
public final class GeoJsonGeometries {
  private GeoJsonGeometries() {}

  /** The geometry as a GeoJSON geometry object; collections become GeometryCollection. */
  public static ObjectNode of(Geometry g) {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    if (g instanceof Point p) {
      n.put("type", "Point");
      position(n.putArray("coordinates"), p.getCoordinate());
    } else if (g instanceof LineString l) {
      n.put("type", "LineString");
      line(n.putArray("coordinates"), l);
    } else if (g instanceof Polygon p) {
      n.put("type", "Polygon");
      polygon(n.putArray("coordinates"), p);
    } else if (g instanceof MultiPolygon mp) {
      n.put("type", "MultiPolygon");
      ArrayNode a = n.putArray("coordinates");
      for (int i = 0; i < mp.getNumGeometries(); i++) {
        polygon(a.addArray(), (Polygon) mp.getGeometryN(i));
      }
    } else if (g instanceof MultiLineString ml) {
      n.put("type", "MultiLineString");
      ArrayNode a = n.putArray("coordinates");
      for (int i = 0; i < ml.getNumGeometries(); i++) {
        line(a.addArray(), (LineString) ml.getGeometryN(i));
      }
    } else if (g instanceof GeometryCollection gc) {
      n.put("type", "GeometryCollection");
      ArrayNode a = n.putArray("geometries");
      for (int i = 0; i < gc.getNumGeometries(); i++) {
        a.add(of(gc.getGeometryN(i)));
      }
    } else {
      throw new IllegalArgumentException("no GeoJSON for " + g.getGeometryType());
    }
    return n;
  }

  private static void polygon(ArrayNode rings, Polygon p) {
    line(rings.addArray(), p.getExteriorRing());
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      line(rings.addArray(), p.getInteriorRingN(i));
    }
  }

  private static void line(ArrayNode a, LineString l) {
    for (Coordinate c : l.getCoordinates()) {
      position(a.addArray(), c);
    }
  }

  private static void position(ArrayNode a, Coordinate c) {
    a.add(Math.round(c.x * 1e6) / 1e6);
    a.add(Math.round(c.y * 1e6) / 1e6);
  }
}
