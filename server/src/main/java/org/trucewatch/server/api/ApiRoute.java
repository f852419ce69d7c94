package org.trucewatch.server.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.server.access.Role;

/**
 * One route of the HTTP API and who may call it.
 *
 * @param method HTTP method, upper case
 * @param path path with {@code {param}} placeholders, as in the OpenAPI document
 * @param roles the roles admitted; empty for a public route
 * @param readsPublished whether anyone may call it when the server publishes its findings openly
 *     ({@code --public-read})
 */
public record ApiRoute(String method, String path, Set<Role> roles, boolean readsPublished) {
  /** Checks and freezes the fields. */
  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Whether anyone may call it without a token. */
  public boolean isPublic() {
    return roles.isEmpty();
  }
}
