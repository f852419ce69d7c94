package org.trucewatch.server.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.engine.live.MapLayers;
import org.trucewatch.engine.run.CoverageSettings;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.JsonViews;
import org.trucewatch.server.api.QueryFilter;

/** The mission as the map draws it: the agreement, the observations, vessel tracks, coverage. */
public final class MissionResource implements Resource {
  private final LiveMonitor monitor;
  private final JsonViews views = new JsonViews();
  private final String agreementJson;
  private final MapLayers mapLayers;

  /** Serves the mission {@code monitor} watches. */
  public MissionResource(LiveMonitor monitor) {
    this.monitor = monitor;
    this.agreementJson = views.agreement(monitor.agreement()).toString();
    this.mapLayers = new MapLayers(monitor.agreement(), CoverageSettings.DEFAULT);
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.AGREEMENT, (ctx, who) -> ctx.contentType("application/json").result(agreementJson));
    routes.add(ApiRoutes.OBSERVATIONS, (ctx, who) -> observations(ctx));
    routes.add(ApiRoutes.TRACKS, (ctx, who) -> tracks(ctx));
    routes.add(ApiRoutes.COVERAGE, (ctx, who) -> coverage(ctx));
  }

  private void observations(Context ctx) {
    QueryFilter q = QueryFilter.parse(ctx.queryParamMap());
    LiveSnapshot s = monitor.snapshot();
    ArrayNode items = JsonViews.MAPPER.createArrayNode();
    int total = 0;
    for (Observation o : s.observations()) {
      if (q.matches(o)) {
        if (total >= q.offset() && items.size() < q.limit()) {
          items.add(views.observation(s, o));
        }
        total++;
      }
    }
    ObjectNode n = JsonViews.page(s.checkpoint(), q, total);
    n.put("type", "FeatureCollection");
    n.set("features", items);
    ctx.json(n);
  }

  private void tracks(Context ctx) {
    onlyParameters(ctx, Set.of());
    LiveSnapshot s = monitor.snapshot();
    CheckpointHeader.set(ctx, s.checkpoint());
    ctx.contentType("application/geo+json").result(mapLayers.vesselTracks(s));
  }

  private void coverage(Context ctx) {
    onlyParameters(ctx, Set.of("day"));
    LiveSnapshot s = monitor.snapshot();
    String dayParam = ctx.queryParam("day");
    LocalDate day;
    if (dayParam == null) {
      day = MapLayers.lastDay(s).orElse(null);
    } else {
      try {
        day = LocalDate.parse(dayParam);
      } catch (DateTimeParseException e) {
        throw new ApiProblem(400, "day", "not a UTC day (YYYY-MM-DD): " + dayParam);
      }
    }
    CheckpointHeader.set(ctx, s.checkpoint());
    ctx.contentType("application/geo+json")
        .result(day == null ? "{\"type\":\"FeatureCollection\",\"features\":[\n]}\n" : mapLayers.coverage(s, day));
  }

  private static void onlyParameters(Context ctx, Set<String> allowed) {
    for (String name : new TreeSet<>(ctx.queryParamMap().keySet())) {
      if (!allowed.contains(name)) {
        throw new ApiProblem(400, name, "unknown query parameter" + (allowed.isEmpty() ? "" : "; known: " + new TreeSet<>(allowed)));
      }
    }
  }
}
