package org.trucewatch.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Trucewatch's generic observation JSON lines. Keys come in this order, absent ones left out:
 * {@code source, kind, time, lat, lon, uncertainty_m, credibility, attributed_to, casualties,
 * attributes}. Casualties read {@code {"killed":0,"injured":{"min":9,"max":9},"minors":{"min":2}}}:
 * a count without {@code max} means "at least"; {@code minors} only when some are reported.
 */
final class ObservationJsonFormat {
  private static final JsonFactory JSON = new JsonFactory();

  private ObservationJsonFormat() {}

  /** The whole file, one object a line, each ending in a line feed. */
  static String file(List<SimulatedObservation> observations) {
    StringBuilder sb = new StringBuilder();
    for (SimulatedObservation o : observations) {
      sb.append(line(o)).append('\n');
    }
    return sb.toString();
  }

  /** One observation as a single-line JSON object. */
  static String line(SimulatedObservation o) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("source", o.sourceId());
      g.writeStringField("kind", o.kind().code());
      g.writeStringField("time", o.time().toString());
      g.writeFieldName("lat");
      g.writeNumber(Decimals.text(o.latitude(), 4));
      g.writeFieldName("lon");
      g.writeNumber(Decimals.text(o.longitude(), 4));
      g.writeNumberField("uncertainty_m", o.uncertaintyMetres());
      g.writeNumberField("credibility", o.credibility());
      if (o.attributedTo().isPresent()) {
        g.writeStringField("attributed_to", o.attributedTo().get());
      }
      if (o.casualties().isPresent()) {
        writeCasualties(g, o.casualties().get());
      }
      if (!o.attributes().isEmpty()) {
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> e : o.attributes().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return w.toString();
  }

  private static void writeCasualties(JsonGenerator g, Casualties c) throws IOException {
    g.writeObjectFieldStart("casualties");
    CasualtyCount killed = c.killed();
    if (killed.max().isPresent() && killed.max().getAsInt() == killed.min()) {
      g.writeNumberField("killed", killed.min());
    } else {
      writeCount(g, "killed", killed);
    }
    writeCount(g, "injured", c.injured());
    if (!c.minors().equals(CasualtyCount.NONE)) {
      writeCount(g, "minors", c.minors());
    }
    g.writeEndObject();
  }

  private static void writeCount(JsonGenerator g, String name, CasualtyCount n) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("min", n.min());
    if (n.max().isPresent()) {
      g.writeNumberField("max", n.max().getAsInt());
    }
    g.writeEndObject();
  }
}
