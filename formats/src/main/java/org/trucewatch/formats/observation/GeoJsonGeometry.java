package org.trucewatch.formats.observation;

import org.trucewatch.formats.BadField;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.trucewatch.core.geo.Geodesy;

/**
 * GeoJSON (RFC 7946) geometries of the kinds an observation can have: Point, LineString and
 * Polygon, positions as {@code [longitude, latitude]} in WGS 84 degrees.
 */
final class GeoJsonGeometry {
  private static final List<String> KEYS = List.of("type", "coordinates", "bbox");

  private GeoJsonGeometry() {}

  /** The geometry a GeoJSON geometry object describes; {@code field} names it in errors. */
  static Geometry decode(JsonNode node, String field) throws BadField {
    if (!node.isObject()) {
      throw new BadField(field, "must be a GeoJSON geometry object");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      if (!KEYS.contains(key)) {
        throw new BadField(field + "." + key, "unknown key; a geometry has " + String.join(", ", KEYS));
      }
    }
    JsonNode type = node.get("type");
    JsonNode coordinates = node.get("coordinates");
    if (type == null || !type.isTextual()) {
      throw new BadField(field + ".type", "missing; must be Point, LineString or Polygon");
    }
    if (coordinates == null) {
      throw new BadField(field + ".coordinates", "missing");
    }
    String c = field + ".coordinates";
    switch (type.asText()) {
      case "Point":
        return Geodesy.WGS84.createPoint(position(coordinates, c));
      case "LineString": {
        Coordinate[] line = positions(coordinates, c);
        if (line.length < 2) {
          throw new BadField(c, "a LineString needs at least 2 positions, not " + line.length);
        }
        return Geodesy.WGS84.createLineString(line);
      }
      case "Polygon":
        return polygon(coordinates, c);
      default:
        throw new BadField(field + ".type", "must be Point, LineString or Polygon, not '" + type.asText() + "'");
    }
  }

  private static Polygon polygon(JsonNode rings, String field) throws BadField {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new BadField(field, "a Polygon needs an array of linear rings, the first its outer boundary");
    }
    LinearRing[] all = new LinearRing[rings.size()];
    for (int r = 0; r < rings.size(); r++) {
      String f = field + "[" + r + "]";
      Coordinate[] ring = positions(rings.get(r), f);
      if (ring.length < 4) {
        throw new BadField(f, "a linear ring needs at least 4 positions, not " + ring.length);
      }
      if (!ring[0].equals2D(ring[ring.length - 1])) {
        throw new BadField(f, "a linear ring must end at the position it starts from");
      }
      all[r] = Geodesy.WGS84.createLinearRing(ring);
    }
    LinearRing[] holes = new LinearRing[all.length - 1];
    System.arraycopy(all, 1, holes, 0, holes.length);
    Polygon polygon = Geodesy.WGS84.createPolygon(all[0], holes);
    TopologyValidationError error = new IsValidOp(polygon).getValidationError();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      throw new BadField(field, "not a valid polygon: " + error.getMessage().toLowerCase(Locale.ROOT)
          + (at == null ? "" : " at [" + at.x + ", " + at.y + "]"));
    }
    return polygon;
  }

  private static Coordinate[] positions(JsonNode node, String field) throws BadField {
    if (!node.isArray()) {
      throw new BadField(field, "must be an array of [longitude, latitude] positions");
    }
    Coordinate[] out = new Coordinate[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = position(node.get(i), field + "[" + i + "]");
    }
    return out;
  }

  private static Coordinate position(JsonNode node, String field) throws BadField {
    if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
      throw new BadField(field, "must be a position [longitude, latitude] of two numbers (altitude is not supported)");
    }
    double lon = node.get(0).doubleValue();
    double lat = node.get(1).doubleValue();
    if (!(lon >= -180 && lon <= 180)) {
      throw new BadField(field, "longitude must be between -180 and 180, not " + node.get(0).asText());
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new BadField(field, "latitude must be between -90 and 90, not " + node.get(1).asText());
    }
    return new Coordinate(lon, lat);
  }

  /**
   * Writes a Point, LineString or Polygon as a GeoJSON geometry object.
   *
   * @throws IllegalArgumentException for other geometry types
   */
  static void encode(Geometry g, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (g instanceof Point p) {
      out.writeStringField("type", "Point");
      out.writeFieldName("coordinates");
      position(p.getCoordinate(), out);
    } else if (g instanceof Polygon p) {
      out.writeStringField("type", "Polygon");
      out.writeFieldName("coordinates");
      out.writeStartArray();
      ring(p.getExteriorRing(), out);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        ring(p.getInteriorRingN(i), out);
      }
      out.writeEndArray();
    } else if (g instanceof LineString l) {
      out.writeStringField("type", "LineString");
      out.writeFieldName("coordinates");
      ring(l, out);
    } else {
      throw new IllegalArgumentException("observations are written with Point, LineString or Polygon geometry, not "
          + g.getGeometryType());
    }
    out.writeEndObject();
  }

  private static void ring(LineString line, JsonGenerator out) throws IOException {
    out.writeStartArray();
    for (Coordinate c : line.getCoordinates()) {
      position(c, out);
    }
    out.writeEndArray();
  }

  private static void position(Coordinate c, JsonGenerator out) throws IOException {
    out.writeStartArray();
    out.writeNumber(JsonNumbers.text(c.x));
    out.writeNumber(JsonNumbers.text(c.y));
    out.writeEndArray();
  }
}
