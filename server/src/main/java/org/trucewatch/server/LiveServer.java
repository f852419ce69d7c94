package org.trucewatch.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.server.access.TokenHolder;
import org.trucewatch.server.access.TokenStore;
import org.trucewatch.server.alerts.AlertDelivery;
import org.trucewatch.server.alerts.AlertOutbox;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoute;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.JsonViews;
import org.trucewatch.server.resource.BodyReader;
import org.trucewatch.server.resource.EventResource;
import org.trucewatch.server.resource.ExportResource;
import org.trucewatch.server.resource.FindingResource;
import org.trucewatch.server.resource.IncidentResource;
import org.trucewatch.server.resource.InputResource;
import org.trucewatch.server.resource.MissionResource;
import org.trucewatch.server.resource.MonitorRefresh;
import org.trucewatch.server.resource.Resource;
import org.trucewatch.server.resource.ReviewResource;
import org.trucewatch.server.resource.Routes;
import org.trucewatch.server.resource.StatusResource;
import org.trucewatch.server.resource.TokenResource;

/**
 * The live server: the HTTP API of {@link ApiRoutes} over a {@link LiveMonitor}, its event
 * stream, metrics, and the web map. This class only wires: it builds Javalin, checks every
 * request's access and times it, and registers the resources of {@code server.resource}, one thin
 * class per group of routes.
 *
 * <p>A push is acknowledged once the evidence store holds it durably; findings are recomputed
 * after, on one background thread that folds concurrent pushes into one refresh. A client that
 * needs the findings of its own push passes {@code ?wait=true}.
 */
public final class LiveServer implements AutoCloseable {
  private final LiveMonitor monitor;
  private final TokenStore tokens;
  private final ServerSettings settings;
  private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final MonitorRefresh refresh;
  private final EventResource events;
  private final List<Resource> resources;
  private Optional<AlertDelivery> alerts = Optional.empty();
  private Javalin app;

  private LiveServer(LiveMonitor monitor, EvidenceStore store, TokenStore tokens, Clock clock, ServerSettings settings) {
    this.monitor = monitor;
    this.tokens = tokens;
    this.settings = settings;
    this.refresh = new MonitorRefresh(monitor, metrics);
    this.events = new EventResource(monitor);
    Gauge.builder("trucewatch_ledger_entries", () -> monitor.snapshot().checkpoint().entryCount()).register(metrics);
    Gauge.builder("trucewatch_observations", () -> monitor.snapshot().observations().size()).register(metrics);
    Gauge.builder("trucewatch_incidents", () -> monitor.snapshot().incidents().size()).register(metrics);
    Gauge.builder("trucewatch_findings", () -> monitor.snapshot().findings().size()).register(metrics);
    Gauge.builder("trucewatch_event_stream_clients", events::clients).register(metrics);
    BodyReader body = new BodyReader(settings.maxBodyBytes());
    this.resources = List.of(
        new StatusResource(monitor, store, metrics),
        new MissionResource(monitor),
        new IncidentResource(monitor),
        new FindingResource(monitor, store),
        new ExportResource(monitor),
        events,
        new InputResource(store, refresh, body, metrics),
        new ReviewResource(monitor, store, refresh, body, clock),
        new TokenResource(tokens, store, body, clock));
  }

  /**
   * Reads the store as it is, then starts serving.
   *
   * @param monitor the monitor over {@code store}
   * @param store where pushes go
   * @param tokens who may do what
   * @param clock stamps action records (the only wall-clock time the server writes)
   */
  public static LiveServer start(LiveMonitor monitor, EvidenceStore store, TokenStore tokens, Clock clock, ServerSettings settings) {
    return start(monitor, store, tokens, clock, settings, Optional.empty());
  }

