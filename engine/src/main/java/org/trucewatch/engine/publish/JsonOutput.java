package org.trucewatch.engine.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * The one JSON configuration all outputs share, so that every file is written the same way:
 * keys in the order they are put, no pretty-printing for line-based files, numbers as Java
 * writes them (locale-free).
 */
final class JsonOutput {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonOutput() {}

  /** Rounds degrees to 6 decimals (about 0.1 m), so outputs do not carry float noise. */
  static double degrees(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Rounds metres to 0.1 m. */
  static double metres(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** {"killed":{"min":0,"max":0},...}; an open maximum is null; an unknown count is null. */
  static ObjectNode casualties(Casualties c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("killed", count(c.killed()));
    n.set("injured", count(c.injured()));
    n.set("minors", count(c.minors()));
    return n;
  }

  private static JsonNode count(CasualtyCount c) {
    if (c.isUnknown()) {
      return MAPPER.nullNode(); // nothing said: unknown, not zero
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("min", c.min());
    OptionalInt max = c.max();
    if (max.isPresent()) {
      n.put("max", max.getAsInt());
    } else {
      n.putNull("max");
    }
    return n;
  }

  /** An array of strings. */
  static ArrayNode strings(Iterable<?> values) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Object v : values) {
      a.add(v.toString());
    }
    return a;
  }
}
