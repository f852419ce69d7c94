package org.trucewatch.formats.observation;

import org.trucewatch.formats.BadField;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.sources.SourceIds;

/** Turns one JSON object of an observations file into an {@link Observation}, checking every key. */
final class ObservationJson {
  /** The keys an observation object may have, in the order the writer writes them. */
  static final List<String> KEYS = List.of(
      "source", "kind", "time", "lat", "lon", "geometry", "uncertainty_m", "credibility", "attributes",
      "casualties", "attributed_to");

  private static final List<String> CASUALTY_KEYS = List.of("killed", "injured", "minors");
  private static final List<String> COUNT_KEYS = List.of("min", "max");
  /** Keeps a number like {@code 1e999999999} from expanding into a billion digits. */
  private static final int MAX_ATTRIBUTE_SCALE = 30;

  private ObservationJson() {}

  static Observation decode(JsonNode n, Provenance provenance) throws BadField {
    if (!n.isObject()) {
      throw new BadField("", "each line must be a JSON object, not " + describe(n));
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!KEYS.contains(e.getKey())) {
        throw new BadField(e.getKey(), "unknown key; known keys are " + String.join(", ", KEYS));
      }
    }
    String source = requiredText(n, "source");
    Optional<String> badSource = SourceIds.problem(source);
    if (badSource.isPresent()) {
      throw new BadField("source", badSource.get());
    }
    ObservationKind kind;
    try {
      kind = ObservationKind.parse(requiredText(n, "kind"));
    } catch (IllegalArgumentException e) {
      throw new BadField("kind", e.getMessage());
    }
    Instant time = time(requiredText(n, "time"));
    Geometry geometry = geometry(n);
    double uncertainty = 0;
    JsonNode u = n.get("uncertainty_m");
    if (u != null) {
      if (!u.isNumber() || !(u.doubleValue() >= 0) || Double.isInfinite(u.doubleValue())) {
        throw new BadField("uncertainty_m", "must be a number of metres, zero or more, not " + describe(u));
      }
      uncertainty = u.doubleValue();
    }
    Credibility credibility = Credibility.CANNOT_BE_JUDGED;
    JsonNode c = n.get("credibility");
    if (c != null) {
      if (!c.isIntegralNumber() || !c.canConvertToInt() || c.intValue() < 1 || c.intValue() > 6) {
        throw new BadField("credibility", "must be an integer 1 (confirmed) to 6 (cannot be judged), not " + describe(c));
      }
      credibility = Credibility.of(c.intValue());
    }
    TreeMap<String, String> attributes = attributes(n.get("attributes"));
    JsonNode party = n.get("attributed_to");
    if (party != null) {
      String p = party.isTextual() ? party.asText().trim() : "";
      if (p.isEmpty() || hasControlOrSpace(p)) {
        throw new BadField("attributed_to", "must be a party id such as \"RU\" or \"UA\", not " + describe(party));
      }
      String earlier = attributes.put(Assessor.ATTRIBUTED_TO, p);
      if (earlier != null && !earlier.equals(p)) {
        throw new BadField("attributed_to",
            "says '" + p + "' but attributes.attributed_to says '" + earlier + "'; give it once");
      }
    }
    Casualties casualties = casualties(n.get("casualties"));
    return Observation.of(source, kind, time, geometry, uncertainty, credibility, attributes, casualties, provenance);
  }

  private static String requiredText(JsonNode n, String key) throws BadField {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      throw new BadField(key, "missing; required keys are source, kind, time and lat+lon or geometry");
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new BadField(key, "must be a non-empty string, not " + describe(v));
    }
    return v.asText();
  }

  private static Instant time(String text) throws BadField {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadField("time",
          "must be an ISO-8601 date and time with an offset, e.g. 2025-03-20T10:15:00Z, not '" + text + "'");
    }
  }

  private static Geometry geometry(JsonNode n) throws BadField {
    JsonNode lat = n.get("lat");
    JsonNode lon = n.get("lon");
    JsonNode geometry = n.get("geometry");
    if (geometry != null) {
      if (lat != null || lon != null) {
        throw new BadField("geometry", "give either lat+lon or geometry, not both");
      }
      return GeoJsonGeometry.decode(geometry, "geometry");
    }
    if (lat == null && lon == null) {
      throw new BadField("lat", "missing; give lat+lon or a GeoJSON geometry");
    }
    if (lat == null) {
      throw new BadField("lat", "missing; lon is given, so lat must be too");
    }
    if (lon == null) {
      throw new BadField("lon", "missing; lat is given, so lon must be too");
    }
    if (!lat.isNumber() || !(lat.doubleValue() >= -90 && lat.doubleValue() <= 90)) {
      throw new BadField("lat", "must be a number of degrees between -90 and 90, not " + describe(lat));
    }
    if (!lon.isNumber() || !(lon.doubleValue() >= -180 && lon.doubleValue() <= 180)) {
      throw new BadField("lon", "must be a number of degrees between -180 and 180, not " + describe(lon));
    }
    return Geodesy.WGS84.createPoint(new Coordinate(lon.doubleValue(), lat.doubleValue()));
  }

  private static TreeMap<String, String> attributes(JsonNode a) throws BadField {
    TreeMap<String, String> out = new TreeMap<>();
    if (a == null) {
      return out;
    }
    if (!a.isObject()) {
      throw new BadField("attributes", "must be an object of names to strings, numbers or booleans, not " + describe(a));
    }
    for (Map.Entry<String, JsonNode> e : a.properties()) {
      String key = e.getKey();
      String field = "attributes." + key;
      if (key.isEmpty() || hasControlOrSpace(key) || key.indexOf('=') >= 0) {
        throw new BadField(field, "a name must be non-empty, without spaces, control characters or '='");
      }
      JsonNode v = e.getValue();
      String text;
      if (v.isTextual()) {
        text = v.asText();
      } else if (v.isBoolean()) {
        text = Boolean.toString(v.booleanValue());
      } else if (v.isNumber()) {
        BigDecimal d = v.decimalValue();
        if (Math.abs(d.scale()) > MAX_ATTRIBUTE_SCALE) {
          throw new BadField(field, "number out of range: " + v.asText());
        }
        text = JsonNumbers.text(d);
      } else {
        throw new BadField(field, "must be a string, number or boolean, not " + describe(v));
      }
      out.put(key, text);
    }
    return out;
  }

  private static Casualties casualties(JsonNode c) throws BadField {
    if (c == null) {
      return Casualties.NONE;
    }
    if (!c.isObject()) {
      throw new BadField("casualties", "must be an object with killed, injured and/or minors, not " + describe(c));
    }
    for (Map.Entry<String, JsonNode> e : c.properties()) {
      if (!CASUALTY_KEYS.contains(e.getKey())) {
        throw new BadField("casualties." + e.getKey(), "unknown key; known keys are " + String.join(", ", CASUALTY_KEYS));
      }
    }
    return new Casualties(count(c, "killed"), count(c, "injured"), count(c, "minors"));
  }

  private static CasualtyCount count(JsonNode c, String key) throws BadField {
    JsonNode v = c.get(key);
    String field = "casualties." + key;
    if (v == null) {
      return CasualtyCount.NONE;
    }
    if (v.isNull()) {
      return CasualtyCount.UNKNOWN; // said to be unknown, unlike a count left out (none)
    }
    if (v.isNumber()) {
      return CasualtyCount.exactly(people(v, field));
    }
    if (!v.isObject()) {
      throw new BadField(field, "must be a whole number or {\"min\": n, \"max\": m}, not " + describe(v));
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!COUNT_KEYS.contains(e.getKey())) {
        throw new BadField(field + "." + e.getKey(), "unknown key; known keys are min, max");
      }
    }
    JsonNode min = v.get("min");
    if (min == null) {
      throw new BadField(field + ".min", "missing; give {\"min\": 0, \"max\": n} for \"up to n\"");
    }
    int lo = people(min, field + ".min");
    JsonNode max = v.get("max");
    if (max == null) {
      return CasualtyCount.atLeast(lo);
    }
    int hi = people(max, field + ".max");
    if (hi < lo) {
      throw new BadField(field + ".max", "must not be below min " + lo + ", not " + hi);
    }
    return new CasualtyCount(lo, OptionalInt.of(hi));
  }

  private static int people(JsonNode v, String field) throws BadField {
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
      throw new BadField(field, "must be a whole number of people, zero or more, not " + describe(v));
    }
    return v.intValue();
  }

  private static boolean hasControlOrSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i)) || Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A value as a user would recognise it in an error message. */
  static String describe(JsonNode v) {
    if (v.isTextual()) {
      return "the string \"" + v.asText() + "\"";
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    return v.toString();
  }
}
