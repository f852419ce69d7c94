package org.trucewatch.server.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.engine.lifecycle.ReviewDesk;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.server.access.TokenHolder;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.JsonBody;

/**
 * An analyst's action on an incident, checked and recorded by the {@link ReviewDesk} that
 * {@code trucewatch review} uses too; answers with the record and the incident's state after.
 */
public final class ReviewResource implements Resource {
  private static final Set<String> FIELDS = Set.of("action", "reason", "note");

  private final LiveMonitor monitor;
  private final ReviewDesk desk;
  private final MonitorRefresh refresh;
  private final BodyReader body;
  private final Clock clock;
  private final Object lock = new Object();

  /**
   * Records actions in {@code store} on the incidents of {@code monitor}.
   *
   * @param clock stamps the action records
   */
  public ReviewResource(LiveMonitor monitor, EvidenceStore store, MonitorRefresh refresh, BodyReader body, Clock clock) {
    this.monitor = monitor;
    this.desk = new ReviewDesk(store::append);
    this.refresh = refresh;
    this.body = body;
    this.clock = clock;
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.ACTION, this::act);
  }

  private void act(Context ctx, Optional<TokenHolder> who) throws IOException {
    String incident = ctx.pathParam("id");
    JsonBody b = JsonBody.parse(body.read(ctx), FIELDS);
    String code = b.text("action");
    ReviewAction action;
    try {
      action = ReviewAction.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(400, "action", "must be confirm, dispute, close, reopen or note, not '" + code + "'");
    }
    // "note" is the field's older name, kept for clients written before reasons were required
    String reasonField = b.optionalText("reason").isPresent() ? "reason" : "note";
    String reason = b.optionalText(reasonField).orElse("");
    TokenHolder holder = who.orElseThrow();
    ReviewDesk.Recorded r;
    // checked and appended under one lock, so two analysts cannot both act on the state before either
    synchronized (lock) {
      refresh.now();
      LiveSnapshot s = monitor.snapshot();
      Incident inc = s.incident(incident).orElseThrow(() -> new ApiProblem(404, "id", "no incident " + incident));
      if (reason.isBlank()) {
        throw new ApiProblem(400, reasonField, "a reason is required: say why you " + code + " it");
      }
      try {
        r = desk.act(inc, s.lifecycle(incident).orElseThrow(), action, holder.name(), holder.role().code(), reason,
            clock.instant());
      } catch (IllegalTransitionException e) {
        throw new ApiProblem(409, "action", e.getMessage());
      }
      refresh.now();
    }
    LiveSnapshot after = monitor.snapshot();
    ObjectNode n = r.action().toJson();
    n.put("entry", r.entry().entry().seq());
    n.put("review", after.review(incident));
    n.put("lifecycle", after.lifecycle(incident).map(l -> l.state().code()).orElse(""));
    ctx.status(201).json(n);
  }
}
