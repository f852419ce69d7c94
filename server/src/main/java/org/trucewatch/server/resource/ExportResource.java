package org.trucewatch.server.resource;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.engine.publish.IncidentsGeoJsonWriter;
import org.trucewatch.report.export.AcledCsvWriter;
import org.trucewatch.report.export.GeoPackageWriter;
import org.trucewatch.report.export.KmlWriter;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.QueryFilter;

/** The incidents matching a query as files: GeoJSON, KML, ACLED-style CSV, GeoPackage. */
public final class ExportResource implements Resource {
  private final LiveMonitor monitor;

  /** Exports the incidents of {@code monitor}'s latest snapshot. */
  public ExportResource(LiveMonitor monitor) {
    this.monitor = monitor;
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.EXPORT_GEOJSON, (ctx, who) -> export(ctx, "application/geo+json",
        (s, incs) -> new IncidentsGeoJsonWriter().render(incs, s.findings(), s.lifecycleStates())));
    routes.add(ApiRoutes.EXPORT_KML, (ctx, who) -> export(ctx, "application/vnd.google-earth.kml+xml",
        (s, incs) -> new KmlWriter().render(monitor.agreement().title(), incs, s.findingsByIncident())));
    routes.add(ApiRoutes.EXPORT_CSV, (ctx, who) -> export(ctx, "text/csv",
        (s, incs) -> new AcledCsvWriter().render(incs, s.findingsByIncident())));
    routes.add(ApiRoutes.EXPORT_GPKG, (ctx, who) -> geoPackage(ctx));
  }

  private void geoPackage(Context ctx) throws IOException {
    Path tmp = Files.createTempFile("trucewatch-export", ".gpkg");
    try {
      export(ctx, "application/geopackage+sqlite3", (s, incs) -> {
        try {
          new GeoPackageWriter().write(tmp, monitor.agreement().title(), incs, s.findingsByIncident());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return "";
      });
      ctx.contentType("application/geopackage+sqlite3").result(Files.readAllBytes(tmp));
      ctx.header("Content-Disposition", "attachment; filename=\"incidents.gpkg\"");
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Renders the incidents matching the query's filters (paging does not apply) in one export format. */
  private void export(Context ctx, String contentType, BiFunction<LiveSnapshot, List<Incident>, String> writer) {
    QueryFilter q = QueryFilter.parse(ctx.queryParamMap());
    if (ctx.queryParam("limit") != null || ctx.queryParam("offset") != null) {
      throw new ApiProblem(400, ctx.queryParam("limit") != null ? "limit" : "offset", "exports are not paged");
    }
    LiveSnapshot s = monitor.snapshot();
    Map<String, List<Finding>> byIncident = s.findingsByIncident();
    List<Incident> matching = new ArrayList<>();
    for (Incident inc : s.incidents()) {
      if (q.matches(inc, byIncident.getOrDefault(inc.id(), List.of()), s.review(inc.id()))) {
        matching.add(inc);
      }
    }
    CheckpointHeader.set(ctx, s.checkpoint());
    ctx.contentType(contentType + "; charset=utf-8").result(writer.apply(s, matching));
  }
}
