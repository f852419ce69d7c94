package org.trucewatch.server.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Optional;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.server.access.TokenHolder;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.InputPush;
import org.trucewatch.server.api.JsonViews;

/**
 * Pushes of observations (by contributors) and source registers (by administrators). A push is
 * acknowledged once the store holds it durably; findings are recomputed after, unless the client
 * asks to wait for them with {@code ?wait=true}.
 */
public final class InputResource implements Resource {
  private final InputPush push;
  private final MonitorRefresh refresh;
  private final BodyReader body;
  private final MeterRegistry metrics;

  /** Pushes into {@code store}, then refreshes, counting pushes in {@code metrics}. */
  public InputResource(EvidenceStore store, MonitorRefresh refresh, BodyReader body, MeterRegistry metrics) {
    this.push = new InputPush(store);
    this.refresh = refresh;
    this.body = body;
    this.metrics = metrics;
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.PUSH, this::pushInputs);
    routes.add(ApiRoutes.SOURCES, this::pushSources);
  }

  private void pushInputs(Context ctx, Optional<TokenHolder> who) throws IOException {
    byte[] bytes = body.read(ctx);
    InputPush.Outcome o;
    try {
      o = push.pushObservations(who.orElseThrow(), ctx.header("Content-Type"), bytes);
    } catch (ApiProblem p) {
      Counter.builder("trucewatch_inputs_pushed").tag("outcome", "refused").register(metrics).increment();
      throw p;
    }
    acknowledge(ctx, o);
  }

  private void pushSources(Context ctx, Optional<TokenHolder> who) throws IOException {
    acknowledge(ctx, push.pushSources(who.orElseThrow(), body.read(ctx)));
  }

  private void acknowledge(Context ctx, InputPush.Outcome o) {
    AppendResult r = o.append();
    Counter.builder("trucewatch_inputs_pushed").tag("outcome", r.alreadyHeld() ? "already_held" : "stored").register(metrics).increment();
    if (!r.alreadyHeld()) {
      Counter.builder("trucewatch_observations_pushed").register(metrics).increment(o.observations());
    }
    refresh.soon();
    if ("true".equals(ctx.queryParam("wait"))) {
      refresh.now();
    }
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("entry", r.entry().seq());
    n.put("sha256", r.entry().sha256());
    n.put("already_held", r.alreadyHeld());
    n.put("observations", o.observations());
    n.set("checkpoint", JsonViews.checkpoint(r.entry().checkpoint()));
    ctx.status(r.alreadyHeld() ? 200 : 201).json(n);
  }
}
