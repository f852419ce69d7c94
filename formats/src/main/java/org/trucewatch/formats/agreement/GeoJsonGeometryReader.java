package org.trucewatch.formats.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.trucewatch.core.geo.Geodesy;

/**
 * Reads GeoJSON (RFC 7946) geometries from located trees into lon/lat JTS geometry, checking
 * positions, ring closure and polygon validity, and reporting each fault where it was written.
 */
final class GeoJsonGeometryReader {
  private static final List<String> GEOMETRY_KEYS = List.of("type", "coordinates", "bbox");
  private static final List<String> FEATURE_KEYS = List.of("type", "id", "geometry", "properties", "bbox");
  private static final List<String> COLLECTION_KEYS = List.of("type", "features", "bbox", "name", "crs");

  private final Problems problems;
  private final ReferencedFiles files;

  GeoJsonGeometryReader(Problems problems, ReferencedFiles files) {
    this.problems = problems;
    this.files = files;
  }

  /**
   * A geometry written inline as a GeoJSON geometry object, or as {@code {file: path}} naming a
   * GeoJSON file that holds a geometry, a feature, or a collection of exactly one feature.
   *
   * @param types the geometry types accepted, e.g. {@code LineString}
   */
  Optional<Geometry> inlineOrFile(LocatedNode node, FieldPointer at, List<String> types) {
    Optional<MapFields> fields = MapFields.of(node, at, problems, "a GeoJSON geometry or {file: path}");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    if (!fields.get().map().entry("file").isPresent()) {
      return geometry(fields.get(), types);
    }
    fields.get().rejectUnknownKeys(List.of("file"));
    Optional<LocatedNode> ref = fields.get().required("file");
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    return files.load(ref.get(), at.key("file")).flatMap(loaded -> singleGeometry(loaded.root(), loaded.at(), types));
  }

