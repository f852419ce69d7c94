package org.trucewatch.server.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.JsonViews;
import org.trucewatch.server.api.QueryFilter;

/** The incidents: the filtered, paged list, one incident with its evidence, its review history. */
public final class IncidentResource implements Resource {
  private final LiveMonitor monitor;
  private final JsonViews views = new JsonViews();

  /** Serves the incidents of {@code monitor}'s latest snapshot. */
  public IncidentResource(LiveMonitor monitor) {
    this.monitor = monitor;
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.INCIDENTS, (ctx, who) -> incidents(ctx));
    routes.add(ApiRoutes.INCIDENT, (ctx, who) -> incident(ctx));
    routes.add(ApiRoutes.HISTORY, (ctx, who) -> history(ctx));
  }

  private void incidents(Context ctx) {
    QueryFilter q = QueryFilter.parse(ctx.queryParamMap());
    LiveSnapshot s = monitor.snapshot();
    Map<String, List<Finding>> byIncident = s.findingsByIncident();
    ArrayNode items = JsonViews.MAPPER.createArrayNode();
    int total = 0;
    for (Incident inc : s.incidents()) {
      List<Finding> fs = byIncident.getOrDefault(inc.id(), List.of());
      String review = s.review(inc.id());
      if (q.matches(inc, fs, review)) {
        if (total >= q.offset() && items.size() < q.limit()) {
          items.add(views.incident(inc, fs, s.lifecycle(inc.id()).orElseThrow().state()));
        }
        total++;
      }
    }
    ObjectNode n = JsonViews.page(s.checkpoint(), q, total);
    n.put("type", "FeatureCollection");
    n.set("features", items);
    ctx.json(n);
  }

  private void incident(Context ctx) {
    LiveSnapshot s = monitor.snapshot();
    Incident inc = s.incident(ctx.pathParam("id")).orElseThrow(() -> new ApiProblem(404, "id", "no incident " + ctx.pathParam("id")));
    ctx.json(views.incidentDetail(s, inc));
  }

  private void history(Context ctx) {
    LiveSnapshot s = monitor.snapshot();
    String id = ctx.pathParam("id");
    Incident inc = s.incident(id).orElseThrow(() -> new ApiProblem(404, "id", "no incident " + id));
    ObjectNode n = views.history(inc, s.lifecycle(id).orElseThrow());
    n.set("checkpoint", JsonViews.checkpoint(s.checkpoint()));
    ctx.json(n);
  }
}
