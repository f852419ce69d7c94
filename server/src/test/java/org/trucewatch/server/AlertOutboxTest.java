package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.SqliteEvidenceStore;
import org.trucewatch.report.export.CapAlertWriter;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.access.TokenStore;
import org.trucewatch.server.alerts.AlertOutbox;
import org.w3c.dom.Document;

/** CAP alerts through the outbox to a webhook on 127.0.0.1 that fails at first. */
class AlertOutboxTest {
  private static final String FIRST =
      "{\"source\":\"mission-uav\",\"kind\":\"explosion\",\"time\":\"2026-05-01T21:40:00Z\",\"lat\":50.4501,\"lon\":30.5234,\"uncertainty_m\":250,\"credibility\":2}\n";
  private static final String SECOND =
      "{\"source\":\"news-wire\",\"kind\":\"explosion\",\"time\":\"2026-05-01T21:45:00Z\",\"lat\":50.4510,\"lon\":30.5240,\"uncertainty_m\":500,\"credibility\":2}\n";

  private static Document xml(String body) throws Exception {
    return DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document d, String tag) {
    var nodes = d.getElementsByTagNameNS(CapAlertWriter.NAMESPACE, tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  private static void await(java.util.function.BooleanSupplier done) {
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(done::getAsBoolean);
  }

  @Test
  void findingsLifecycleIsDeliveredAsCapAlertThenUpdateWithRetriesAndNoRepeatAfterRestart(@TempDir Path dir) throws Exception {
    List<String> received = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger calls = new AtomicInteger();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/cap", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      // the receiver is down for its first two calls
      int status = calls.incrementAndGet() <= 2 ? 503 : 200;
      if (status == 200) {
        received.add(new String(body, StandardCharsets.UTF_8));
      }
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    hook.start();
    URI url = URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/cap");
    Clock clock = Clock.systemUTC();
    try {
      String feed;
      String news;
      try (SqliteEvidenceStore store = SqliteEvidenceStore.open(dir.resolve("ledger.sqlite"), clock);
          TokenStore tokens = TokenStore.open(dir.resolve("tokens.sqlite"));
          AlertOutbox outbox = AlertOutbox.open(dir.resolve("outbox.sqlite"), List.of(url), "trucewatch.example", clock)) {
        feed = tokens.issue("feed", Role.CONTRIBUTOR, new TreeSet<>(List.of("mission-uav")), clock.instant()).token();
        news = tokens.issue("news", Role.CONTRIBUTOR, new TreeSet<>(List.of("news-wire")), clock.instant()).token();
        LiveMonitor monitor = new LiveMonitor(new org.trucewatch.formats.agreement.AgreementReader().read(LiveServerFixture.agreementFile()),
            store, FusionParameters.DEFAULT);
        try (LiveServer server = LiveServer.start(monitor, store, tokens, clock,
            new ServerSettings("127.0.0.1", 0, false, 1 << 20, Optional.empty()), Optional.of(outbox))) {
          var http = java.net.http.HttpClient.newHttpClient();
          String base = "http://127.0.0.1:" + server.port();
          var push = java.net.http.HttpRequest.newBuilder(URI.create(base + "/api/v1/inputs?wait=true")).header("Content-Type", "application/x-ndjson");
          assertThat(http.send(push.copy().header("Authorization", "Bearer " + feed).POST(java.net.http.HttpRequest.BodyPublishers.ofString(FIRST)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
          int findings = monitor.snapshot().findings().size();
          assertThat(findings).isPositive();
          await(() -> received.size() >= findings);
          Document alert = xml(received.get(0));
          assertThat(text(alert, "msgType")).isEqualTo("Alert");
          assertThat(text(alert, "status")).isEqualTo("Actual");
          assertThat(text(alert, "circle")).startsWith("50.45");
          assertThat(outbox.failedAttempts()).isEqualTo(2);

          // a second, independent source corroborates: the finding's grade or evidence changes, so an Update follows
          assertThat(http.send(push.copy().header("Authorization", "Bearer " + news).POST(java.net.http.HttpRequest.BodyPublishers.ofString(SECOND)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
          await(() -> outbox.pending() == 0 && received.size() > findings);
          List<String> types = new ArrayList<>();
          for (String body : received) {
            types.add(text(xml(body), "msgType"));
          }
          assertThat(types).contains("Alert").containsAnyOf("Update", "Cancel");
          Document later = xml(received.get(received.size() - 1));
          assertThat(text(later, "references")).startsWith("trucewatch.example,trucewatch:");
        }
      }
      int before = received.size();
      // restart on the same files: nothing changed, so nothing is sent again
      try (SqliteEvidenceStore store = SqliteEvidenceStore.open(dir.resolve("ledger.sqlite"), clock);
          TokenStore tokens = TokenStore.open(dir.resolve("tokens.sqlite"));
          AlertOutbox outbox = AlertOutbox.open(dir.resolve("outbox.sqlite"), List.of(url), "trucewatch.example", clock)) {
        LiveMonitor monitor = new LiveMonitor(new org.trucewatch.formats.agreement.AgreementReader().read(LiveServerFixture.agreementFile()),
            store, FusionParameters.DEFAULT);
        try (LiveServer server = LiveServer.start(monitor, store, tokens, clock,
            new ServerSettings("127.0.0.1", 0, false, 1 << 20, Optional.empty()), Optional.of(outbox))) {
          // bring the restarted server up to the ledger and run a delivery pass now, rather than wait
          server.monitor().refresh();
          outbox.deliverDue(java.net.http.HttpClient.newHttpClient());
          assertThat(outbox.pending()).isZero();
        }
      }
      assertThat(received).hasSize(before);
    } finally {
      hook.stop(0);
    }
  }
}
