package org.trucewatch.formats.air;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.trucewatch.core.coverage.FootprintKind;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.DetectionClass;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.FieldProblem;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.track.JsonFields;
import org.trucewatch.formats.track.TimedPosition;
import org.trucewatch.formats.track.TrackPieces;

/**
 * Reads the air layer's GeoJSON (RFC 7946): a FeatureCollection whose features are, by their
 * properties,
 *
 * <ul>
 *   <li>a <b>detection</b> ({@code class}): an object found in imagery or drone video, a Point or
 *       Polygon, with {@code confidence} (0 to 1), {@code time}, {@code platform}, optional {@code
 *       sensor}, {@code source}, {@code count}, {@code calibre_mm}, {@code uncertainty_m};
 *   <li>a <b>footprint</b> ({@code footprint}: {@code imagery} or {@code satellite-pass}): the
 *       ground a frame or a pass saw, a Polygon, with {@code time} and {@code platform};
 *   <li>a <b>patrol track</b> (a LineString with {@code times}, one per position, or {@code
 *       coordinateProperties.times} as common converters write it), with {@code platform} and an
 *       optional {@code swath_width_m}.
 * </ul>
 *
 * <p>Each feature is one record: a bad feature becomes a {@link Reject} with the line it starts
 * on and a field such as {@code features[3].properties.confidence}, and the others are read. See
 * {@code docs/input-formats.md}. Thread-safe.
 */
