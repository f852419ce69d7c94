package org.trucewatch.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleEvent;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.formats.observation.ObservationJsonlWriter;
import org.trucewatch.server.access.TokenHolder;

/**
 * The JSON the API answers with. Findings are written exactly as {@code findings.jsonl} has them,
 * incidents with the properties of {@code incidents.geojson} plus the analysts' review, and
 * evidence in the observation JSON-lines format contributors send, so one parser reads all.
 */
public final class JsonViews {
  /** The mapper every response is written with. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private final FindingsJsonlWriter findings = new FindingsJsonlWriter();

  /** A checkpoint: how many entries the answer rests on and the chain hash of the last. */
  public static ObjectNode checkpoint(org.trucewatch.ledger.Checkpoint c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("entries", c.entryCount());
    n.put("head", c.headChainHash());
    return n;
  }

  /** The head of one page of a listing: total matching, the page asked for, the checkpoint. */
  public static ObjectNode page(org.trucewatch.ledger.Checkpoint c, QueryFilter q, int total) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("total", total);
    n.put("offset", q.offset());
    n.put("limit", q.limit());
    n.set("checkpoint", checkpoint(c));
    return n;
  }

  /** A finding, as a line of {@code findings.jsonl}, with its incident's lifecycle state. */
  public ObjectNode finding(Finding f, LifecycleState lifecycle) {
    return findings.toJson(f, lifecycle);
  }

  /** The strongest grade among these findings, or null when there are none. */
  public static FindingGrade bestGrade(List<Finding> fs) {
    FindingGrade best = null;
    for (Finding f : fs) {
      if (best == null || f.grade().ordinal() < best.ordinal()) {
        best = f.grade();
      }
    }
    return best;
  }

  /**
   * An incident as a GeoJSON Feature at its centre, without its evidence; {@code review} is the
   * analysts' verdict (the lifecycle state when an analyst set it, else {@code unreviewed}).
   */
  public ObjectNode incident(Incident inc, List<Finding> fs, LifecycleState lifecycle) {
    String review = lifecycle.isVerdict() ? lifecycle.code() : "unreviewed";
    ObjectNode f = MAPPER.createObjectNode();
    f.put("type", "Feature");
    f.put("id", inc.id());
    ObjectNode g = f.putObject("geometry");
    g.put("type", "Point");
    ArrayNode c = g.putArray("coordinates");
    c.add(round(inc.centre().x, 1e6));
    c.add(round(inc.centre().y, 1e6));
    ObjectNode p = f.putObject("properties");
    p.put("id", inc.id());
    p.put("kind", inc.kind().code());
    p.put("start", inc.start().toString());
    p.put("end", inc.end().toString());
    p.put("status", inc.status().code());
    p.put("lifecycle", lifecycle.code());
    FindingGrade best = bestGrade(fs);
    if (best == null) {
      p.putNull("grade");
    } else {
      p.put("grade", best.code());
    }
    p.put("review", review);
    ArrayNode sources = p.putArray("sources");
    inc.sourceIds().forEach(sources::add);
    p.put("independent_sources", inc.independentSources());
    ArrayNode places = p.putArray("places");
    inc.places().forEach(places::add);
    p.put("radius_m", round(inc.radiusMetres(), 10));
    p.put("observations", inc.members().size());
    ArrayNode provisions = p.putArray("provisions");
    fs.stream().map(Finding::provisionId).distinct().sorted().forEach(provisions::add);
    ArrayNode ids = p.putArray("findings");
    fs.stream().map(Finding::id).sorted().forEach(ids::add);
    return f;
  }

  /**
   * An incident with its full evidence chain: each finding, each member observation with its
   * source's grade, what it touches and where in the ledger it was read from, and every analyst
   * action on it.
   */
  public ObjectNode incidentDetail(LiveSnapshot s, Incident inc) {
    List<Finding> fs = s.findingsByIncident().getOrDefault(inc.id(), List.of());
    IncidentLifecycle lifecycle = s.lifecycle(inc.id()).orElseThrow();
    ObjectNode n = incident(inc, fs, lifecycle.state());
    ArrayNode fa = n.putArray("finding_details");
    fs.forEach(f -> fa.add(finding(f, lifecycle.state())));
    ArrayNode ev = n.putArray("evidence");
    for (EnrichedObservation m : inc.members()) {
      ev.add(evidence(s, m));
    }
    ArrayNode actions = n.putArray("actions");
    for (Review r : s.reviewsOf(inc.id())) {
      actions.add(review(r));
    }
    return n;
  }

  /** An analyst action: what, who, why, when, and the incident and anchor it was taken on. */
  public ObjectNode review(Review r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("action", r.action().code());
    n.put("actor", r.analyst());
    n.put("reason", r.reason());
    n.put("at", r.at().toString());
    n.put("incident", r.incidentId());
    n.put("anchor", r.anchor());
    return n;
  }

  /** One version of a finding, with the finding as it was then under {@code finding}. */
  public ObjectNode version(org.trucewatch.ledger.FindingVersion v) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("finding_id", v.findingId());
    n.put("version", v.version());
    n.put("change", v.change());
    n.put("supersedes", v.supersedes());
    n.put("incident", v.incidentId());
    n.put("entry_count", v.entryCount());
    n.put("head", v.headChainHash());
    n.put("grade", v.grade());
    n.put("lifecycle", v.lifecycle());
    n.put("why", v.why());
    try {
      n.set("finding", MAPPER.readTree(v.body()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored finding version is JSON", e);
    }
    return n;
  }

  /** An incident's lifecycle: its state, automatic status, and every step with its reason. */
  public ObjectNode history(Incident inc, IncidentLifecycle l) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("incident", inc.id());
    n.put("anchor", org.trucewatch.engine.lifecycle.IncidentLifecycles.anchor(inc));
    n.put("status", inc.status().code());
    n.put("lifecycle", l.state().code());
    ArrayNode steps = n.putArray("history");
    for (LifecycleEvent e : l.history()) {
      ObjectNode o = steps.addObject();
      o.put("kind", e.kind().code());
      if (e.at().isPresent()) {
        o.put("at", e.at().get().toString());
      } else {
        o.putNull("at");
      }
      o.put("from", e.from().code());
      o.put("to", e.to().code());
      if (e.review().isPresent()) {
        o.set("action", review(e.review().get()));
      }
      o.put("explanation", e.explanation());
    }
    return n;
  }

  private ObjectNode evidence(LiveSnapshot s, EnrichedObservation m) {
    Observation o = m.observation();
    ObjectNode e = MAPPER.createObjectNode();
    e.put("id", o.id().toString());
    try {
      e.set("observation", MAPPER.readTree(ObservationJsonlWriter.line(o)));
    } catch (JsonProcessingException | IllegalArgumentException bad) {
      e.putNull("observation");
    }
    Source src = s.sources().lookup(o.sourceId());
    ObjectNode so = e.putObject("source");
    so.put("id", src.id());
    so.put("name", src.name());
    so.put("reliability", src.reliability().name());
    if (src.affiliation().isPresent()) {
      so.put("affiliation", src.affiliation().get());
    } else {
      so.putNull("affiliation");
    }
    ArrayNode touches = e.putArray("touches");
    for (Touch t : m.touches()) {
      ObjectNode tn = touches.addObject();
      tn.put("element", t.elementId());
      tn.put("name", t.elementName());
      tn.put("category", t.category());
      tn.put("distance_m", round(t.distanceMetres(), 10));
      tn.put("limit_m", round(t.limitMetres(), 10));
    }
    ObjectNode prov = e.putObject("provenance");
    prov.put("entry_sha256", o.provenance().entrySha256());
    prov.put("input", o.provenance().name());
    prov.put("line", o.provenance().line());
    return e;
  }

  /**
   * The agreement's places as one GeoJSON FeatureCollection, one feature per provision element
   * (outline of its region), properties: provision, provision_name, kind (zone, protected-sites,
   * corridor, alert-areas), prohibits, element, name, category.
   */
  public ObjectNode agreement(org.trucewatch.core.agreement.Agreement a) {
    ObjectNode fc = MAPPER.createObjectNode();
    fc.put("type", "FeatureCollection");
    fc.put("id", a.id());
    fc.put("title", a.title());
    ArrayNode features = fc.putArray("features");
    for (org.trucewatch.core.agreement.Provision p : a.provisions()) {
      for (org.trucewatch.core.agreement.ProvisionElement e : p.elements()) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.put("id", p.id() + "/" + e.id());
        f.set("geometry", GeoJsonGeometries.of(e.region().outline()));
        ObjectNode pr = f.putObject("properties");
        pr.put("provision", p.id());
        pr.put("provision_name", p.name());
        pr.put("kind", p.kindCode());
        pr.put("prohibits", p.prohibits());
        pr.put("element", e.id());
        pr.put("name", e.name());
        pr.put("category", e.category());
      }
    }
    return fc;
  }

  /** An observation as a GeoJSON Feature: its own geometry, kind, time, source, and the FIRMS attributes when it has them. */
  public ObjectNode observation(LiveSnapshot s, Observation o) {
    ObjectNode f = MAPPER.createObjectNode();
    f.put("type", "Feature");
    f.put("id", o.id().toString());
    f.set("geometry", GeoJsonGeometries.of(o.geometry()));
    ObjectNode p = f.putObject("properties");
    p.put("kind", o.kind().code());
    p.put("time", o.eventTime().toString());
    p.put("source", o.sourceId());
    p.put("reliability", s.sources().lookup(o.sourceId()).reliability().name());
    p.put("uncertainty_m", round(o.uncertaintyMetres(), 10));
    ObjectNode attrs = p.putObject("attributes");
    o.attributes().forEach(attrs::put);
    return f;
  }

  /** A token's holder, never its secret. */
  public ObjectNode holder(TokenHolder h) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", h.id());
    n.put("name", h.name());
    n.put("role", h.role().code());
    ArrayNode a = n.putArray("sources");
    h.sources().forEach(a::add);
    n.put("issued_at", h.issuedAt().toString());
    return n;
  }

  private static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }
}
