package org.trucewatch.server.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.report.export.CapAlertWriter;
import org.trucewatch.ledger.ChainHash;

/**
 * CAP 1.2 alerts for findings, delivered to webhooks through a durable outbox.
 *
 * <p>{@link #record} compares a snapshot's findings with the last message sent about each (kept
 * in the outbox file, so a restart neither repeats nor misses a message): a new finding gives an
 * Alert, a changed one an Update, a withdrawn one a Cancel, each queued once per webhook in the
 * same transaction that records it as sent. {@link #deliverDue} posts queued messages in order;
 * a failed delivery (no answer, or not 2xx) is retried after 1, 2, 4 ... seconds, at most 5
 * minutes apart, until it succeeds. Thread-safe.
 */
public final class AlertOutbox implements AutoCloseable {
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  private final Connection connection;
  private final Path file;
  private final List<URI> webhooks;
  private final String sender;
  private final Clock clock;
  private final CapAlertWriter cap = new CapAlertWriter();
  private final FindingsJsonlWriter findings = new FindingsJsonlWriter();
  private long delivered;
  private long failedAttempts;

  private AlertOutbox(Connection connection, Path file, List<URI> webhooks, String sender, Clock clock) {
    this.connection = connection;
    this.file = file;
    this.webhooks = List.copyOf(webhooks);
    this.sender = sender;
    this.clock = clock;
  }

