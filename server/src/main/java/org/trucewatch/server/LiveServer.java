package org.trucewatch.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseHandler;
import io.javalin.http.staticfiles.Location;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.engine.lifecycle.ReviewDesk;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.engine.live.MapLayers;
import org.trucewatch.engine.run.CoverageSettings;
import org.trucewatch.engine.publish.IncidentsGeoJsonWriter;
import org.trucewatch.report.export.AcledCsvWriter;
import org.trucewatch.report.export.GeoPackageWriter;
import org.trucewatch.report.export.KmlWriter;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.server.access.IssuedToken;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.access.TokenHolder;
import org.trucewatch.server.access.TokenStore;
import org.trucewatch.server.alerts.AlertOutbox;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoute;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.InputPush;
import org.trucewatch.server.api.JsonBody;
import org.trucewatch.server.api.JsonViews;
import org.trucewatch.server.api.QueryFilter;

/**
 * The live server: the HTTP API of {@link ApiRoutes} over a {@link LiveMonitor}, its event
 * stream, metrics, and the web map. Handlers stay thin: parse, check access, call the store or
 * the monitor, render.
 *
 * <p>A push is acknowledged once the evidence store holds it durably; findings are recomputed
 * after, on one background thread that folds concurrent pushes into one refresh. A client that
 * needs the findings of its own push passes {@code ?wait=true}.
 */