  /** The one geometry of a GeoJSON document: a geometry, a feature, or a collection of one feature. */
  private Optional<Geometry> singleGeometry(LocatedNode root, FieldPointer at, List<String> types) {
    Optional<MapFields> fields = MapFields.of(root, at, problems, "a GeoJSON object");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    MapFields f = fields.get();
    Optional<String> type = f.text("type", true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (type.get().equals("FeatureCollection")) {
      f.rejectUnknownKeys(COLLECTION_KEYS);
      Optional<LocatedList> features = f.list("features", true);
      if (features.isEmpty()) {
        return Optional.empty();
      }
      if (features.get().items().size() != 1) {
        f.problem("features", "expected exactly one feature holding the geometry, found "
            + features.get().items().size());
        return Optional.empty();
      }
      return feature(features.get().items().get(0), at.key("features").index(0))
          .flatMap(g -> geometry(g, types));
    }
    if (type.get().equals("Feature")) {
      return feature(root, at).flatMap(g -> geometry(g, types));
    }
    return geometry(f, types);
  }

  /** The geometry member of a GeoJSON feature, checked to be a mapping. */
  Optional<MapFields> feature(LocatedNode node, FieldPointer at) {
    Optional<MapFields> fields = MapFields.of(node, at, problems, "a GeoJSON Feature");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    MapFields f = fields.get();
    f.rejectUnknownKeys(FEATURE_KEYS);
    Optional<String> type = f.text("type", true);
    if (type.isPresent() && !type.get().equals("Feature")) {
      f.problem("type", "expected 'Feature', found '" + type.get() + "'");
      return Optional.empty();
    }
    return f.mapping("geometry", true, "a GeoJSON geometry");
  }

  /** A GeoJSON geometry object of one of {@code types}. */
  Optional<Geometry> geometry(MapFields f, List<String> types) {
    f.rejectUnknownKeys(GEOMETRY_KEYS);
    Optional<String> type = f.text("type", true);
    Optional<LocatedNode> coordinates = f.required("coordinates");
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (!types.contains(type.get())) {
      f.problem("type", "expected a geometry of type " + String.join(" or ", types) + ", found '" + type.get() + "'");
      return Optional.empty();
    }
    if (coordinates.isEmpty()) {
      return Optional.empty();
    }
    FieldPointer at = f.at().key("coordinates");
    LocatedNode c = coordinates.get();
    String t = type.get();
    if (t.equals("Point")) {
      return position(c, at).map(Geodesy.WGS84::createPoint);
    }
    if (t.equals("LineString")) {
      return lineString(c, at);
    }
    if (t.equals("Polygon")) {
      return polygon(c, at).flatMap(p -> valid(p, f.at(), c));
    }
    if (t.equals("MultiPolygon")) {
      return multiPolygon(c, at).flatMap(p -> valid(p, f.at(), c));
    }
    f.problem("type", "geometry type '" + t + "' is not supported here");
    return Optional.empty();
  }

  /** A GeoJSON position: [longitude, latitude] in degrees, optionally with an altitude. */
  Optional<Coordinate> position(LocatedNode node, FieldPointer at) {
    if (!(node instanceof LocatedList list)) {
      problems.add(at, node, "expected a position [longitude, latitude], found " + node.describe());
      return Optional.empty();
    }
    List<LocatedNode> items = list.items();
    if (items.size() < 2 || items.size() > 3) {
      problems.add(at, node, "expected a position [longitude, latitude], found a list of " + items.size());
      return Optional.empty();
    }
    Optional<Double> lon = degrees(items.get(0), at.index(0), "longitude", 180);
    Optional<Double> lat = degrees(items.get(1), at.index(1), "latitude", 90);
    if (items.size() == 3) {
      // an altitude is allowed by GeoJSON; it plays no part in the checks
      degrees(items.get(2), at.index(2), "altitude", Double.POSITIVE_INFINITY);
    }
    if (lon.isEmpty() || lat.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Coordinate(lon.get(), lat.get()));
  }

  private Optional<Double> degrees(LocatedNode node, FieldPointer at, String what, double limit) {
    if (!(node instanceof LocatedScalar s) || s.type() != LocatedScalar.Type.NUMBER || !Double.isFinite(s.number())) {
      problems.add(at, node, "expected the " + what + " as a number, found " + node.describe());
      return Optional.empty();
    }
    if (Math.abs(s.number()) > limit) {
      problems.add(at, node, String.format(Locale.ROOT, "%s %s is outside [%.0f, %.0f]",
          what, s.text(), -limit, limit));
      return Optional.empty();
    }
    return Optional.of(s.number());
  }

  private Optional<List<Coordinate>> positions(LocatedNode node, FieldPointer at) {
    if (!(node instanceof LocatedList list)) {
      problems.add(at, node, "expected a list of positions, found " + node.describe());
      return Optional.empty();
    }
    List<Coordinate> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.items().size(); i++) {
      Optional<Coordinate> c = position(list.items().get(i), at.index(i));
      ok &= c.isPresent();
      c.ifPresent(out::add);
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private Optional<Geometry> lineString(LocatedNode node, FieldPointer at) {
    Optional<List<Coordinate>> cs = positions(node, at);
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    if (cs.get().size() < 2) {
      problems.add(at, node, "a LineString needs at least 2 positions, found " + cs.get().size());
      return Optional.empty();
    }
    if (cs.get().stream().distinct().count() < 2) {
      problems.add(at, node, "a LineString needs at least 2 different positions");
      return Optional.empty();
    }
    return Optional.of(Geodesy.WGS84.createLineString(cs.get().toArray(Coordinate[]::new)));
  }

  private Optional<Polygon> polygon(LocatedNode node, FieldPointer at) {
    if (!(node instanceof LocatedList rings) || rings.items().isEmpty()) {
      problems.add(at, node, "expected a list of rings (the outer ring first), found " + node.describe());
      return Optional.empty();
    }
    List<LinearRing> built = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < rings.items().size(); i++) {
      Optional<LinearRing> r = ring(rings.items().get(i), at.index(i));
      ok &= r.isPresent();
      r.ifPresent(built::add);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(Geodesy.WGS84.createPolygon(
        built.get(0), built.subList(1, built.size()).toArray(LinearRing[]::new)));
  }

  private Optional<Geometry> multiPolygon(LocatedNode node, FieldPointer at) {
    if (!(node instanceof LocatedList polygons) || polygons.items().isEmpty()) {
      problems.add(at, node, "expected a list of polygons, found " + node.describe());
      return Optional.empty();
    }
    List<Polygon> built = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < polygons.items().size(); i++) {
      Optional<Polygon> p = polygon(polygons.items().get(i), at.index(i));
      ok &= p.isPresent();
      p.ifPresent(built::add);
    }
    return ok ? Optional.of(Geodesy.WGS84.createMultiPolygon(built.toArray(Polygon[]::new))) : Optional.empty();
  }

  private Optional<LinearRing> ring(LocatedNode node, FieldPointer at) {
    Optional<List<Coordinate>> cs = positions(node, at);
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    List<Coordinate> ring = cs.get();
    if (ring.size() < 4) {
      problems.add(at, node, "a polygon ring needs at least 4 positions (the last repeating the first), found "
          + ring.size());
      return Optional.empty();
    }
    if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
      problems.add(at, node, "the ring is not closed: its last position must repeat its first, "
          + format(ring.get(0)));
      return Optional.empty();
    }
    return Optional.of(Geodesy.WGS84.createLinearRing(ring.toArray(Coordinate[]::new)));
  }

  private Optional<Geometry> valid(Geometry g, FieldPointer at, LocatedNode node) {
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error == null) {
      return Optional.of(g);
    }
    problems.add(at.key("coordinates"), node, "the polygon is not valid: " + error.getMessage()
        + (error.getCoordinate() == null ? "" : " at " + format(error.getCoordinate())));
    return Optional.empty();
  }

  private static String format(Coordinate c) {
    return String.format(Locale.ROOT, "[%s, %s]", trim(c.x), trim(c.y));
  }

  private static String trim(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
