package org.trucewatch.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code truth.jsonl}: one event a line, keys in the order {@code id, kind, time, lat, lon,
 * provision, element, by, expected_finding, observations}.
 */
final class TruthJsonFormat {
  private static final JsonFactory JSON = new JsonFactory();

  private TruthJsonFormat() {}

  /** The whole file, each line ending in a line feed. */
  static String file(List<TruthEvent> events) {
    return file(events, java.util.Map.of());
  }

  /**
   * The whole file, with {@code observation_ids} (sorted) after {@code observations} for the
   * events that have them in {@code ids}.
   */
  static String file(List<TruthEvent> events, java.util.Map<String, List<String>> ids) {
    StringBuilder sb = new StringBuilder();
    for (TruthEvent e : events) {
      // with ids at all, every event lists them: none for an event that left no observation
      sb.append(line(e, ids.isEmpty() ? null : ids.getOrDefault(e.id(), List.of()))).append('\n');
    }
    return sb.toString();
  }

  /** One event as a single-line JSON object. */
  static String line(TruthEvent e) {
    return line(e, null);
  }

  private static String line(TruthEvent e, List<String> ids) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("kind", e.kind());
      g.writeStringField("time", e.time().toString());
      g.writeFieldName("lat");
      g.writeNumber(Decimals.text(e.latitude(), 5));
      g.writeFieldName("lon");
      g.writeNumber(Decimals.text(e.longitude(), 5));
      g.writeStringField("provision", e.provisionId());
      g.writeStringField("element", e.elementId());
      g.writeStringField("by", e.by());
      g.writeBooleanField("expected_finding", e.expectedFinding());
      g.writeNumberField("observations", e.observations());
      if (ids != null) {
        // a sea event counts every AIS report, the pipeline keeps one a ship per 5 minutes
        boolean sea = e.id().startsWith("sea-");
        if (sea ? ids.isEmpty() || ids.size() > e.observations() : ids.size() != e.observations()) {
          throw new IllegalStateException(e.id() + " has " + e.observations() + " observations but " + ids.size() + " ids");
        }
        g.writeArrayFieldStart("observation_ids");
        for (String id : ids) {
          g.writeString(id);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", ex);
    }
    return w.toString();
  }
}
