package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputServerTest {
  @Test
  void servesTheReportAndRedirectsTheRootToIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.html"), "<html><body>Findings: 3</body></html>");
    Files.writeString(dir.resolve("findings.jsonl"), "{\"id\":\"a\"}\n");
    try (OutputServer server = OutputServer.start(dir, "127.0.0.1", 0)) {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> root = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(root.statusCode()).isEqualTo(200);
      assertThat(root.body()).contains("Findings: 3");
      HttpResponse<String> findings =
          client.send(HttpRequest.newBuilder(URI.create(base + "/findings.jsonl")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(findings.body()).isEqualTo("{\"id\":\"a\"}\n");
      HttpResponse<String> missing =
          client.send(HttpRequest.newBuilder(URI.create(base + "/nothing-here")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void refusesAFolderThatDoesNotExist(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputServer.start(dir.resolve("absent"), "127.0.0.1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absent");
  }
}
