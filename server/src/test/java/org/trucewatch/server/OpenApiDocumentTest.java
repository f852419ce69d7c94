package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.api.ApiRoute;
import org.trucewatch.server.api.ApiRoutes;

/** The served OpenAPI document describes exactly the routes the server has, with their roles. */
class OpenApiDocumentTest {
  @Test
  void everyRouteIsDocumentedWithItsRolesAndNothingElseIs(@TempDir Path dir) throws Exception {
    try (LiveServerFixture live = new LiveServerFixture(dir, false, new TreeSet<>(List.of("x")))) {
      HttpResponse<String> r = live.get("/openapi.json", null);
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode doc = LiveServerFixture.json(r);
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      Set<String> documented = new TreeSet<>();
      Iterator<String> paths = doc.get("paths").fieldNames();
      while (paths.hasNext()) {
        String p = paths.next();
        doc.get("paths").get(p).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p));
      }
      Set<String> routes = new TreeSet<>();
      for (ApiRoute route : ApiRoutes.ALL) {
        routes.add(route.method() + " " + route.path());
        JsonNode op = doc.get("paths").path(route.path()).path(route.method().toLowerCase(java.util.Locale.ROOT));
        assertThat(op.isMissingNode()).as(route.path()).isFalse();
        Set<String> docRoles = new TreeSet<>();
        op.get("x-roles").forEach(n -> docRoles.add(n.asText()));
        Set<String> roles = new TreeSet<>();
        route.roles().forEach(x -> roles.add(x.code()));
        assertThat(docRoles).as("roles of " + route.method() + " " + route.path()).isEqualTo(roles);
        assertThat(op.path("x-public-read").asBoolean(false)).as("public read of " + route.path()).isEqualTo(route.readsPublished());
        assertThat(op.get("responses").size()).isPositive();
        if (!route.isPublic()) {
          assertThat(op.get("responses").has("401")).as("401 documented for " + route.path()).isTrue();
        }
      }
      assertThat(documented).isEqualTo(routes);
      // every role code the document uses is a real role
      Set<String> codes = new TreeSet<>();
      for (Role role : Role.values()) {
        codes.add(role.code());
      }
      assertThat(codes).containsAll(List.of("contributor", "analyst", "observer", "admin"));
    }
  }
}
