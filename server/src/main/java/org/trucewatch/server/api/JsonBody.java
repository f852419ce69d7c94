package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object request body, read strictly: it must be an object, every key must be known, and
 * each getter names the field when its value is missing or of the wrong type.
 */
public final class JsonBody {
  private final JsonNode node;

  private JsonBody(JsonNode node) {
    this.node = node;
  }

  /**
   * Parses a body and refuses any key not in {@code known}.
   *
   * @throws ApiProblem 400 naming the field at fault
   */
  public static JsonBody parse(byte[] body, Set<String> known) {
    JsonNode n;
    try {
      n = JsonViews.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new ApiProblem(400, "body", "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (n == null || !n.isObject()) {
      throw new ApiProblem(400, "body", "must be a JSON object");
    }
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!known.contains(k)) {
        throw new ApiProblem(400, k, "unknown field; known fields are " + String.join(", ", new TreeSet<>(known)));
      }
    }
    return new JsonBody(n);
  }

  /** A required string field. */
  public String text(String field) {
    return optionalText(field).orElseThrow(() -> new ApiProblem(400, field, "missing"));
  }

  /** An optional string field. */
  public Optional<String> optionalText(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new ApiProblem(400, field, "must be a string");
    }
    return Optional.of(v.asText());
  }

  /** An optional array of strings; empty when absent. */
  public List<String> texts(String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new ApiProblem(400, field, "must be an array of strings");
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw new ApiProblem(400, field + "[" + i + "]", "must be a string");
      }
      out.add(v.get(i).asText());
    }
    return out;
  }
}
