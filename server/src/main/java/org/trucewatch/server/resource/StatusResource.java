package org.trucewatch.server.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.JsonViews;

/** Health, the OpenAPI document, Prometheus metrics and the monitor's status. */
public final class StatusResource implements Resource {
  private final LiveMonitor monitor;
  private final EvidenceStore store;
  private final PrometheusMeterRegistry metrics;

  /** Reports on {@code monitor} over {@code store}, with the server's {@code metrics}. */
  public StatusResource(LiveMonitor monitor, EvidenceStore store, PrometheusMeterRegistry metrics) {
    this.monitor = monitor;
    this.store = store;
    this.metrics = metrics;
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.HEALTH, (ctx, who) -> health(ctx));
    routes.add(ApiRoutes.OPENAPI, (ctx, who) -> openApi(ctx));
    routes.add(ApiRoutes.METRICS, (ctx, who) -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    routes.add(ApiRoutes.STATUS, (ctx, who) -> status(ctx));
  }

  private void health(Context ctx) {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("status", "ok");
    n.put("store", store.describe());
    n.put("entries", monitor.snapshot().checkpoint().entryCount());
    ctx.json(n);
  }

  private static void openApi(Context ctx) throws IOException {
    try (InputStream in = StatusResource.class.getResourceAsStream("/org/trucewatch/server/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void status(Context ctx) {
    LiveSnapshot s = monitor.snapshot();
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.set("checkpoint", JsonViews.checkpoint(s.checkpoint()));
    n.put("stored_entries", store.checkpoint().entryCount());
    n.put("observations", s.observations().size());
    n.put("incidents", s.incidents().size());
    n.put("findings", s.findings().size());
    n.put("rejects", s.rejects().size());
    ctx.json(n);
  }
}