  /**
   * As {@link #start(LiveMonitor, EvidenceStore, TokenStore, Clock, ServerSettings)}, and queues
   * CAP alerts for every finding's lifecycle into {@code alerts}, delivering them to its webhooks.
   */
  public static LiveServer start(
      LiveMonitor monitor, EvidenceStore store, TokenStore tokens, Clock clock, ServerSettings settings, Optional<AlertOutbox> alerts) {
    LiveServer s = new LiveServer(monitor, store, tokens, clock, settings);
    monitor.refresh();
    s.alerts = alerts.map(outbox -> new AlertDelivery(outbox, monitor, s.metrics));
    s.app = s.javalin();
    s.app.start();
    return s;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The monitor it serves. */
  public LiveMonitor monitor() {
    return monitor;
  }

  private Javalin javalin() {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.http.maxRequestSize = settings.maxBodyBytes() + 1L;
      config.staticFiles.add(files -> {
        files.hostedPath = "/map";
        files.directory = "/org/trucewatch/server/map";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      settings.outputs().ifPresent(dir -> config.staticFiles.add(files -> {
        files.hostedPath = "/outputs";
        files.directory = dir.toAbsolutePath().normalize().toString();
        files.location = Location.EXTERNAL;
      }));
      config.routes.get("/", ctx -> ctx.redirect("/map/index.html"));
      Routes routes = (route, handler) -> route(config, route, handler);
      resources.forEach(r -> r.register(routes));
      config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LoggerFactory.getLogger(LiveServer.class).error("request failed: " + ctx.method() + " " + ctx.path(), e);
        problem(ctx, new ApiProblem(500, "", "internal error: " + e.getClass().getSimpleName()));
      });
      config.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        if (ctx.result() == null || ctx.result().isEmpty() || type == null || !type.startsWith("application/json")) {
          problem(ctx, new ApiProblem(404, "", "no such resource: " + ctx.path()));
        }
      });
    });
  }

  private void route(JavalinConfig config, ApiRoute route, Routes.Handler h) {
    Handler handler = ctx -> {
      Timer.Sample sample = Timer.start(metrics);
      try {
        h.handle(ctx, access(ctx, route));
      } finally {
        // the status is known only once the handler (or the exception mapper) has set it
        sample.stop(Timer.builder("trucewatch_http_requests")
            .tag("method", route.method()).tag("route", route.path())
            .register(metrics));
      }
    };
    switch (route.method()) {
      case "GET":
        config.routes.get(route.path(), handler);
        break;
      case "POST":
        config.routes.post(route.path(), handler);
        break;
      case "DELETE":
        config.routes.delete(route.path(), handler);
        break;
      default:
        throw new IllegalStateException("no registration for method " + route.method());
    }
  }

  /** The authentication filter: the caller, once its token's role may use the route. */
  private Optional<TokenHolder> access(Context ctx, ApiRoute route) {
    if (route.isPublic()) {
      return Optional.empty();
    }
    String header = ctx.header("Authorization");
    String bearer = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      bearer = header.substring(7).strip();
    } else if (route == ApiRoutes.EVENTS) {
      // EventSource cannot set headers; the event stream alone accepts the token as a parameter
      bearer = ctx.queryParam("access_token");
    }
    if (bearer == null || bearer.isEmpty()) {
      if (settings.publicRead() && route.readsPublished()) {
        return Optional.empty();
      }
      throw new ApiProblem(401, "Authorization", "a bearer token is required");
    }
    Optional<TokenHolder> who = tokens.authenticate(bearer);
    if (who.isEmpty()) {
      throw new ApiProblem(401, "Authorization", "unknown or revoked token");
    }
    if (!route.roles().contains(who.get().role())) {
      throw new ApiProblem(403, "Authorization", "role " + who.get().role().code() + " may not " + route.method() + " " + route.path());
    }
    return who;
  }

  private static void problem(Context ctx, ApiProblem p) {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("error", p.getMessage());
    n.put("field", p.field());
    if (!p.problems().isEmpty()) {
      n.set("problems", JsonViews.MAPPER.valueToTree(p.problems()));
    }
    ctx.status(p.status()).contentType("application/json").result(n.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Stops serving, closes the event streams, and waits for a running refresh to end. */
  @Override
  public void close() {
    events.close();
    app.stop();
    refresh.close();
    alerts.ifPresent(AlertDelivery::close);
  }
}
