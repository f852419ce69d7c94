package org.trucewatch.engine.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.fuse.CasualtyHistory;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.LifecycleState;

/**
 * Writes {@code incidents.geojson}: an RFC 7946 FeatureCollection with one Point feature per
 * incident at its centre, in the order given (start time, then id). Properties: {@code id},
 * {@code kind}, {@code start}, {@code end}, {@code status}, {@code lifecycle} (the review state,
 * see {@link org.trucewatch.core.lifecycle.LifecycleState}), {@code grade} (the strongest grade of
 * its findings, {@code null} when it has none), {@code sources}, {@code casualties}, {@code
 * casualty_history} (every claimed set of figures, oldest report first; {@code reported_at} null when
 * the source gave no publication time), {@code places}, {@code
 * radius_m}, {@code observations} (how many), {@code anchor} (the observation the id derives
 * from), {@code members} (every member observation id, sorted), {@code track_points} (the AIS
 * reports the sea layer's detections among the members rest on, sorted), {@code supporting_origins} and
 * {@code contradicting_origins}, {@code findings}.
 */
public final class IncidentsGeoJsonWriter {
  /** The file's text: one feature per line inside the collection, so diffs stay readable. */
  public String render(List<Incident> incidents, List<Finding> findings) {
    return render(incidents, findings, Map.of());
  }

  /**
   * The file's text, with each incident's lifecycle state from {@code lifecycle} (by incident id;
   * an incident missing from it is in its automatic state).
   */
  public String render(List<Incident> incidents, List<Finding> findings, Map<String, LifecycleState> lifecycle) {
    StringWriter out = new StringWriter();
    try {
      write(incidents, findings, lifecycle, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the file's text to {@code out} a feature at a time, as {@link #render(List, List, Map)} gives it. */
  public void write(List<Incident> incidents, List<Finding> findings, Map<String, LifecycleState> lifecycle, Writer out)
      throws IOException {
    Map<String, List<Finding>> byIncident = new HashMap<>();
    for (Finding f : findings) {
      byIncident.computeIfAbsent(f.incidentId(), k -> new ArrayList<>()).add(f);
    }
    Iterator<Incident> it = incidents.iterator();
    writeFeatures(new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public String next() {
        Incident inc = it.next();
        return featureText(inc, byIncident.getOrDefault(inc.id(), List.of()),
            lifecycle.getOrDefault(inc.id(), LifecycleState.of(inc.status())));
      }
    }, out);
  }

  /**
   * Writes the file around features already rendered ({@link #featureText}), given in the file's
   * order (start time, then id): the same bytes as {@link #write} over their incidents.
   */
  public void writeFeatures(Iterator<String> features, Writer out) throws IOException {
    out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    while (features.hasNext()) {
      out.write(features.next());
      out.write(features.hasNext() ? ",\n" : "\n");
    }
    out.write("]}\n");
  }

  /** One incident's feature as it stands on its line of the file (see {@link #feature}). */
  public String featureText(Incident inc, List<Finding> findings, LifecycleState lifecycle) {
    try {
      return JsonOutput.MAPPER.writeValueAsString(feature(inc, findings, lifecycle));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a feature of plain values always serialises", e);
    }
  }

  /** Every claimed set of figures, oldest report first, so a revision shows what it revised. */
  private static ArrayNode casualtyHistory(Incident inc) {
    ArrayNode a = JsonOutput.MAPPER.createArrayNode();
    for (CasualtyHistory.Entry e : CasualtyHistory.of(inc)) {
      ObjectNode o = a.addObject();
      // null: the source gave no publication time (a text without one), and none is made up
      o.put("reported_at", e.reportedAt().map(Object::toString).orElse(null));
      o.put("source", e.sourceId());
      o.set("casualties", JsonOutput.casualties(e.casualties()));
      o.put("observation", e.observation().hex());
    }
    return a;
  }

  /** One incident as a GeoJSON Feature, as it stands in the file, with its findings and lifecycle state. */
  public ObjectNode feature(Incident inc, List<Finding> findings, LifecycleState lifecycle) {
    ObjectNode f = JsonOutput.MAPPER.createObjectNode();
    f.put("type", "Feature");
    f.put("id", inc.id());
    ObjectNode g = f.putObject("geometry");
    g.put("type", "Point");
    ArrayNode c = g.putArray("coordinates");
    c.add(JsonOutput.degrees(inc.centre().x));
    c.add(JsonOutput.degrees(inc.centre().y));
    ObjectNode p = f.putObject("properties");
    p.put("id", inc.id());
    p.put("kind", inc.kind().code());
    p.put("start", inc.start().toString());
    p.put("end", inc.end().toString());
    p.put("status", inc.status().code());
    p.put("lifecycle", lifecycle.code());
    FindingGrade best = null;
    List<String> ids = new ArrayList<>();
    for (Finding fi : findings) {
      ids.add(fi.id());
      if (best == null || fi.grade().ordinal() < best.ordinal()) {
        best = fi.grade();
      }
    }
    Collections.sort(ids);
    if (best == null) {
      p.putNull("grade");
    } else {
      p.put("grade", best.code());
    }
    p.set("sources", JsonOutput.strings(inc.sourceIds()));
    p.put("independent_sources", inc.independentSources());
    p.set("supporting_origins", JsonOutput.strings(inc.supportingOrigins()));
    p.set("contradicting_origins", JsonOutput.strings(inc.contradictingOrigins()));
    p.set("casualties", JsonOutput.casualties(inc.casualties()));
    p.set("casualty_history", casualtyHistory(inc));
    p.set("places", JsonOutput.strings(inc.places()));
    p.put("radius_m", JsonOutput.metres(inc.radiusMetres()));
    p.put("observations", inc.members().size());
    p.put("anchor", inc.anchor().hex());
    p.set("members", JsonOutput.strings(inc.observationIds()));
    // a sea-layer detection rests on a ship's position reports: they are its evidence too
    java.util.TreeSet<String> trackPoints = new java.util.TreeSet<>();
    for (var m : inc.members()) {
      String tp = m.observation().attributes().get("track_points");
      if (tp != null && !tp.isBlank()) {
        trackPoints.addAll(java.util.Arrays.asList(tp.split(",")));
      }
    }
    p.set("track_points", JsonOutput.strings(trackPoints));
    p.set("findings", JsonOutput.strings(ids));
    return f;
  }
}
