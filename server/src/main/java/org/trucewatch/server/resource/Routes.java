package org.trucewatch.server.resource;

import io.javalin.http.Context;
import java.util.Optional;
import org.trucewatch.server.access.TokenHolder;
import org.trucewatch.server.api.ApiRoute;

/** Where resources register their handlers; the server checks access and times every request. */
public interface Routes {
  /** Serves {@code route} with {@code handler}, once the caller may. */
  void add(ApiRoute route, Handler handler);

  /** A handler that gets the caller once access is granted; empty for public or anonymous reads. */
  @FunctionalInterface
  interface Handler {
    /** Answers the request. */
    void handle(Context ctx, Optional<TokenHolder> who) throws Exception;
  }
}
