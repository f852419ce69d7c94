package org.trucewatch.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunOutputs;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.engine.verify.PublishedRunVerifier;
import org.trucewatch.engine.verify.VerificationOutcome;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * Analyst actions recorded in a run's ledger: shown by the next run's outputs, reproduced by
 * {@code verify}'s replay, and every version of the finding kept as evidence and actions arrive.
 */
class ReviewedRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC);
  // a drone strike reported by the regional administration, 4 km from Kharkiv's centre
  private static final String GOVERNOR =
      "{\"source\":\"ua-kharkiv-ova\",\"kind\":\"strike\",\"time\":\"2025-03-20T02:10:00Z\",\"lat\":49.9935,\"lon\":36.2304,"
          + "\"uncertainty_m\":1000,\"credibility\":3,\"attributes\":{\"place\":\"Kharkiv\",\"means\":\"drone\"}}\n";
  // the mission's own drone photographs the damage the next morning, 300 m away
  private static final String PATROL =
      "{\"source\":\"mission-uav-3\",\"kind\":\"strike\",\"time\":\"2025-03-20T03:40:00Z\",\"lat\":49.9960,\"lon\":36.2330,"
          + "\"uncertainty_m\":50,\"credibility\":2,\"attributes\":{\"place\":\"Kharkiv\"}}\n";

  private static Path agreement() {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
  }

  private static void run(Path out, Path dir, Path... inputs) throws Exception {
    new ReplayRun(CLOCK).execute(new RunRequest(agreement(), List.of(inputs), out, Optional.empty(),
        Optional.of(dir.resolve("deployment.key"))), Progress.SILENT);
  }

  private static JsonNode onlyFinding(Path out) throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"));
    assertThat(lines).hasSize(1);
    return JSON.readTree(lines.get(0));
  }

  private static JsonNode onlyIncident(Path out) throws Exception {
    JsonNode features = JSON.readTree(out.resolve("incidents.geojson").toFile()).get("features");
    assertThat(features).hasSize(1);
    return features.get(0).get("properties");
  }

  @Test
  void actionsInTheLedgerShowInTheNextRunAreReproducedByVerifyAndEveryVersionIsKept(@TempDir Path dir) throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    Files.writeString(inputs.resolve("governor.jsonl"), GOVERNOR);
    Path out = dir.resolve("out");
    run(out, dir, inputs);
    JsonNode first = onlyFinding(out);
    assertThat(first.get("lifecycle").asText()).isEqualTo("reported");
    assertThat(onlyIncident(out).get("lifecycle").asText()).isEqualTo("reported");
    String findingId = first.get("id").asText();

    try (Ledger ledger = LedgerStores.open(out.resolve("ledger.sqlite").toString(), LedgerOptions.readOnly(CLOCK))) {
      LedgerReviews reviews = new LedgerReviews(ledger, Optional.empty(), Progress.SILENT);
      Incident inc = reviews.incident(first.get("incident").asText().substring(0, 10));
      assertThatThrownBy(() -> reviews.record(inc, ReviewAction.CLOSE, "anna", "nothing to see", CLOCK.instant()))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("cannot close an incident that is reported: it has no verdict; confirm or dispute it before closing");
      assertThatThrownBy(() -> reviews.record(inc, ReviewAction.DISPUTE, "anna", " ", CLOCK.instant()))
          .hasMessage("reason: must not be blank; say why you dispute it");
      assertThatThrownBy(() -> reviews.incident("00000000"))
          .hasMessageStartingWith("no incident 00000000 in ");
      reviews.record(inc, ReviewAction.DISPUTE, "anna", "one administration's post, no imagery", CLOCK.instant());
    }
    try (Ledger ledger = LedgerStores.open(out.resolve("ledger.sqlite").toString(), LedgerOptions.readOnly(CLOCK))) {
      LedgerReviews reviews = new LedgerReviews(ledger, Optional.empty(), Progress.SILENT);
      Incident inc = reviews.incident(first.get("incident").asText());
      assertThat(reviews.lifecycle(inc).state()).isEqualTo(LifecycleState.DISPUTED);
      reviews.record(inc, ReviewAction.CLOSE, "ben", "reviewed at the morning brief", CLOCK.instant().plusSeconds(60));
    }

    run(out, dir, inputs);
    assertThat(onlyFinding(out).get("lifecycle").asText()).isEqualTo("closed");
    assertThat(onlyIncident(out).get("lifecycle").asText()).isEqualTo("closed");
    String report = Files.readString(out.resolve("report.html"));
    assertThat(report).contains("<section id=\"review\">").contains("one administration&#39;s post, no imagery")
        .contains("reviewed at the morning brief");
    assertThat(verify(out).problems()).as("a replay of the ledger gives the same lifecycle states").isEmpty();

    // the mission's drone adds a new independent origin: the closed incident goes back to review
    Files.writeString(inputs.resolve("patrol.jsonl"), PATROL);
    run(out, dir, inputs);
    assertThat(onlyFinding(out).get("lifecycle").asText()).isEqualTo("corroborated");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("back to review: new independent origin source:mission-uav-3 supports it");
    assertThat(verify(out).problems()).isEmpty();

    try (Ledger ledger = LedgerStores.open(out.resolve("ledger.sqlite").toString(), LedgerOptions.readOnly(CLOCK))) {
      // the finding now (its id changes with its incident's as long as incident ids follow their members)
      String now = onlyFinding(out).get("id").asText();
      List<FindingVersion> versions = new java.util.ArrayList<>(ledger.findingVersions(now));
      // a superseded finding's withdrawal is kept too; leave it out to read the finding's own story
      versions.removeIf(v -> v.withdrawn() && !v.findingId().equals(now));
      assertThat(versions).extracting(FindingVersion::lifecycle).containsExactly("reported", "closed", "corroborated");
      assertThat(versions.get(0).findingId()).isEqualTo(findingId);
      assertThat(versions.get(0).why()).startsWith("first assessed ").contains("1 observation from ua-kharkiv-ova");
      assertThat(versions.get(1).why()).isEqualTo("lifecycle reported -> closed (ben closed it: reviewed at the morning brief)");
      assertThat(versions.get(2).why()).contains("lifecycle closed -> corroborated")
          .contains("evidence added: 1 observation from mission-uav-3");
      assertThat(versions.get(2).evidence()).hasSize(2);
      // the first version is still readable as it was
      assertThat(JSON.readTree(versions.get(0).body()).get("lifecycle").asText()).isEqualTo("reported");
    }
  }

  private static VerificationOutcome verify(Path out) throws Exception {
    Map<String, byte[]> published = new HashMap<>();
    for (String name : RunOutputs.listedIn(Files.readAllBytes(out.resolve(RunOutputs.MANIFEST)))) {
      published.put(name, Files.readAllBytes(out.resolve(name)));
    }
    published.put(RunOutputs.MANIFEST, Files.readAllBytes(out.resolve(RunOutputs.MANIFEST)));
    try (Ledger ledger = LedgerStores.open(out.resolve("ledger.sqlite").toString(), LedgerOptions.readOnly(CLOCK))) {
      return new PublishedRunVerifier(Progress.SILENT).verify(ledger, published, null);
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
