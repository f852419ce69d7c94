package org.trucewatch.engine.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Attribution;
import org.trucewatch.core.assess.PartyClaim;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.observation.ObservationId;

/**
 * Writes {@code findings.jsonl}: one finding per line, in the order given (the assessor's: time,
 * then id), with the fields of the CLI contract: {@code id}, {@code provision}, {@code
 * incident}, {@code grade}, {@code evidence}, {@code attribution}, {@code explanation}, and
 * {@code kind}, {@code grade_reason} (why the grade, one sentence), {@code time}, {@code places}
 * besides.
 */
public final class FindingsJsonlWriter {
  /** The file's text, UTF-8, one JSON object and a newline per finding. */
  public String render(List<Finding> findings) {
    return render(findings, Map.of());
  }

  /**
   * The file's text, each finding with its incident's lifecycle state ({@code lifecycle}, after
   * {@code grade}) from {@code lifecycle} by incident id; a finding whose incident is missing from
   * it gets none.
   */
  public String render(List<Finding> findings, Map<String, LifecycleState> lifecycle) {
    StringWriter out = new StringWriter();
    try {
      write(findings, lifecycle, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the file's text to {@code out} a line at a time, as {@link #render(List, Map)} gives it. */
  public void write(List<Finding> findings, Map<String, LifecycleState> lifecycle, Writer out) throws IOException {
    for (Finding f : findings) {
      out.write(toJson(f, lifecycle.get(f.incidentId())).toString());
      out.write('\n');
    }
  }

  /** One finding as a JSON object with its incident's lifecycle state (none when null). */
  public ObjectNode toJson(Finding f, LifecycleState lifecycle) {
    ObjectNode n = toJson(f);
    if (lifecycle == null) {
      return n;
    }
    ObjectNode out = JsonOutput.MAPPER.createObjectNode();
    n.fields().forEachRemaining(e -> {
      out.set(e.getKey(), e.getValue());
      if (e.getKey().equals("grade")) {
        out.put("lifecycle", lifecycle.code());
      }
    });
    return out;
  }

  /** One finding as a JSON object, keys in contract order. */
  public ObjectNode toJson(Finding f) {
    ObjectNode n = JsonOutput.MAPPER.createObjectNode();
    n.put("id", f.id());
    n.put("provision", f.provisionId());
    n.put("incident", f.incidentId());
    n.put("kind", f.kind().code());
    n.put("grade", f.grade().code());
    n.put("grade_reason", f.gradeReason());
    n.put("time", f.time().toString());
    ArrayNode places = n.putArray("places");
    for (Touch t : f.elements()) {
      ObjectNode p = places.addObject();
      p.put("element", t.elementId());
      p.put("name", t.elementName());
      p.put("category", t.category());
      p.put("distance_m", JsonOutput.metres(t.distanceMetres()));
      p.put("limit_m", JsonOutput.metres(t.limitMetres()));
    }
    n.set("evidence", JsonOutput.strings(f.evidence()));
    n.set("attribution", attribution(f.attribution()));
    n.put("explanation", f.explanation());
    return n;
  }

  static ObjectNode attribution(Attribution a) {
    ObjectNode n = JsonOutput.MAPPER.createObjectNode();
    n.put("status", a.code());
    if (a instanceof Attribution.Claimed c) {
      n.put("party", c.party());
      n.set("evidence", JsonOutput.strings(c.evidence()));
      n.put("grade", c.claim().grade().code());
      n.put("grade_reason", c.claim().gradeReason());
    } else if (a instanceof Attribution.Contested c) {
      ObjectNode claims = n.putObject("claims");
      for (PartyClaim x : c.claims()) {
        ObjectNode claim = claims.putObject(x.party());
        claim.set("evidence", JsonOutput.strings(x.evidence()));
        claim.put("grade", x.grade().code());
        claim.put("grade_reason", x.gradeReason());
      }
    }
    return n;
  }
}