public final class LiveServer implements AutoCloseable {
  private static final Set<String> ACTION_FIELDS = Set.of("action", "reason", "note");
  private static final Set<String> TOKEN_FIELDS = Set.of("name", "role", "sources");
  private static final java.util.regex.Pattern HOLDER_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final LiveMonitor monitor;
  private final EvidenceStore store;
  private final TokenStore tokens;
  private final Clock clock;
  private final ServerSettings settings;
  private final InputPush push;
  private final JsonViews views = new JsonViews();
  private final Object reviewLock = new Object();
  private final FindingStream stream = new FindingStream();
  private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "trucewatch-refresh");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean refreshPending = new AtomicBoolean();
  private final java.util.concurrent.ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "trucewatch-webhooks");
    t.setDaemon(true);
    return t;
  });
  private final Timer refreshTimer;
  private final String agreementJson;
  private final MapLayers mapLayers;
  private Javalin app;

  private LiveServer(LiveMonitor monitor, EvidenceStore store, TokenStore tokens, Clock clock, ServerSettings settings) {
    this.monitor = monitor;
    this.store = store;
    this.tokens = tokens;
    this.clock = clock;
    this.settings = settings;
    this.push = new InputPush(store);
    this.agreementJson = new JsonViews().agreement(monitor.agreement()).toString();
    this.mapLayers = new MapLayers(monitor.agreement(), CoverageSettings.DEFAULT);
    this.refreshTimer = Timer.builder("trucewatch_refresh").description("time to recompute findings after new entries").register(metrics);
    Gauge.builder("trucewatch_ledger_entries", () -> monitor.snapshot().checkpoint().entryCount()).register(metrics);
    Gauge.builder("trucewatch_observations", () -> monitor.snapshot().observations().size()).register(metrics);
    Gauge.builder("trucewatch_incidents", () -> monitor.snapshot().incidents().size()).register(metrics);
    Gauge.builder("trucewatch_findings", () -> monitor.snapshot().findings().size()).register(metrics);
    Gauge.builder("trucewatch_event_stream_clients", stream::size).register(metrics);
    monitor.onUpdate(stream::publish);
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
    alerts.ifPresent(s::deliverAlerts);
    s.app = s.javalin();
    s.app.start();
    return s;
  }

  private void deliverAlerts(AlertOutbox outbox) {
    // the outbox remembers what it sent, so catching up after a restart neither repeats nor skips
    outbox.record(monitor.snapshot());
    monitor.onUpdate(u -> outbox.record(u.snapshot()));
    Gauge.builder("trucewatch_webhook_delivered", outbox::delivered).register(metrics);
    Gauge.builder("trucewatch_webhook_failed_attempts", outbox::failedAttempts).register(metrics);
    Gauge.builder("trucewatch_webhook_pending", outbox::pending).register(metrics);
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
    delivery.scheduleWithFixedDelay(() -> {
      try {
        outbox.deliverDue(http);
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(LiveServer.class).warn("webhook delivery failed: " + e.getMessage());
      }
    }, 0, 250, TimeUnit.MILLISECONDS);
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
      route(config, ApiRoutes.HEALTH, (ctx, who) -> health(ctx));
      route(config, ApiRoutes.OPENAPI, (ctx, who) -> openApi(ctx));
      route(config, ApiRoutes.METRICS, (ctx, who) -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
      route(config, ApiRoutes.STATUS, (ctx, who) -> status(ctx));
      route(config, ApiRoutes.AGREEMENT, (ctx, who) -> ctx.contentType("application/json").result(agreementJson));
      route(config, ApiRoutes.OBSERVATIONS, (ctx, who) -> observations(ctx));
      route(config, ApiRoutes.TRACKS, (ctx, who) -> tracks(ctx));
      route(config, ApiRoutes.COVERAGE, (ctx, who) -> coverage(ctx));
      route(config, ApiRoutes.INCIDENTS, (ctx, who) -> incidents(ctx));
      route(config, ApiRoutes.INCIDENT, (ctx, who) -> incident(ctx));
      route(config, ApiRoutes.FINDINGS, (ctx, who) -> findings(ctx));
      route(config, ApiRoutes.EXPORT_GEOJSON, (ctx, who) -> export(ctx, "application/geo+json",
          (s, incs) -> new IncidentsGeoJsonWriter().render(incs, s.findings(), s.lifecycleStates())));
      route(config, ApiRoutes.EXPORT_KML, (ctx, who) -> export(ctx, "application/vnd.google-earth.kml+xml",
          (s, incs) -> new KmlWriter().render(monitor.agreement().title(), incs, s.findingsByIncident())));
      route(config, ApiRoutes.EXPORT_CSV, (ctx, who) -> export(ctx, "text/csv",
          (s, incs) -> new AcledCsvWriter().render(incs, s.findingsByIncident())));
      route(config, ApiRoutes.EXPORT_GPKG, (ctx, who) -> geoPackage(ctx));
      SseHandler sse = new SseHandler(stream::join);
      route(config, ApiRoutes.EVENTS, (ctx, who) -> sse.handle(ctx));
      route(config, ApiRoutes.PUSH, this::pushInputs);
      route(config, ApiRoutes.ACTION, this::act);
      route(config, ApiRoutes.HISTORY, (ctx, who) -> history(ctx));
      route(config, ApiRoutes.VERSIONS, (ctx, who) -> versions(ctx));
      route(config, ApiRoutes.SOURCES, this::pushSources);
      route(config, ApiRoutes.TOKENS, (ctx, who) -> listTokens(ctx));
      route(config, ApiRoutes.ISSUE_TOKEN, this::issueToken);
      route(config, ApiRoutes.REVOKE_TOKEN, this::revokeToken);
      config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
      config.routes.exception(Exception.class, (e, ctx) -> {
        org.slf4j.LoggerFactory.getLogger(LiveServer.class).error("request failed: " + ctx.method() + " " + ctx.path(), e);
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

  /** A handler that gets the caller once access is granted; empty for public or anonymous reads. */
  @FunctionalInterface
  private interface GuardedHandler {
    void handle(Context ctx, Optional<TokenHolder> who) throws Exception;
  }

  private void route(io.javalin.config.JavalinConfig config, ApiRoute route, GuardedHandler h) {
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

  private void health(Context ctx) {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("status", "ok");
    n.put("store", store.describe());
    n.put("entries", monitor.snapshot().checkpoint().entryCount());
    ctx.json(n);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = LiveServer.class.getResourceAsStream("/org/trucewatch/server/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void status(Context ctx) {
    LiveSnapshot s = monitor.snapshot();
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.set("checkpoint", checkpoint(s.checkpoint()));
    n.put("stored_entries", store.checkpoint().entryCount());
    n.put("observations", s.observations().size());
    n.put("incidents", s.incidents().size());
    n.put("findings", s.findings().size());
    n.put("rejects", s.rejects().size());
    ctx.json(n);
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
    ObjectNode n = page(s, q, total);
    n.put("type", "FeatureCollection");
    n.set("features", items);
    ctx.json(n);
  }

  private void observations(Context ctx) {
    QueryFilter q = QueryFilter.parse(ctx.queryParamMap());
    LiveSnapshot s = monitor.snapshot();
    ArrayNode items = JsonViews.MAPPER.createArrayNode();
    int total = 0;
    for (org.trucewatch.core.observation.Observation o : s.observations()) {
      if (q.matches(o)) {
        if (total >= q.offset() && items.size() < q.limit()) {
          items.add(views.observation(s, o));
        }
        total++;
      }
    }
    ObjectNode n = page(s, q, total);
    n.put("type", "FeatureCollection");
    n.set("features", items);
    ctx.json(n);
  }

  private void tracks(Context ctx) {
    onlyParameters(ctx, Set.of());
    LiveSnapshot s = monitor.snapshot();
    ctx.header("X-Trucewatch-Checkpoint", s.checkpoint().entryCount() + " " + s.checkpoint().headChainHash());
    ctx.contentType("application/geo+json").result(mapLayers.vesselTracks(s));
  }

  private void coverage(Context ctx) {
    onlyParameters(ctx, Set.of("day"));
    LiveSnapshot s = monitor.snapshot();
    String dayParam = ctx.queryParam("day");
    java.time.LocalDate day;
    if (dayParam == null) {
      day = MapLayers.lastDay(s).orElse(null);
    } else {
      try {
        day = java.time.LocalDate.parse(dayParam);
      } catch (java.time.format.DateTimeParseException e) {
        throw new ApiProblem(400, "day", "not a UTC day (YYYY-MM-DD): " + dayParam);
      }
    }
    ctx.header("X-Trucewatch-Checkpoint", s.checkpoint().entryCount() + " " + s.checkpoint().headChainHash());
    ctx.contentType("application/geo+json")
        .result(day == null ? "{\"type\":\"FeatureCollection\",\"features\":[\n]}\n" : mapLayers.coverage(s, day));
  }

  private static void onlyParameters(Context ctx, Set<String> allowed) {
    for (String name : new java.util.TreeSet<>(ctx.queryParamMap().keySet())) {
      if (!allowed.contains(name)) {
        throw new ApiProblem(400, name, "unknown query parameter" + (allowed.isEmpty() ? "" : "; known: " + new java.util.TreeSet<>(allowed)));
      }
    }
  }

  private void geoPackage(Context ctx) throws IOException {
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile("trucewatch-export", ".gpkg");
    try {
      export(ctx, "application/geopackage+sqlite3", (s, incs) -> {
        try {
          new GeoPackageWriter().write(tmp, monitor.agreement().title(), incs, s.findingsByIncident());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return "";
      });
      ctx.contentType("application/geopackage+sqlite3").result(java.nio.file.Files.readAllBytes(tmp));
      ctx.header("Content-Disposition", "attachment; filename=\"incidents.gpkg\"");
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  /** Renders the incidents matching the query's filters (paging does not apply) in one export format. */
  private void export(Context ctx, String contentType, java.util.function.BiFunction<LiveSnapshot, List<Incident>, String> writer) {
    QueryFilter q = QueryFilter.parse(ctx.queryParamMap());
    if (ctx.queryParam("limit") != null || ctx.queryParam("offset") != null) {
      throw new ApiProblem(400, ctx.queryParam("limit") != null ? "limit" : "offset", "exports are not paged");
    }
    LiveSnapshot s = monitor.snapshot();
    Map<String, List<Finding>> byIncident = s.findingsByIncident();
    List<Incident> matching = new java.util.ArrayList<>();
    for (Incident inc : s.incidents()) {
      if (q.matches(inc, byIncident.getOrDefault(inc.id(), List.of()), s.review(inc.id()))) {
        matching.add(inc);
      }
    }
    ctx.header("X-Trucewatch-Checkpoint", s.checkpoint().entryCount() + " " + s.checkpoint().headChainHash());
    ctx.contentType(contentType + "; charset=utf-8").result(writer.apply(s, matching));
  }

  private void incident(Context ctx) {
    LiveSnapshot s = monitor.snapshot();
    Incident inc = s.incident(ctx.pathParam("id")).orElseThrow(() -> new ApiProblem(404, "id", "no incident " + ctx.pathParam("id")));
    ctx.json(views.incidentDetail(s, inc));
  }

  private void findings(Context ctx) {
    QueryFilter q = QueryFilter.parse(ctx.queryParamMap());
    LiveSnapshot s = monitor.snapshot();
    Map<String, Incident> incidents = new java.util.HashMap<>();
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
    ObjectNode n = page(s, q, total);
    n.set("items", items);
    ctx.json(n);
  }

  private ObjectNode page(LiveSnapshot s, QueryFilter q, int total) {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("total", total);
    n.put("offset", q.offset());
    n.put("limit", q.limit());
    n.set("checkpoint", checkpoint(s.checkpoint()));
    return n;
  }

  private void pushInputs(Context ctx, Optional<TokenHolder> who) throws IOException {
    byte[] body = body(ctx);
    InputPush.Outcome o;
    try {
      o = push.pushObservations(who.orElseThrow(), ctx.header("Content-Type"), body);
    } catch (ApiProblem p) {
      Counter.builder("trucewatch_inputs_pushed").tag("outcome", "refused").register(metrics).increment();
      throw p;
    }
    acknowledge(ctx, o);
  }

  private void pushSources(Context ctx, Optional<TokenHolder> who) throws IOException {
    acknowledge(ctx, push.pushSources(who.orElseThrow(), body(ctx)));
  }

  private void acknowledge(Context ctx, InputPush.Outcome o) {
    AppendResult r = o.append();
    Counter.builder("trucewatch_inputs_pushed").tag("outcome", r.alreadyHeld() ? "already_held" : "stored").register(metrics).increment();
    if (!r.alreadyHeld()) {
      Counter.builder("trucewatch_observations_pushed").register(metrics).increment(o.observations());
    }
    refreshSoon();
    if ("true".equals(ctx.queryParam("wait"))) {
      refreshNow();
    }
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("entry", r.entry().seq());
    n.put("sha256", r.entry().sha256());
    n.put("already_held", r.alreadyHeld());
    n.put("observations", o.observations());
    n.set("checkpoint", checkpoint(r.entry().checkpoint()));
    ctx.status(r.alreadyHeld() ? 200 : 201).json(n);
  }

  private void act(Context ctx, Optional<TokenHolder> who) throws IOException {
    String incident = ctx.pathParam("id");
    JsonBody b = JsonBody.parse(body(ctx), ACTION_FIELDS);
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
    ActionRecord a;
    AppendResult r;
    // checked and appended under one lock, so two analysts cannot both act on the state before either
    synchronized (reviewLock) {
      refreshNow();
      LiveSnapshot s = monitor.snapshot();
      Incident inc = s.incident(incident).orElseThrow(() -> new ApiProblem(404, "id", "no incident " + incident));
      if (reason.isBlank()) {
        throw new ApiProblem(400, reasonField, "a reason is required: say why you " + code + " it");
      }
      try {
        a = ReviewDesk.record(inc, s.lifecycle(incident).orElseThrow(), action, holder.name(),
            holder.role().code(), reason, clock.instant());
      } catch (IllegalTransitionException e) {
        throw new ApiProblem(409, "action", e.getMessage());
      }
      r = store.append("actions/" + a.actor() + "/" + a.at().toEpochMilli() + "-" + a.action(), ActionRecord.FORMAT, a.toBytes());
      refreshNow();
    }
    LiveSnapshot after = monitor.snapshot();
    ObjectNode n = a.toJson();
    n.put("entry", r.entry().seq());
    n.put("review", after.review(incident));
    n.put("lifecycle", after.lifecycle(incident).map(l -> l.state().code()).orElse(""));
    ctx.status(201).json(n);
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

  private void history(Context ctx) {
    LiveSnapshot s = monitor.snapshot();
    String id = ctx.pathParam("id");
    Incident inc = s.incident(id).orElseThrow(() -> new ApiProblem(404, "id", "no incident " + id));
    ObjectNode n = views.history(inc, s.lifecycle(id).orElseThrow());
    n.set("checkpoint", checkpoint(s.checkpoint()));
    ctx.json(n);
  }

  private void listTokens(Context ctx) {
    ArrayNode a = JsonViews.MAPPER.createArrayNode();
    tokens.list().forEach(h -> a.add(views.holder(h)));
    ctx.json(a);
  }

  private void issueToken(Context ctx, Optional<TokenHolder> who) throws IOException {
    JsonBody b = JsonBody.parse(body(ctx), TOKEN_FIELDS);
    String name = b.text("name");
    if (!HOLDER_NAME.matcher(name).matches()) {
      throw new ApiProblem(400, "name", "must be 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    String roleCode = b.text("role");
    Role role = Role.ofCode(roleCode).orElseThrow(() -> new ApiProblem(400, "role", "must be contributor, analyst, observer or admin, not '" + roleCode + "'"));
    TreeSet<String> sources = new TreeSet<>(b.texts("sources"));
    if (role == Role.CONTRIBUTOR && sources.isEmpty()) {
      throw new ApiProblem(400, "sources", "a contributor token needs the source ids it may push for");
    }
    if (role != Role.CONTRIBUTOR && !sources.isEmpty()) {
      throw new ApiProblem(400, "sources", "only contributor tokens are bound to sources");
    }
    IssuedToken t = tokens.issue(name, role, sources, clock.instant());
    ActionRecord a = record("token-issue", who.orElseThrow(), t.holder().id(), role.code() + " " + name + " " + sources);
    store.append("actions/" + a.actor() + "/" + a.at().toEpochMilli() + "-token-issue-" + t.holder().id(), ActionRecord.FORMAT, a.toBytes());
    ObjectNode n = views.holder(t.holder());
    n.put("token", t.token());
    ctx.status(201).json(n);
  }

  private void revokeToken(Context ctx, Optional<TokenHolder> who) {
    String id = ctx.pathParam("id");
    if (!tokens.revoke(id, clock.instant())) {
      throw new ApiProblem(404, "id", "no unrevoked token " + id);
    }
    ActionRecord a = record("token-revoke", who.orElseThrow(), id, "");
    store.append("actions/" + a.actor() + "/" + a.at().toEpochMilli() + "-token-revoke-" + id, ActionRecord.FORMAT, a.toBytes());
    ctx.status(204);
  }

  private ActionRecord record(String action, TokenHolder who, String subject, String note) {
    return new ActionRecord(action, who.name(), who.role().code(), subject, note, clock.instant());
  }

  private byte[] body(Context ctx) throws IOException {
    long declared = ctx.contentLength();
    if (declared > settings.maxBodyBytes()) {
      throw new ApiProblem(413, "body", "body of " + declared + " bytes is over the limit of " + settings.maxBodyBytes());
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        if (out.size() > settings.maxBodyBytes()) {
          throw new ApiProblem(413, "body", "body is over the limit of " + settings.maxBodyBytes() + " bytes");
        }
      }
      return out.toByteArray();
    }
  }

  private static ObjectNode checkpoint(Checkpoint c) {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("entries", c.entryCount());
    n.put("head", c.headChainHash());
    return n;
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

  /** Schedules a refresh; pushes arriving while one is pending share it. */
  private void refreshSoon() {
    if (refreshPending.compareAndSet(false, true)) {
      refresher.execute(() -> {
        refreshPending.set(false);
        refreshNow();
      });
    }
  }

  private void refreshNow() {
    refreshTimer.record(monitor::refresh);
  }

  /** Stops serving, closes the event streams, and waits for a running refresh to end. */
  @Override
  public void close() {
    stream.closeAll();
    app.stop();
    refresher.shutdown();
    delivery.shutdown();
    try {
      refresher.awaitTermination(30, TimeUnit.SECONDS);
      delivery.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
