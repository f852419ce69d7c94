package org.trucewatch.formats.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.trucewatch.core.agreement.ProtectedSite;

/**
 * Reads the sites of a protected-sites provision, or the areas of an alert-areas provision,
 * written inline or in a GeoJSON FeatureCollection of points.
 */
final class SiteListReader {
  private static final List<String> SITE_KEYS = List.of("id", "name", "category", "country", "location", "radius_m");
  private static final List<String> PROPERTY_KEYS = List.of("id", "name", "category", "country", "radius_m");
  private static final List<String> COLLECTION_KEYS = List.of("type", "features", "bbox", "name", "crs");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]*");

  private final Problems problems;
  private final GeoJsonGeometryReader geometry;

  SiteListReader(Problems problems, GeoJsonGeometryReader geometry) {
    this.problems = problems;
    this.geometry = geometry;
  }

  /** Where a site was first seen, to point a duplicate at its original. */
  private record Seen(FieldPointer at, int line) {}

  /** Sites written as a YAML list of mappings with a {@code location: [lon, lat]}. */
  List<ProtectedSite> fromList(LocatedList list, FieldPointer at, Optional<Double> defaultRadiusMetres) {
    List<ProtectedSite> out = new ArrayList<>();
    Map<String, Seen> seen = new LinkedHashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      FieldPointer itemAt = at.index(i);
      Optional<MapFields> fields = MapFields.of(list.items().get(i), itemAt, problems, "a site");
      if (fields.isEmpty()) {
        continue;
      }
      MapFields f = fields.get();
      f.rejectUnknownKeys(SITE_KEYS);
      Optional<Coordinate> location = f.required("location").flatMap(n -> geometry.position(n, itemAt.key("location")));
      site(f, location, defaultRadiusMetres, seen).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Sites written as a GeoJSON FeatureCollection of Point features, their fields in each feature's
   * {@code properties}.
   */
  List<ProtectedSite> fromFeatureCollection(LocatedNode root, FieldPointer at, Optional<Double> defaultRadiusMetres) {
    List<ProtectedSite> out = new ArrayList<>();
    Optional<MapFields> fields = MapFields.of(root, at, problems, "a GeoJSON FeatureCollection");
    if (fields.isEmpty()) {
      return out;
    }
    MapFields collection = fields.get();
    collection.rejectUnknownKeys(COLLECTION_KEYS);
    Optional<String> type = collection.text("type", true);
    if (type.isPresent() && !type.get().equals("FeatureCollection")) {
      collection.problem("type", "expected a 'FeatureCollection' of Point features, found '" + type.get() + "'");
      return out;
    }
    Optional<LocatedList> features = collection.nonEmptyList("features", true);
    if (features.isEmpty()) {
      return out;
    }
    Map<String, Seen> seen = new LinkedHashMap<>();
    for (int i = 0; i < features.get().items().size(); i++) {
      FieldPointer featureAt = at.key("features").index(i);
      LocatedNode feature = features.get().items().get(i);
      Optional<Coordinate> location = geometry.feature(feature, featureAt)
          .flatMap(g -> geometry.geometry(g, List.of("Point")))
          .map(Geometry::getCoordinate);
      if (!(feature instanceof LocatedMap featureMap)) {
        continue;
      }
      Optional<MapFields> properties = new MapFields(featureMap, featureAt, problems)
          .mapping("properties", true, "the site's properties");
      if (properties.isEmpty()) {
        continue;
      }
      properties.get().rejectUnknownKeys(PROPERTY_KEYS);
      site(properties.get(), location, defaultRadiusMetres, seen).ifPresent(out::add);
    }
    return out;
  }

  private Optional<ProtectedSite> site(
      MapFields f, Optional<Coordinate> location, Optional<Double> defaultRadiusMetres, Map<String, Seen> seen) {
    Optional<String> id = f.matching("id", true, MapFields.ID, "a valid id (lower-case letters, digits and hyphens)");
    Optional<String> name = f.text("name", true);
    Optional<String> category = f.matching("category", true, CATEGORY,
        "a valid category (lower-case letters, digits and hyphens, e.g. nuclear, substation, city)");
    Optional<String> country = f.matching("country", false, COUNTRY, "an ISO 3166-1 alpha-2 country code such as UA");
    Optional<Double> radius;
    if (f.map().entry("radius_m").isPresent()) {
      radius = f.positive("radius_m", true);
    } else {
      radius = defaultRadiusMetres;
      if (radius.isEmpty()) {
        problems.add(f.at().key("radius_m"), f.map(), "missing radius_m, and the provision sets no default_radius_m");
      }
    }
    if (id.isPresent()) {
      int line = f.value("id").orElseThrow().line();
      Seen first = seen.putIfAbsent(id.get(), new Seen(f.at(), line));
      if (first != null) {
        f.problem("id", "site id '" + id.get() + "' appears twice in this provision (first at "
            + first.at().path() + ", line " + first.line() + ")");
        return Optional.empty();
      }
    }
    if (id.isEmpty() || name.isEmpty() || category.isEmpty() || location.isEmpty() || radius.isEmpty()
        || (f.has("country") && country.isEmpty())) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ProtectedSite(
          id.get(), name.get(), category.get(), country, location.get(), radius.get()));
    } catch (IllegalArgumentException e) {
      problems.add(f.at(), f.map(), "cannot use this site: " + e.getMessage());
      return Optional.empty();
    }
  }
}