public final class AirGeoJsonReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "air-geojson";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final List<String> FEATURE_KEYS = List.of("type", "id", "geometry", "properties", "bbox");
  private static final List<String> DETECTION_KEYS = List.of("class", "confidence", "time", "platform", "sensor",
      "source", "count", "calibre_mm", "uncertainty_m");
  private static final List<String> FOOTPRINT_KEYS = List.of("footprint", "time", "platform", "sensor", "source");
  private static final List<String> TRACK_KEYS = List.of("times", "coordinateProperties", "platform", "sensor",
      "source", "swath_width_m");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<Observation> out = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(raw)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        rejects.add(new Reject(name, line(p), "", "expected a GeoJSON FeatureCollection object"));
        return new ReadResult(out, rejects);
      }
      boolean sawFeatures = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken t = p.nextToken();
        if (key.equals("features") && t == JsonToken.START_ARRAY) {
          sawFeatures = true;
          int index = 0;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            long line = line(p);
            JsonNode feature = p.readValueAsTree();
            String at = "features[" + index++ + "]";
            try {
              out.addAll(feature(feature, at, new Provenance(entrySha256, name, line)));
            } catch (FieldProblem e) {
              rejects.add(new Reject(name, line, e.field, e.reason));
            }
          }
        } else if (key.equals("type")) {
          if (t != JsonToken.VALUE_STRING || !p.getText().equals("FeatureCollection")) {
            rejects.add(new Reject(name, line(p), "type", "expected 'FeatureCollection'"));
            return new ReadResult(out, rejects);
          }
        } else {
          p.skipChildren(); // bbox, name, crs and the like carry nothing to observe
        }
      }
      if (!sawFeatures) {
        rejects.add(new Reject(name, 0, "features", "missing: a FeatureCollection needs a features array"));
      }
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      rejects.add(new Reject(name, line, "", "invalid JSON: " + firstLine(e.getOriginalMessage())
          + "; features before this point are kept"));
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory cannot fail", e);
    }
    return new ReadResult(out, rejects);
  }

  private static List<Observation> feature(JsonNode node, String at, Provenance provenance) throws FieldProblem {
    JsonFields f = new JsonFields(node, at);
    f.onlyKeys(FEATURE_KEYS);
    if (!"Feature".equals(node.path("type").asText())) {
      throw new FieldProblem(f.field("type"), "expected 'Feature'");
    }
    JsonFields props = new JsonFields(node.get("properties"), f.field("properties"));
    JsonNode geometry = node.get("geometry");
    if (geometry == null || !geometry.isObject()) {
      throw new FieldProblem(f.field("geometry"), "missing; a detection, footprint or track needs its geometry");
    }
    String type = geometry.path("type").asText();
    if (props.has("class")) {
      return List.of(detection(props, geometry(geometry, f.field("geometry"), List.of("Point", "Polygon")), provenance));
    }
    if (props.has("footprint")) {
      return List.of(footprint(props, geometry(geometry, f.field("geometry"), List.of("Polygon")), provenance));
    }
    if (type.equals("LineString")) {
      return track(props, geometry, f.field("geometry"), provenance);
    }
    throw new FieldProblem(f.field("properties"),
        "neither a detection (class), a footprint (footprint) nor a patrol track (a LineString with times)");
  }

  private static Observation detection(JsonFields p, Geometry g, Provenance provenance) throws FieldProblem {
    p.onlyKeys(DETECTION_KEYS);
    DetectionClass cls;
    try {
      cls = DetectionClass.parse(p.requiredText("class"));
    } catch (IllegalArgumentException e) {
      throw new FieldProblem(p.field("class"), e.getMessage());
    }
    double confidence = p.requiredNumber("confidence");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new FieldProblem(p.field("confidence"), "must be between 0 and 1, not " + p.get("confidence")
          + (confidence > 1 && confidence <= 100 ? " (a percentage? divide by 100)" : ""));
    }
    Instant time = p.time("time");
    String platform = p.sourceId("platform");
    String source = p.has("source") ? p.sourceId("source") : platform;
    double uncertainty = p.number("uncertainty_m").orElse(0.0);
    if (!(uncertainty >= 0)) {
      throw new FieldProblem(p.field("uncertainty_m"), "must be zero or more metres");
    }
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put(DetectionClass.ATTRIBUTE, cls.code());
    attrs.put("confidence", plain(confidence));
    attrs.put(FootprintKind.PLATFORM, platform);
    Optional<String> sensor = p.text("sensor");
    sensor.ifPresent(s -> attrs.put("sensor", s));
    Optional<Double> count = p.number("count");
    if (count.isPresent()) {
      if (!(count.get() >= 1) || count.get() != Math.rint(count.get())) {
        throw new FieldProblem(p.field("count"), "must be a whole number, 1 or more");
      }
      attrs.put("count", plain(count.get()));
    }
    Optional<Double> calibre = p.number("calibre_mm");
    if (calibre.isPresent()) {
      if (!(calibre.get() > 0)) {
        throw new FieldProblem(p.field("calibre_mm"), "must be more than zero millimetres");
      }
      attrs.put("calibre_mm", plain(calibre.get()));
    }
    return Observation.of(source, cls.kind(), time, g, uncertainty,
        Credibility.of(DetectionClass.credibilityRating(confidence)), attrs, Casualties.NONE, provenance);
  }

  private static Observation footprint(JsonFields p, Geometry g, Provenance provenance) throws FieldProblem {
    p.onlyKeys(FOOTPRINT_KEYS);
    String kind = p.requiredText("footprint");
    if (!kind.equals(FootprintKind.IMAGERY.code()) && !kind.equals(FootprintKind.SATELLITE_PASS.code())) {
      throw new FieldProblem(p.field("footprint"), "must be imagery or satellite-pass (a patrol is a LineString with times), not '"
          + kind + "'");
    }
    String platform = p.sourceId("platform");
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put(FootprintKind.ATTRIBUTE, kind);
    attrs.put(FootprintKind.PLATFORM, platform);
    p.text("sensor").ifPresent(s -> attrs.put("sensor", s));
    String source = p.has("source") ? p.sourceId("source") : platform;
    return Observation.of(source, ObservationKind.OTHER, p.time("time"), g, 0, Credibility.PROBABLY_TRUE, attrs,
        Casualties.NONE, provenance);
  }

  private static List<Observation> track(JsonFields p, JsonNode geometry, String geometryField, Provenance provenance)
      throws FieldProblem {
    p.onlyKeys(TRACK_KEYS);
    JsonNode coords = geometry.get("coordinates");
    String coordsField = geometryField + ".coordinates";
    if (coords == null || !coords.isArray() || coords.size() < 2) {
      throw new FieldProblem(coordsField, "a LineString needs at least 2 positions");
    }
    JsonNode times = p.get("times");
    String timesField = p.field("times");
    if (times == null && p.has("coordinateProperties")) {
      times = p.get("coordinateProperties").get("times");
      timesField = p.field("coordinateProperties.times");
    }
    if (times == null || !times.isArray()) {
      throw new FieldProblem(p.field("times"), "missing: a patrol track needs one time per position");
    }
    if (times.size() != coords.size()) {
      throw new FieldProblem(timesField, times.size() + " times for " + coords.size() + " positions");
    }
    List<TimedPosition> fixes = new ArrayList<>();
    for (int i = 0; i < coords.size(); i++) {
      Coordinate c = JsonFields.position(coords.get(i), coordsField + "[" + i + "]");
      Instant t = JsonFields.time(times.get(i).asText(), timesField + "[" + i + "]");
      fixes.add(new TimedPosition(t, c.x, c.y));
    }
    String platform = p.sourceId("platform");
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put(FootprintKind.PLATFORM, platform);
    p.text("sensor").ifPresent(s -> attrs.put("sensor", s));
    Optional<Double> width = p.number("swath_width_m");
    if (width.isPresent()) {
      if (!(width.get() > 0)) {
        throw new FieldProblem(p.field("swath_width_m"), "must be more than zero metres");
      }
      attrs.put(FootprintKind.SWATH_WIDTH_M, plain(width.get()));
    }
    String source = p.has("source") ? p.sourceId("source") : platform;
    return TrackPieces.of(source, attrs, fixes, provenance);
  }

  private static Geometry geometry(JsonNode g, String field, List<String> allowed) throws FieldProblem {
    String type = g.path("type").asText();
    if (!allowed.contains(type)) {
      throw new FieldProblem(field + ".type", "must be " + String.join(" or ", allowed) + ", not '" + type + "'");
    }
    JsonNode coords = g.get("coordinates");
    String cf = field + ".coordinates";
    if (type.equals("Point")) {
      return Geodesy.WGS84.createPoint(JsonFields.position(coords, cf));
    }
    if (coords == null || !coords.isArray() || coords.size() == 0) {
      throw new FieldProblem(cf, "a Polygon needs an array of linear rings");
    }
    LinearRing shell = null;
    LinearRing[] holes = new LinearRing[coords.size() - 1];
    for (int r = 0; r < coords.size(); r++) {
      JsonNode ring = coords.get(r);
      String rf = cf + "[" + r + "]";
      if (!ring.isArray() || ring.size() < 4) {
        throw new FieldProblem(rf, "a linear ring needs at least 4 positions");
      }
      Coordinate[] cs = new Coordinate[ring.size()];
      for (int i = 0; i < ring.size(); i++) {
        cs[i] = JsonFields.position(ring.get(i), rf + "[" + i + "]");
      }
      if (!cs[0].equals2D(cs[cs.length - 1])) {
        throw new FieldProblem(rf, "a linear ring must end at the position it starts from");
      }
      LinearRing lr = Geodesy.WGS84.createLinearRing(cs);
      if (r == 0) {
        shell = lr;
      } else {
        holes[r - 1] = lr;
      }
    }
    Geometry polygon = Geodesy.WGS84.createPolygon(shell, holes);
    var error = new IsValidOp(polygon).getValidationError();
    if (error != null) {
      throw new FieldProblem(cf, "not a valid polygon: " + error.getMessage());
    }
    return polygon;
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

}
