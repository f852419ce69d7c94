package org.trucewatch.formats.track;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.formats.FieldProblem;
import org.trucewatch.formats.sources.SourceIds;

/** Typed access to one JSON object's members, each failure a {@link FieldProblem} naming its path. */
public final class JsonFields {
  private final JsonNode node;
  private final String path;

  public JsonFields(JsonNode node, String path) throws FieldProblem {
    if (node == null || !node.isObject()) {
      throw new FieldProblem(path, "must be a JSON object");
    }
    this.node = node;
    this.path = path;
  }

  public String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public boolean has(String key) {
    return node.hasNonNull(key);
  }

  public JsonNode get(String key) {
    return node.get(key);
  }

  public void onlyKeys(Collection<String> allowed) throws FieldProblem {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!allowed.contains(e.getKey())) {
        throw new FieldProblem(field(e.getKey()), "unknown key; expected one of " + String.join(", ", allowed));
      }
    }
  }

  public Optional<String> text(String key) throws FieldProblem {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new FieldProblem(field(key), "must be non-empty text");
    }
    return Optional.of(v.asText().strip());
  }

  public String requiredText(String key) throws FieldProblem {
    return text(key).orElseThrow(() -> new FieldProblem(field(key), "missing"));
  }

  public Optional<Double> number(String key) throws FieldProblem {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new FieldProblem(field(key), "must be a number, not " + v);
    }
    return Optional.of(v.asDouble());
  }

  public double requiredNumber(String key) throws FieldProblem {
    return number(key).orElseThrow(() -> new FieldProblem(field(key), "missing"));
  }

  public Instant time(String key) throws FieldProblem {
    return time(requiredText(key), field(key));
  }

  public static Instant time(String text, String field) throws FieldProblem {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new FieldProblem(field, "must be an ISO-8601 date and time with an offset, e.g. 2025-03-20T10:15:00Z, not '"
          + text + "'");
    }
  }

  public String sourceId(String key) throws FieldProblem {
    String id = requiredText(key);
    Optional<String> problem = SourceIds.problem(id);
    if (problem.isPresent()) {
      throw new FieldProblem(field(key), problem.get());
    }
    return id;
  }

  /** A GeoJSON position [lon, lat] or [lon, lat, altitude]; the altitude is dropped. */
  public static Coordinate position(JsonNode p, String field) throws FieldProblem {
    if (p == null || !p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
      throw new FieldProblem(field, "must be a position [longitude, latitude] (altitude allowed)");
    }
    double lon = p.get(0).asDouble();
    double lat = p.get(1).asDouble();
    if (!(lon >= -180 && lon <= 180)) {
      throw new FieldProblem(field, "longitude must be between -180 and 180, not " + p.get(0));
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new FieldProblem(field, "latitude must be between -90 and 90, not " + p.get(1));
    }
    return new Coordinate(lon, lat);
  }

  public static Coordinate latLon(double lat, double lon, String latField, String lonField) throws FieldProblem {
    if (!(lat >= -90 && lat <= 90)) {
      throw new FieldProblem(latField, "latitude must be between -90 and 90, not " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new FieldProblem(lonField, "longitude must be between -180 and 180, not " + lon);
    }
    return new Coordinate(lon, lat);
  }
}
