package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.server.api.ApiRoute;
import org.trucewatch.server.api.ApiRoutes;

/**
 * Every route against every caller (no token, and one token per role), with and without public
 * reads: what is allowed must work, and everything else must be refused with 401 or 403. The
 * expectations are written out here by hand, independent of the route table they check.
 */
class RoleMatrixTest {
  private static final String GOOD =
      "{\"source\":\"mission-uav\",\"kind\":\"explosion\",\"time\":\"2026-05-01T21:40:00Z\",\"lat\":50.4501,\"lon\":30.5234,\"uncertainty_m\":250,\"credibility\":2}\n";
  private static final String SOURCES = "sources:\n  - id: mission-uav\n    name: Mission UAV\n    reliability: B\n";
  private static final List<String> CALLERS = List.of("none", "contributor", "analyst", "observer", "admin");

  /** Route key -> allowed for none, contributor, analyst, observer, admin (without public reads). */
  private static final Map<String, String> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("GET /health", "YYYYY");
    ALLOWED.put("GET /openapi.json", "YYYYY");
    ALLOWED.put("GET /metrics", "YYYYY");
    ALLOWED.put("GET /api/v1/status", "NNYYY");
    ALLOWED.put("GET /api/v1/agreement", "NNYYY");
    ALLOWED.put("GET /api/v1/observations", "NNYYY");
    ALLOWED.put("GET /api/v1/tracks", "NNYYY");
    ALLOWED.put("GET /api/v1/coverage", "NNYYY");
    ALLOWED.put("GET /api/v1/incidents", "NNYYY");
    ALLOWED.put("GET /api/v1/incidents/{id}", "NNYYY");
    ALLOWED.put("GET /api/v1/findings", "NNYYY");
    ALLOWED.put("GET /api/v1/exports/incidents.geojson", "NNYYY");
    ALLOWED.put("GET /api/v1/exports/incidents.kml", "NNYYY");
    ALLOWED.put("GET /api/v1/exports/incidents.csv", "NNYYY");
    ALLOWED.put("GET /api/v1/exports/incidents.gpkg", "NNYYY");
    ALLOWED.put("GET /api/v1/events", "NNYYY");
    ALLOWED.put("POST /api/v1/inputs", "NYNNN");
    ALLOWED.put("POST /api/v1/incidents/{id}/actions", "NNYNN");
    ALLOWED.put("GET /api/v1/incidents/{id}/history", "NNYYY");
    ALLOWED.put("GET /api/v1/findings/{id}/versions", "NNYYY");
    ALLOWED.put("POST /api/v1/sources", "NNNNY");
    ALLOWED.put("GET /api/v1/tokens", "NNNNY");
    ALLOWED.put("POST /api/v1/tokens", "NNNNY");
    ALLOWED.put("DELETE /api/v1/tokens/{id}", "NNNNY");
  }

  /** Routes anyone may read when the server publishes openly. */
  private static final List<String> PUBLISHED =
      List.of("GET /api/v1/status", "GET /api/v1/agreement", "GET /api/v1/observations", "GET /api/v1/tracks", "GET /api/v1/coverage", "GET /api/v1/incidents", "GET /api/v1/incidents/{id}", "GET /api/v1/incidents/{id}/history", "GET /api/v1/findings/{id}/versions", "GET /api/v1/findings", "GET /api/v1/events",
      "GET /api/v1/exports/incidents.geojson", "GET /api/v1/exports/incidents.kml", "GET /api/v1/exports/incidents.csv",
      "GET /api/v1/exports/incidents.gpkg");

  @ParameterizedTest(name = "public read {0}")
  @ValueSource(booleans = {false, true})
  void everyRoleGetsExactlyWhatItIsAllowed(boolean publicRead, @TempDir Path dir) throws Exception {
    List<String> keys = new ArrayList<>();
    for (ApiRoute r : ApiRoutes.ALL) {
      keys.add(r.method() + " " + r.path());
    }
    assertThat(keys).as("the matrix covers every route").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());

    try (LiveServerFixture live = new LiveServerFixture(dir, publicRead, new TreeSet<>(List.of("mission-uav")))) {
      assertThat(live.post("/api/v1/inputs?wait=true", live.contributor, "application/x-ndjson", GOOD).statusCode()).isEqualTo(201);
      String incident = live.server.monitor().snapshot().incidents().get(0).id();
      HttpResponse<String> findings = live.get("/api/v1/findings", live.admin);
      assertThat(findings.statusCode()).isEqualTo(200);
      java.util.regex.Matcher firstFinding = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f]+)\"").matcher(findings.body());
      assertThat(firstFinding.find()).as("the pushed explosion makes a finding: %s", findings.body()).isTrue();
      String finding = firstFinding.group(1);
      Map<String, String> tokens = new LinkedHashMap<>();
      tokens.put("none", null);
      tokens.put("contributor", live.contributor);
      tokens.put("analyst", live.analyst);
      tokens.put("observer", live.observer);
      tokens.put("admin", live.admin);
      List<String> wrong = new ArrayList<>();
      int calls = 0;
      for (Map.Entry<String, String> route : ALLOWED.entrySet()) {
        for (int i = 0; i < CALLERS.size(); i++) {
          String caller = CALLERS.get(i);
          boolean allowed = route.getValue().charAt(i) == 'Y' || (publicRead && caller.equals("none") && PUBLISHED.contains(route.getKey()));
          HttpResult result = call(live, route.getKey(), tokens.get(caller), incident, finding);
          int status = result.status();
          calls++;
          // an access refusal names the Authorization header; a 403 for a foreign source is not one
          boolean refused = (status == 401 || status == 403) && result.body().contains("\"field\":\"Authorization\"");
          // allowed works: a 2xx, not a 404 or a 400 that merely got past the access check
          boolean works = status >= 200 && status < 300;
          if ((allowed && !works) || (!allowed && !refused) || (!allowed && caller.equals("none") && status != 401)
              || (!allowed && !caller.equals("none") && status != 403)) {
            wrong.add(route.getKey() + " as " + caller + ": " + status + (allowed ? " (should be allowed)" : " (should be refused)"));
          }
        }
      }
      assertThat(calls).isEqualTo(ALLOWED.size() * CALLERS.size());
      assertThat(wrong).isEmpty();
    }
  }

  private record HttpResult(int status, String body) {
    static HttpResult of(HttpResponse<String> r) {
      return new HttpResult(r.statusCode(), r.body());
    }
  }

  private static HttpResult call(LiveServerFixture live, String key, String token, String incident, String finding) throws Exception {
    String method = key.substring(0, key.indexOf(' '));
    String path = key.substring(key.indexOf(' ') + 1).replace("/incidents/{id}", "/incidents/" + incident)
        .replace("/findings/{id}", "/findings/" + finding);
    if (key.equals("DELETE /api/v1/tokens/{id}")) {
      // a token of its own to revoke each time, so that an allowed revocation can succeed
      HttpResponse<String> issued = live.post("/api/v1/tokens", live.admin, "application/json", "{\"name\":\"to-revoke\",\"role\":\"observer\"}");
      assertThat(issued.statusCode()).isEqualTo(201);
      java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(issued.body());
      assertThat(id.find()).as(issued.body()).isTrue();
      path = path.replace("/tokens/{id}", "/tokens/" + id.group(1));
    }
    switch (key) {
      case "GET /api/v1/events":
        return eventStream(live, path, token);
      case "POST /api/v1/inputs":
        return HttpResult.of(live.post(path, token, "application/x-ndjson", GOOD));
      case "POST /api/v1/incidents/{id}/actions":
        return HttpResult.of(live.post(path, token, "application/json", "{\"action\":\"note\",\"note\":\"seen\"}"));
      case "POST /api/v1/sources":
        return HttpResult.of(live.post(path, token, "application/yaml", SOURCES));
      case "POST /api/v1/tokens":
        return HttpResult.of(live.post(path, token, "application/json", "{\"name\":\"matrix\",\"role\":\"observer\"}"));
      default:
        return HttpResult.of(method.equals("DELETE") ? live.delete(path, token) : live.get(path, token));
    }
  }

  private static HttpResult eventStream(LiveServerFixture live, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(live.base + path)).header("Accept", "text/event-stream").GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    // the headers arrive at once; the body stays open, so take the status and drop the stream
    HttpResponse<java.io.InputStream> r = live.http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
    // an allowed stream's body never ends; a refusal's is a short JSON error
    String body = r.statusCode() == 200 ? "" : new String(r.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    r.body().close();
    return new HttpResult(r.statusCode(), body);
  }
}
