package org.trucewatch.formats.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.Hedge;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Writes an incident mention as one line of JSON, the output of {@code trucewatch extract}: keys
 * in a fixed order, numbers without locale, so that the same report gives the same bytes.
 */
public final class ExtractionJson {
  private static final JsonFactory JSON = new JsonFactory();

  private ExtractionJson() {}

  /** One mention as a JSON object, without a line break. */
  public static String line(IncidentMention mention, String file) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      Claim c = mention.claim();
      g.writeStartObject();
      if (!file.isEmpty()) {
        g.writeStringField("file", file);
      }
      g.writeStringField("kind", c.kind().code());
      g.writeArrayFieldStart("places");
      c.place().centre().ifPresent(centre -> {
        try {
          g.writeStartObject();
          g.writeStringField("name", c.place().name());
          if (mention.place().isPresent()) {
            g.writeStringField("name_latin", mention.place().get().name());
            g.writeNumberField("geonameid", mention.place().get().geonameId());
          }
          g.writeNumberField("lat", Math.round(centre.y * 1e5) / 1e5);
          g.writeNumberField("lon", Math.round(centre.x * 1e5) / 1e5);
          g.writeStringField("admin1", c.place().admin1());
          g.writeEndObject();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      g.writeEndArray();
      g.writeStringField("location_precision", c.place().precision().code());
      g.writeNumberField("uncertainty_m", Math.round(c.place().uncertaintyMetres()));
      g.writeStringField("time", c.eventTime().toString());
      g.writeNumberField("time_uncertainty_s", c.eventTimeUncertainty().getSeconds());
      writeOptional(g, "reported_at", c.reportedAt().map(Object::toString).orElse(null)); // null: no publication time given
      writeOptional(g, "means", c.means().orElse(null));
      writeOptional(g, "target", c.target().orElse(null));
      g.writeObjectFieldStart("casualties");
      count(g, "killed", c.casualties().killed());
      count(g, "injured", c.casualties().injured());
      count(g, "minors", c.casualties().minors());
      g.writeEndObject();
      history(g, mention.history());
      g.writeStringField("scope", c.scope().code());
      if (mention.partOf().isPresent()) {
        g.writeNumberField("part_of", mention.partOf().get());
      }
      if (mention.troops().isPresent()) {
        count(g, "troops", mention.troops().get());
      }
      g.writeArrayFieldStart("source");
      for (String s : c.source().links()) {
        g.writeString(s);
      }
      g.writeEndArray();
      writeOptional(g, "attribution", c.attributedTo().orElse(null));
      g.writeNumberField("credibility", c.credibility().rating());
      g.writeArrayFieldStart("hedges");
      for (Hedge h : c.hedges()) {
        g.writeString(h.code());
      }
      g.writeEndArray();
      g.writeObjectFieldStart("spans");
      for (Map.Entry<String, List<TextSpan>> e : c.spans().entrySet()) {
        spans(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * The earlier values of the figures the text revised, earliest first, each with its spans; written
   * only when there are any, so that a text without revisions gives the same bytes as before.
   */
  private static void history(JsonGenerator g, List<IncidentMention.Revision> history) throws IOException {
    if (history.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("history");
    for (IncidentMention.Revision r : history) {
      g.writeStartObject();
      g.writeStringField("category", r.category());
      count(g, "count", r.count());
      spans(g, "spans", r.spans());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void spans(JsonGenerator g, String key, List<TextSpan> spans) throws IOException {
    g.writeArrayFieldStart(key);
    for (TextSpan s : spans) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeStringField("text", s.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeOptional(JsonGenerator g, String key, String value) throws IOException {
    if (value == null) {
      g.writeNullField(key);
    } else {
      g.writeStringField(key, value);
    }
  }

  private static void count(JsonGenerator g, String key, CasualtyCount c) throws IOException {
    if (c.isUnknown()) {
      g.writeNullField(key); // nothing said: unknown, not zero
      return;
    }
    g.writeObjectFieldStart(key);
    g.writeNumberField("min", c.min());
    if (c.max().isPresent()) {
      g.writeNumberField("max", c.max().getAsInt());
    } else {
      g.writeNullField("max");
    }
    g.writeEndObject();
  }
}
