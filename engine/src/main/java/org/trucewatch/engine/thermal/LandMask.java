package org.trucewatch.engine.thermal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.trucewatch.core.thermal.CellMask;
import org.trucewatch.core.thermal.FireCell;

/**
 * The land cells of a boundary file: a cell is in the mask when its square meets one of the
 * file's polygons (The Economist keep the cells holding a 1 km WorldPop land pixel of Ukraine, so
 * a cell with any land in it). Answers are kept per cell; not thread-safe.
 */
final class LandMask implements CellMask {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final List<PreparedGeometry> areas;
  private final long cellSize;
  private final Map<FireCell, Boolean> known = new HashMap<>();

  private LandMask(List<PreparedGeometry> areas, long cellSize) {
    this.areas = areas;
    this.cellSize = cellSize;
  }

  /**
   * The mask of the Polygon and MultiPolygon features of a GeoJSON file.
   *
   * @throws IllegalArgumentException naming the file when it holds no polygon or is not GeoJSON
   */
  static LandMask read(Path file, long cellSizeMicroDegrees) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    List<PreparedGeometry> areas = new ArrayList<>();
    List<JsonNode> geometries = new ArrayList<>();
    if (root.path("features").isArray()) {
      root.path("features").forEach(f -> geometries.add(f.path("geometry")));
    } else {
      geometries.add(root.has("geometry") ? root.path("geometry") : root);
    }
    for (int i = 0; i < geometries.size(); i++) {
      JsonNode g = geometries.get(i);
      String type = g.path("type").asText();
      List<Polygon> polygons = new ArrayList<>();
      try {
        if (type.equals("Polygon")) {
          polygons.add(polygon(g.path("coordinates")));
        } else if (type.equals("MultiPolygon")) {
          for (JsonNode p : g.path("coordinates")) {
            polygons.add(polygon(p));
          }
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": feature " + i + ": " + e.getMessage(), e);
      }
      for (Polygon p : polygons) {
        areas.add(PreparedGeometryFactory.prepare(p.isValid() ? p : p.buffer(0)));
      }
    }
    if (areas.isEmpty()) {
      throw new IllegalArgumentException(file + ": no Polygon or MultiPolygon feature to use as a land mask");
    }
    return new LandMask(areas, cellSizeMicroDegrees);
  }

  private static Polygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException("a polygon needs at least one ring");
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int k = 1; k < rings.size(); k++) {
      holes[k - 1] = ring(rings.get(k));
    }
    return GEOMETRY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions) {
    Coordinate[] cs = new Coordinate[positions.size()];
    for (int k = 0; k < cs.length; k++) {
      JsonNode p = positions.get(k);
      if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw new IllegalArgumentException("position " + k + " is not [longitude, latitude]");
      }
      cs[k] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
    return GEOMETRY.createLinearRing(cs);
  }

  @Override
  public boolean contains(FireCell cell) {
    return known.computeIfAbsent(cell, this::meetsLand);
  }

  private boolean meetsLand(FireCell cell) {
    double half = cellSize / 2e6;
    double lat = cell.centreLatitude(cellSize);
    double lon = cell.centreLongitude(cellSize);
    Geometry square = GEOMETRY.toGeometry(new Envelope(lon - half, lon + half, lat - half, lat + half));
    for (PreparedGeometry a : areas) {
      if (a.intersects(square)) {
        return true;
      }
    }
    return false;
  }
}
