package org.trucewatch.formats.observation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Point;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;

/**
 * Writes observations in the observations format, one canonical line each: keys in the order
 * {@link ObservationJsonlReader} documents, a point as {@code lat}/{@code lon} and any other
 * geometry as GeoJSON, {@code uncertainty_m} and {@code credibility} always given, empty
 * attributes and no casualties left out, the {@code attributed_to} attribute as its own key, no
 * nulls, numbers without exponent. Reading what it writes gives observations with the same ids
 * and content. Lines are written in the order given and end with LF.
 */
public final class ObservationJsonlWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private ObservationJsonlWriter() {}

  /** Writes one line per observation. */
  public static void write(List<Observation> observations, Writer out) throws IOException {
    for (Observation o : observations) {
      out.write(line(o));
      out.write('\n');
    }
  }

  /** The text of these observations, one line each. */
  public static String toJsonl(List<Observation> observations) {
    StringWriter out = new StringWriter();
    try {
      write(observations, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * The canonical line of one observation, without line end.
   *
   * @throws IllegalArgumentException when its geometry is not a Point, LineString or Polygon
   */
  public static String line(Observation o) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("source", o.sourceId());
      g.writeStringField("kind", o.kind().code());
      g.writeStringField("time", o.eventTime().toString());
      if (o.geometry() instanceof Point p) {
        g.writeFieldName("lat");
        g.writeNumber(JsonNumbers.text(p.getY()));
        g.writeFieldName("lon");
        g.writeNumber(JsonNumbers.text(p.getX()));
      } else {
        g.writeFieldName("geometry");
        GeoJsonGeometry.encode(o.geometry(), g);
      }
      g.writeFieldName("uncertainty_m");
      g.writeNumber(JsonNumbers.text(o.uncertaintyMetres()));
      g.writeNumberField("credibility", o.credibility().rating());
      Optional<String> party = Optional.ofNullable(o.attributes().get(Assessor.ATTRIBUTED_TO));
      if (o.attributes().size() > (party.isPresent() ? 1 : 0)) {
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> e : o.attributes().entrySet()) {
          if (!e.getKey().equals(Assessor.ATTRIBUTED_TO)) {
            g.writeStringField(e.getKey(), e.getValue());
          }
        }
        g.writeEndObject();
      }
      if (!o.casualties().equals(Casualties.NONE)) {
        g.writeObjectFieldStart("casualties");
        count(g, "killed", o.casualties().killed());
        count(g, "injured", o.casualties().injured());
        count(g, "minors", o.casualties().minors());
        g.writeEndObject();
      }
      if (party.isPresent()) {
        g.writeStringField("attributed_to", party.get());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** An exact count as a plain number, a range or open-ended count as {min, max?}; nothing for none; null for unknown. */
  private static void count(JsonGenerator g, String key, CasualtyCount c) throws IOException {
    if (c.equals(CasualtyCount.NONE)) {
      return;
    }
    if (c.isUnknown()) {
      g.writeNullField(key);
      return;
    }
    if (c.max().isPresent() && c.max().getAsInt() == c.min()) {
      g.writeNumberField(key, c.min());
      return;
    }
    g.writeObjectFieldStart(key);
    g.writeNumberField("min", c.min());
    if (c.max().isPresent()) {
      g.writeNumberField("max", c.max().getAsInt());
    }
    g.writeEndObject();
  }
}
