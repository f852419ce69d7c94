package org.trucewatch.server.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.JsonViews;
import org.trucewatch.server.api.QueryFilter;

/** The findings: the filtered, paged list, and every version of one kept in the store. */
public final class FindingResource implements Resource {
  private final LiveMonitor monitor;
  private final EvidenceStore store;
  private final JsonViews views = new JsonViews();

  /** Serves the findings of {@code monitor} and their versions in {@code store}. */
  public FindingResource(LiveMonitor monitor, EvidenceStore store) {
    this.monitor = monitor;
    this.store = store;
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.FINDINGS, (ctx, who) -> findings(ctx));
    routes.add(ApiRoutes.VERSIONS, (ctx, who) -> versions(ctx));
  }

  private void findings(Context ctx) {
    QueryFilter q = QueryFilter.parse(ctx.queryParamMap());
    LiveSnapshot s = monitor.snapshot();
    Map<String, Incident> incidents = new HashMap<>();
    s.incidents().forEach(i -> incidents.put(i.id(), i));
    ArrayNode items = JsonViews.MAPPER.createArrayNode();
    int total = 0;
    for (Finding f : s.findings()) {
      Incident inc = incidents.get(f.incidentId());
      if (q.matches(f, inc, s.review(inc.id()))) {
        if (total >= q.offset() && items.size() < q.limit()) {
          items.add(views.finding(f, s.lifecycle(inc.id()).orElseThrow().state()));
        }
        total++;
      }
    }
    ObjectNode n = JsonViews.page(s.checkpoint(), q, total);
    n.set("items", items);
    ctx.json(n);
  }

  private void versions(Context ctx) {
    String id = ctx.pathParam("id");
    List<FindingVersion> vs = store.findingVersions(id);
    if (vs.isEmpty()) {
      throw new ApiProblem(404, "id", "no versions of finding " + id);
    }
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("finding", id);
    ArrayNode a = n.putArray("versions");
    vs.forEach(v -> a.add(views.version(v)));
    ctx.json(n);
  }
}
