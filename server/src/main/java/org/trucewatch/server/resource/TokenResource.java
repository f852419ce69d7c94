package org.trucewatch.server.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.server.access.IssuedToken;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.access.TokenHolder;
import org.trucewatch.server.access.TokenStore;
import org.trucewatch.server.api.ApiProblem;
import org.trucewatch.server.api.ApiRoutes;
import org.trucewatch.server.api.JsonBody;
import org.trucewatch.server.api.JsonViews;

/** Token administration: list, issue, revoke; each issue and revocation is recorded in the ledger. */
public final class TokenResource implements Resource {
  private static final Set<String> FIELDS = Set.of("name", "role", "sources");
  private static final Pattern HOLDER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final TokenStore tokens;
  private final EvidenceStore store;
  private final BodyReader body;
  private final Clock clock;
  private final JsonViews views = new JsonViews();

  /**
   * Administers {@code tokens}, recording each change in {@code store}.
   *
   * @param clock stamps the tokens and the action records
   */
  public TokenResource(TokenStore tokens, EvidenceStore store, BodyReader body, Clock clock) {
    this.tokens = tokens;
    this.store = store;
    this.body = body;
    this.clock = clock;
  }

  @Override
  public void register(Routes routes) {
    routes.add(ApiRoutes.TOKENS, (ctx, who) -> list(ctx));
    routes.add(ApiRoutes.ISSUE_TOKEN, this::issue);
    routes.add(ApiRoutes.REVOKE_TOKEN, this::revoke);
  }

  private void list(Context ctx) {
    ArrayNode a = JsonViews.MAPPER.createArrayNode();
    tokens.list().forEach(h -> a.add(views.holder(h)));
    ctx.json(a);
  }

  private void issue(Context ctx, Optional<TokenHolder> who) throws IOException {
    JsonBody b = JsonBody.parse(body.read(ctx), FIELDS);
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
    record("token-issue", who.orElseThrow(), t.holder().id(), role.code() + " " + name + " " + sources);
    ObjectNode n = views.holder(t.holder());
    n.put("token", t.token());
    ctx.status(201).json(n);
  }

  private void revoke(Context ctx, Optional<TokenHolder> who) {
    String id = ctx.pathParam("id");
    if (!tokens.revoke(id, clock.instant())) {
      throw new ApiProblem(404, "id", "no unrevoked token " + id);
    }
    record("token-revoke", who.orElseThrow(), id, "");
    ctx.status(204);
  }

  private void record(String action, TokenHolder who, String subject, String note) {
    ActionRecord a = new ActionRecord(action, who.name(), who.role().code(), subject, note, clock.instant());
    store.append(a.entryName(), ActionRecord.FORMAT, a.toBytes());
  }
}