  /** Opens (creating when absent) the outbox file for these webhooks. */
  public static AlertOutbox open(Path file, List<URI> webhooks, String sender, Clock clock) {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=FULL");
        st.execute("CREATE TABLE IF NOT EXISTS sent_state (finding_id TEXT PRIMARY KEY, identifier TEXT NOT NULL,"
            + " sent TEXT NOT NULL, digest TEXT NOT NULL)");
        st.execute("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL,"
            + " identifier TEXT NOT NULL, msg_type TEXT NOT NULL, body TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            + " next_attempt_ms INTEGER NOT NULL, delivered_at TEXT, last_error TEXT)");
      }
      return new AlertOutbox(c, file, webhooks, sender, clock);
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot open the alert outbox: " + e.getMessage(), e);
    }
  }

  /** Queues the CAP messages this snapshot calls for; returns how many messages (per webhook). */
  public synchronized int record(LiveSnapshot s) {
    Instant now = clock.instant();
    Map<String, Incident> incidents = new HashMap<>();
    s.incidents().forEach(i -> incidents.put(i.id(), i));
    try {
      connection.setAutoCommit(false);
      Map<String, String[]> state = new TreeMap<>();
      try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT finding_id, identifier, sent, digest FROM sent_state")) {
        while (rs.next()) {
          state.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      int messages = 0;
      String suffix = ":" + s.checkpoint().entryCount();
      for (Finding f : s.findings()) {
        String digest = ChainHash.sha256Hex(findings.toJson(f).toString().getBytes(StandardCharsets.UTF_8));
        String[] last = state.remove(f.id());
        if (last != null && last[2].equals(digest)) {
          continue;
        }
        String identifier = "trucewatch:" + f.id().substring(0, 16) + suffix;
        CapAlertWriter.MessageType type = last == null ? CapAlertWriter.MessageType.ALERT : CapAlertWriter.MessageType.UPDATE;
        List<String> refs = last == null ? List.of() : List.of(sender + "," + last[0] + "," + last[1]);
        String body = cap.render(f, incidents.get(f.incidentId()), type, identifier, refs, now, sender);
        enqueue(identifier, type.code(), body, now);
        upsertState(f.id(), identifier, now, digest);
        messages++;
      }
      for (Map.Entry<String, String[]> gone : state.entrySet()) {
        String identifier = "trucewatch:" + gone.getKey().substring(0, 16) + suffix + ":cancel";
        String body = cap.renderCancel(identifier, List.of(sender + "," + gone.getValue()[0] + "," + gone.getValue()[1]), now, sender,
            "finding " + gone.getKey() + " withdrawn: its incident was merged into another or no longer meets the provision");
        enqueue(identifier, CapAlertWriter.MessageType.CANCEL.code(), body, now);
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sent_state WHERE finding_id = ?")) {
          ps.setString(1, gone.getKey());
          ps.executeUpdate();
        }
        messages++;
      }
      connection.commit();
      return messages;
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException(file + ": cannot record alerts: " + e.getMessage(), e);
    } finally {
      autoCommit();
    }
  }

  private void enqueue(String identifier, String type, String body, Instant now) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO outbox (url, identifier, msg_type, body, next_attempt_ms) VALUES (?,?,?,?,?)")) {
      for (URI hook : webhooks) {
        ps.setString(1, hook.toString());
        ps.setString(2, identifier);
        ps.setString(3, type);
        ps.setString(4, body);
        ps.setLong(5, now.toEpochMilli());
        ps.executeUpdate();
      }
    }
  }

  private void upsertState(String findingId, String identifier, Instant sent, String digest) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO sent_state VALUES (?,?,?,?)")) {
      ps.setString(1, findingId);
      ps.setString(2, identifier);
      ps.setString(3, sent.toString());
      ps.setString(4, digest);
      ps.executeUpdate();
    }
  }

  /** One queued message. */
  private record Queued(long seq, String url, String body, int attempts) {}

  /**
   * Posts every message whose next attempt is due, oldest first; returns how many were
   * delivered. A webhook that fails holds back its later messages until it succeeds, so each
   * receiver sees a finding's messages in order.
   */
  public int deliverDue(HttpClient http) {
    List<Queued> due = new ArrayList<>();
    synchronized (this) {
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT seq, url, body, attempts FROM outbox WHERE delivered_at IS NULL ORDER BY seq")) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            due.add(new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(file + ": cannot read the outbox: " + e.getMessage(), e);
      }
    }
    int n = 0;
    java.util.Set<String> blocked = new java.util.HashSet<>();
    long nowMs = clock.millis();
    for (Queued q : due) {
      if (blocked.contains(q.url()) || nextAttempt(q.seq()) > nowMs) {
        blocked.add(q.url());
        continue;
      }
      String error = null;
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(q.url())).timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/cap+xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(q.body(), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() / 100 != 2) {
          error = "HTTP " + r.statusCode();
        }
      } catch (java.io.IOException e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return n;
      }
      synchronized (this) {
        try {
          if (error == null) {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE outbox SET delivered_at = ?, attempts = attempts + 1 WHERE seq = ?")) {
              ps.setString(1, clock.instant().toString());
              ps.setLong(2, q.seq());
              ps.executeUpdate();
            }
            delivered++;
            n++;
          } else {
            long backoffMs = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(20, q.attempts()));
            try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_ms = ?, last_error = ? WHERE seq = ?")) {
              ps.setLong(1, clock.millis() + backoffMs);
              ps.setString(2, error);
              ps.setLong(3, q.seq());
              ps.executeUpdate();
            }
            failedAttempts++;
            blocked.add(q.url());
          }
        } catch (SQLException e) {
          throw new IllegalStateException(file + ": cannot update the outbox: " + e.getMessage(), e);
        }
      }
    }
    return n;
  }

  private synchronized long nextAttempt(long seq) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT next_attempt_ms FROM outbox WHERE seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot read the outbox: " + e.getMessage(), e);
    }
  }

  /** Messages delivered since this outbox was opened. */
  public synchronized long delivered() {
    return delivered;
  }

  /** Failed delivery attempts since this outbox was opened. */
  public synchronized long failedAttempts() {
    return failedAttempts;
  }

  /** Messages queued and not yet delivered. */
  public synchronized long pending() {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM outbox WHERE delivered_at IS NULL")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot read the outbox: " + e.getMessage(), e);
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure is what gets reported
    }
  }

  private void autoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the next statement reports a broken connection
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot close the alert outbox", e);
    }
  }
}
