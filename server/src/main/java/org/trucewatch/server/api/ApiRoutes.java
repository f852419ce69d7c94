package org.trucewatch.server.api;

import java.util.List;
import java.util.Set;
import org.trucewatch.server.access.Role;

/**
 * Every route of the live server with the roles it admits: the single table that the server
 * registers, the access check enforces, and the OpenAPI document is tested against.
 */
public final class ApiRoutes {
  private static final Set<Role> READERS = Set.of(Role.OBSERVER, Role.ANALYST, Role.ADMIN);

  public static final ApiRoute HEALTH = new ApiRoute("GET", "/health", Set.of(), false);
  public static final ApiRoute OPENAPI = new ApiRoute("GET", "/openapi.json", Set.of(), false);
  public static final ApiRoute METRICS = new ApiRoute("GET", "/metrics", Set.of(), false);
  public static final ApiRoute STATUS = new ApiRoute("GET", "/api/v1/status", READERS, true);
  public static final ApiRoute AGREEMENT = new ApiRoute("GET", "/api/v1/agreement", READERS, true);
  public static final ApiRoute OBSERVATIONS = new ApiRoute("GET", "/api/v1/observations", READERS, true);
  public static final ApiRoute TRACKS = new ApiRoute("GET", "/api/v1/tracks", READERS, true);
  public static final ApiRoute COVERAGE = new ApiRoute("GET", "/api/v1/coverage", READERS, true);
  public static final ApiRoute INCIDENTS = new ApiRoute("GET", "/api/v1/incidents", READERS, true);
  public static final ApiRoute INCIDENT = new ApiRoute("GET", "/api/v1/incidents/{id}", READERS, true);
  public static final ApiRoute FINDINGS = new ApiRoute("GET", "/api/v1/findings", READERS, true);
  public static final ApiRoute EXPORT_GEOJSON = new ApiRoute("GET", "/api/v1/exports/incidents.geojson", READERS, true);
  public static final ApiRoute EXPORT_KML = new ApiRoute("GET", "/api/v1/exports/incidents.kml", READERS, true);
  public static final ApiRoute EXPORT_CSV = new ApiRoute("GET", "/api/v1/exports/incidents.csv", READERS, true);
  public static final ApiRoute EXPORT_GPKG = new ApiRoute("GET", "/api/v1/exports/incidents.gpkg", READERS, true);
  public static final ApiRoute EVENTS = new ApiRoute("GET", "/api/v1/events", READERS, true);
  public static final ApiRoute PUSH = new ApiRoute("POST", "/api/v1/inputs", Set.of(Role.CONTRIBUTOR), false);
  public static final ApiRoute ACTION = new ApiRoute("POST", "/api/v1/incidents/{id}/actions", Set.of(Role.ANALYST), false);
  public static final ApiRoute HISTORY = new ApiRoute("GET", "/api/v1/incidents/{id}/history", READERS, true);
  public static final ApiRoute VERSIONS = new ApiRoute("GET", "/api/v1/findings/{id}/versions", READERS, true);
  public static final ApiRoute SOURCES = new ApiRoute("POST", "/api/v1/sources", Set.of(Role.ADMIN), false);
  public static final ApiRoute TOKENS = new ApiRoute("GET", "/api/v1/tokens", Set.of(Role.ADMIN), false);
  public static final ApiRoute ISSUE_TOKEN = new ApiRoute("POST", "/api/v1/tokens", Set.of(Role.ADMIN), false);
  public static final ApiRoute REVOKE_TOKEN = new ApiRoute("DELETE", "/api/v1/tokens/{id}", Set.of(Role.ADMIN), false);

  /** All routes, in the order the OpenAPI document lists them. */
  public static final List<ApiRoute> ALL =
      List.of(HEALTH, OPENAPI, METRICS, STATUS, AGREEMENT, OBSERVATIONS, TRACKS, COVERAGE, INCIDENTS, INCIDENT, FINDINGS, EXPORT_GEOJSON, EXPORT_KML, EXPORT_CSV, EXPORT_GPKG, EVENTS, PUSH, ACTION, HISTORY, VERSIONS, SOURCES, TOKENS, ISSUE_TOKEN, REVOKE_TOKEN);

  private ApiRoutes() {}
}
