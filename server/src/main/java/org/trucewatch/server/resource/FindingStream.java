package org.trucewatch.server.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trucewatch.engine.live.FindingChange;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.server.api.JsonViews;

/**
 * The server-sent event stream of new, changed and withdrawn findings. Each refresh that changed
 * something sends one {@code finding} event per change (id: the ledger entry count it rests on)
 * and then one {@code checkpoint} event, so a client knows when a refresh is complete.
 */
final class FindingStream {
  private final List<SseClient> clients = new CopyOnWriteArrayList<>();
  private final JsonViews views = new JsonViews();

  /** Keeps the client open and sends it every later update. */
  void join(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    client.sendComment("connected");
  }

  /** How many clients are listening. */
  int size() {
    return clients.size();
  }

  /** Sends an update to every client; a client that has gone is dropped. */
  void publish(LiveMonitor.Update update) {
    if (clients.isEmpty()) {
      return;
    }
    String id = Long.toString(update.snapshot().checkpoint().entryCount());
    try {
      for (FindingChange c : update.changes()) {
        ObjectNode n = JsonViews.MAPPER.createObjectNode();
        n.put("change", c.kind().code());
        // a withdrawn finding's incident may be gone: then it goes without a lifecycle state
        n.set("finding", views.finding(c.finding(),
            update.snapshot().lifecycle(c.finding().incidentId()).map(l -> l.state()).orElse(null)));
        send("finding", JsonViews.MAPPER.writeValueAsString(n), id);
      }
      ObjectNode cp = JsonViews.MAPPER.createObjectNode();
      cp.put("entries", update.snapshot().checkpoint().entryCount());
      cp.put("head", update.snapshot().checkpoint().headChainHash());
      cp.put("incidents", update.snapshot().incidents().size());
      cp.put("findings", update.snapshot().findings().size());
      send("checkpoint", JsonViews.MAPPER.writeValueAsString(cp), id);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event JSON always serialises", e);
    }
  }

  private void send(String event, String data, String id) {
    for (SseClient c : clients) {
      if (c.terminated()) {
        clients.remove(c);
      } else {
        c.sendEvent(event, data, id);
      }
    }
  }

  /** Closes every client. */
  void closeAll() {
    for (SseClient c : clients) {
      c.close();
    }
    clients.clear();
  }
}
