package org.trucewatch.formats.misb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.coverage.FootprintKind;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.FieldProblem;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.track.JsonFields;
import org.trucewatch.formats.sources.SourceIds;

/**
 * Reads MISB ST 0601 (UAS Datalink Local Set) metadata decoded to JSON, one packet per line, and
 * turns each into the ground footprint of its video frame: an observation of kind {@code other}
 * with attribute {@code footprint: imagery}, whose polygon is the frame's four corners.
 *
 * <p>Keys are the ST 0601 item names in lower camel case: {@code precisionTimeStamp} (tag 2,
 * microseconds since 1970 UTC, or ISO-8601 text), {@code platformDesignation} (10), {@code
 * imageSourceSensor} (11), {@code sensorLatitude}/{@code sensorLongitude} (13, 14), {@code
 * frameCenterLatitude}/{@code frameCenterLongitude} (23, 24), and the corners either in full,
 * {@code cornerLatitudePoint1Full} ... {@code cornerLongitudePoint4Full} (82-89), or as offsets
 * from the frame centre, {@code offsetCornerLatitudePoint1} ... (26-33). Other ST 0601 items
 * are ignored, since a decoder writes many that say nothing about where the camera looked. An
 * optional {@code source} names the contributing source; else it is the platform designation in
 * lower case with hyphens. Thread-safe.
 */
public final class Misb0601JsonReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "misb-0601-json";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    List<Observation> out = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        out.add(packet(JSON.readTree(line), new Provenance(entrySha256, name, i + 1)));
      } catch (JacksonException e) {
        String m = e.getOriginalMessage();
        rejects.add(new Reject(name, i + 1, "", "invalid JSON: " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m)));
      } catch (FieldProblem e) {
        rejects.add(new Reject(name, i + 1, e.field, e.reason));
      }
    }
    return new ReadResult(out, rejects);
  }

  private static Observation packet(JsonNode node, Provenance provenance) throws FieldProblem {
    JsonFields f = new JsonFields(node, "");
    Instant time = time(f);
    String platform = f.text("platformDesignation").orElse(null);
    String source;
    if (f.has("source")) {
      source = f.sourceId("source");
    } else if (platform != null) {
      source = platform.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
      if (SourceIds.problem(source).isPresent()) {
        throw new FieldProblem("platformDesignation", "gives no usable source id; add a source key");
      }
    } else {
      throw new FieldProblem("platformDesignation", "missing (or give source)");
    }
    Coordinate centre = JsonFields.latLon(f.requiredNumber("frameCenterLatitude"),
        f.requiredNumber("frameCenterLongitude"), "frameCenterLatitude", "frameCenterLongitude");
    Coordinate[] ring = new Coordinate[5];
    boolean full = f.has("cornerLatitudePoint1Full");
    for (int k = 1; k <= 4; k++) {
      if (full) {
        String la = "cornerLatitudePoint" + k + "Full";
        String lo = "cornerLongitudePoint" + k + "Full";
        ring[k - 1] = JsonFields.latLon(f.requiredNumber(la), f.requiredNumber(lo), la, lo);
      } else {
        String la = "offsetCornerLatitudePoint" + k;
        String lo = "offsetCornerLongitudePoint" + k;
        if (!f.has(la) && k == 1) {
          throw new FieldProblem("cornerLatitudePoint1Full",
              "missing: the footprint needs the four frame corners, full (items 82-89) or as offsets (26-33)");
        }
        double dLat = f.requiredNumber(la);
        double dLon = f.requiredNumber(lo);
        // ST 0601 maps offsets to +/-0.075 degrees
        if (Math.abs(dLat) > 0.075 || Math.abs(dLon) > 0.075) {
          throw new FieldProblem(Math.abs(dLat) > 0.075 ? la : lo, "an offset corner lies within +/-0.075 degrees of the frame centre");
        }
        ring[k - 1] = JsonFields.latLon(centre.y + dLat, centre.x + dLon, la, lo);
      }
    }
    ring[4] = ring[0].copy();
    Geometry footprint;
    Polygon polygon = Geodesy.WGS84.createPolygon(ring);
    // decoders disagree on corner order; a crossed ring is the same four corners taken out of turn
    footprint = polygon.isValid() ? polygon : polygon.convexHull();
    if (!(footprint instanceof Polygon) || footprint.getArea() == 0) {
      throw new FieldProblem("cornerLatitudePoint1" + (full ? "Full" : ""), "the four corners enclose no area");
    }
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put(FootprintKind.ATTRIBUTE, FootprintKind.IMAGERY.code());
    attrs.put(FootprintKind.PLATFORM, platform != null ? platform : source);
    f.text("imageSourceSensor").ifPresent(s -> attrs.put("sensor", s));
    return Observation.of(source, ObservationKind.OTHER, time, footprint, 0, Credibility.PROBABLY_TRUE, attrs,
        Casualties.NONE, provenance);
  }

  private static Instant time(JsonFields f) throws FieldProblem {
    JsonNode t = f.get("precisionTimeStamp");
    if (t == null || t.isNull()) {
      throw new FieldProblem("precisionTimeStamp", "missing");
    }
    if (t.isIntegralNumber()) {
      long micros = t.asLong();
      if (micros <= 0) {
        throw new FieldProblem("precisionTimeStamp", "must be microseconds since 1970-01-01T00:00:00Z, more than zero");
      }
      return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
    }
    if (t.isTextual()) {
      return JsonFields.time(t.asText(), "precisionTimeStamp");
    }
    throw new FieldProblem("precisionTimeStamp", "must be microseconds since 1970 (an integer) or ISO-8601 text");
  }
}
