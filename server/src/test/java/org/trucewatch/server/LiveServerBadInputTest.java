package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refused requests: each gets a 4xx with a JSON error naming the field, and stores nothing. */
class LiveServerBadInputTest {
  private static final String GOOD =
      "{\"source\":\"mission-uav\",\"kind\":\"explosion\",\"time\":\"2026-05-01T21:40:00Z\",\"lat\":46.62,\"lon\":32.60,\"uncertainty_m\":250}\n";

  @TempDir Path dir;
  LiveServerFixture live;

  @BeforeEach
  void start() throws Exception {
    live = new LiveServerFixture(dir, false, new TreeSet<>(List.of("mission-uav")), 4096);
  }

  @AfterEach
  void stop() {
    live.close();
  }

  private JsonNode refused(HttpResponse<String> r, int status, String field) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode n = LiveServerFixture.json(r);
    assertThat(n.get("field").asText()).as(r.body()).isEqualTo(field);
    assertThat(n.get("error").asText()).isNotBlank();
    assertThat(live.store.checkpoint().entryCount()).as("nothing stored").isZero();
    return n;
  }

  @Test
  void aGoodLineIsStoredAndAcknowledgedWithItsEntry() throws Exception {
    HttpResponse<String> r = live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", GOOD);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(LiveServerFixture.json(r).get("entry").asLong()).isEqualTo(1);
    assertThat(live.store.checkpoint().entryCount()).isEqualTo(1);
  }

  @Test
  void anUnknownFieldIsNamedWithItsLineAndTheBatchIsNotStored() throws Exception {
    String bad = GOOD.replace("\"uncertainty_m\":250", "\"uncertainty_m\":250,\"colour\":\"red\"");
    JsonNode n = refused(live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", GOOD + bad), 400, "colour");
    assertThat(n.get("problems").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(n.get("problems").get(0).get("reason").asText()).contains("unknown key");
  }

  @Test
  void aMalformedLineIsRefused() throws Exception {
    JsonNode n = refused(live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", GOOD + "{\"source\": \n"), 400, "");
    assertThat(n.get("problems").get(0).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void aBadValueIsNamed() throws Exception {
    refused(live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", GOOD.replace("46.62", "146.62")), 400, "lat");
  }

  @Test
  void anEmptyBodyIsRefused() throws Exception {
    refused(live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", ""), 400, "body");
  }

  @Test
  void aBodyOverTheLimitGets413() throws Exception {
    refused(live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", GOOD.repeat(40)), 413, "body");
  }

  @Test
  void aContributorCannotPushForAnotherSource() throws Exception {
    JsonNode n = refused(live.post("/api/v1/inputs", live.stranger, "application/x-ndjson", GOOD), 403, "source");
    assertThat(n.get("problems").get(0).get("reason").asText()).contains("mission-uav");
  }

  @Test
  void nmeaWithoutAReportTimeIsRefusedByLineAndUnknownContentAsUnsupported() throws Exception {
    // AIS lines are recognised by content whatever the Content-Type; without a tag block's c: time
    // (or a $PGHP header) a report has no time, which is named by line and field
    for (String type : new String[] {"text/x-nmea", null}) {
      HttpResponse<String> r = live.post("/api/v1/inputs", live.contributor, type, "!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26\n");
      refused(r, 400, "time");
      assertThat(LiveServerFixture.json(r).get("problems").get(0).get("line").asInt()).isEqualTo(1);
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    refused(live.post("/api/v1/inputs", live.contributor, "image/png", png), 415, "Content-Type");
    refused(live.post("/api/v1/inputs", live.contributor, null, png), 415, "body");
  }

  @Test
  void badActionAndTokenBodiesNameTheField() throws Exception {
    live.post("/api/v1/inputs?wait=true", live.contributor, "application/x-ndjson", GOOD);
    String incident = live.server.monitor().snapshot().incidents().get(0).id();
    long entries = live.store.checkpoint().entryCount();
    String path = "/api/v1/incidents/" + incident + "/actions";
    for (String[] c : new String[][] {
        {"{\"action\":\"confirm\",\"by\":\"me\"}", "by"}, {"{\"note\":\"x\"}", "action"}, {"{\"action\":\"delete\"}", "action"},
        {"{\"action\":\"note\"}", "note"}, {"[1]", "body"}, {"{\"action\":", "body"}, {"{\"action\":3}", "action"}}) {
      HttpResponse<String> r = live.post(path, live.analyst, "application/json", c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(LiveServerFixture.json(r).get("field").asText()).as(c[0]).isEqualTo(c[1]);
    }
    assertThat(live.post("/api/v1/incidents/nope/actions", live.analyst, "application/json", "{\"action\":\"confirm\"}").statusCode()).isEqualTo(404);
    for (String[] c : new String[][] {
        {"{\"name\":\"x\",\"role\":\"king\"}", "role"}, {"{\"name\":\"Bad Name\",\"role\":\"observer\"}", "name"},
        {"{\"name\":\"feed\",\"role\":\"contributor\"}", "sources"}, {"{\"name\":\"o\",\"role\":\"observer\",\"sources\":[\"a\"]}", "sources"},
        {"{\"name\":\"o\",\"role\":\"observer\",\"secret\":\"a\"}", "secret"}, {"{\"name\":\"o\",\"role\":\"contributor\",\"sources\":[1]}", "sources[0]"}}) {
      HttpResponse<String> r = live.post("/api/v1/tokens", live.admin, "application/json", c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(LiveServerFixture.json(r).get("field").asText()).as(c[0]).isEqualTo(c[1]);
    }
    assertThat(live.store.checkpoint().entryCount()).isEqualTo(entries);
  }

  @Test
  void anIssuedTokenWorksUntilRevokedAndTheStoreKeepsNoSecret() throws Exception {
    HttpResponse<String> r = live.post("/api/v1/tokens", live.admin, "application/json", "{\"name\":\"obs-2\",\"role\":\"observer\"}");
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode t = LiveServerFixture.json(r);
    String token = t.get("token").asText();
    assertThat(live.get("/api/v1/status", token).statusCode()).isEqualTo(200);
    String listed = live.get("/api/v1/tokens", live.admin).body();
    assertThat(listed).contains("obs-2").doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('_') + 1));
    byte[] file = java.nio.file.Files.readAllBytes(dir.resolve("tokens.sqlite"));
    assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token.substring(token.lastIndexOf('_') + 1));
    assertThat(live.delete("/api/v1/tokens/" + t.get("id").asText(), live.admin).statusCode()).isEqualTo(204);
    assertThat(live.get("/api/v1/status", token).statusCode()).isEqualTo(401);
    assertThat(live.get("/api/v1/status", token.substring(0, token.length() - 1) + "x").statusCode()).isEqualTo(401);
    // both administrative writes are in the ledger with who made them
    String actions = new String(live.store.raw(1)) + new String(live.store.raw(2));
    assertThat(actions).contains("\"action\":\"token-issue\"").contains("\"action\":\"token-revoke\"").contains("\"actor\":\"admin-ada\"");
  }

  @Test
  void aServerReopenedOnTheSameStoreHasEveryAcknowledgedPush(@TempDir Path other) throws Exception {
    HttpResponse<String> r = live.post("/api/v1/inputs", live.contributor, "application/x-ndjson", GOOD);
    assertThat(r.statusCode()).isEqualTo(201);
    String head = LiveServerFixture.json(r).get("checkpoint").get("head").asText();
    live.close();
    live = new LiveServerFixture(dir, false, new TreeSet<>(List.of("mission-uav")), 4096);
    JsonNode status = LiveServerFixture.json(live.get("/api/v1/status", live.observer));
    assertThat(status.get("checkpoint").get("head").asText()).isEqualTo(head);
    assertThat(status.get("observations").asInt()).isEqualTo(1);
  }
}
