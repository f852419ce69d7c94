package org.trucewatch.server.resource;

import io.javalin.http.sse.SseHandler;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.server.api.ApiRoutes;

/** The server-sent event stream of changed findings (see {@link FindingStream}). */
public final class EventResource implements Resource, AutoCloseable {
  private final FindingStream stream = new FindingStream();

  /** Streams every update of {@code monitor}. */
  public EventResource(LiveMonitor monitor) {
    monitor.onUpdate(stream::publish);
  }

  @Override
  public void register(Routes routes) {
    SseHandler sse = new SseHandler(stream::join);
    routes.add(ApiRoutes.EVENTS, (ctx, who) -> sse.handle(ctx));
  }

  /** How many clients are listening. */
  public int clients() {
    return stream.size();
  }

  /** Closes every client's stream. */
  @Override
  public void close() {
    stream.closeAll();
  }
}
