package org.trucewatch.engine.mission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.lifecycle.LedgerReviews;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LiveSnapshot;
import org.trucewatch.engine.live.SqliteEvidenceStore;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.engine.publish.RejectsJsonlWriter;
import org.trucewatch.formats.Reject;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * The divergences of issue 17 between the runners that read a ledger: on the ledger {@code run}
 * writes (agreement entry, fusion file, both FIRMS products of the same pixels, a refused input,
 * cloud cover), the live monitor and {@code review} must see what {@code run} sees.
 */
class RunnersReadTheLedgerAlikeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static AwkwardLedger ledger;
  static LiveSnapshot live;

  @BeforeAll
  static void runAndWatch() throws Exception {
    ledger = AwkwardLedger.write(dir);
    try (SqliteEvidenceStore store = SqliteEvidenceStore.open(ledger.ledgerCopy(dir), AwkwardLedger.CLOCK)) {
      live = new LiveMonitor(ledger.agreement(), store, FusionParameters.DEFAULT).refresh();
    }
  }

  @Test
  void theLiveMonitorReportsNoRejectForTheAgreementRunStored() throws Exception {
    assertThat(ledger.output("rejects.jsonl")).doesNotContain("agreement/");
    List<Reject> aboutTheAgreement = new ArrayList<>();
    for (Reject r : live.rejects()) {
      if (r.file().startsWith("agreement/")) {
        aboutTheAgreement.add(r);
      }
    }
    assertThat(aboutTheAgreement).isEmpty();
  }

  @Test
  void liveAndBatchFindTheSameOverBothFirmsProductsOfTheSamePixels() throws Exception {
    String batch = ledger.output("findings.jsonl");
    assertThat(batch.lines().count()).as("the day has findings").isGreaterThan(10);
    JsonNode counts = JSON.readTree(ledger.output("manifest.json")).get("counts");
    assertThat(counts.get("duplicate_detections").asLong()).as("the standard product's copies of the NRT pixels")
        .isPositive();
    assertThat((long) live.observations().size()).as("live keeps each pixel once, as run does")
        .isEqualTo(ledger.summary().observations());
    String seen = new FindingsJsonlWriter().render(live.findings(), live.lifecycleStates());
    assertThat(seen).as("%d of %d findings of the batch run differ live", differing(batch, seen), batch.lines().count())
        .isEqualTo(batch);
  }

  /** How many lines of {@code want} {@code have} lacks. */
  static long differing(String want, String have) {
    java.util.Set<String> lines = new java.util.HashSet<>(have.lines().toList());
    return want.lines().filter(l -> !lines.contains(l)).count();
  }

  @Test
  void theLiveMonitorReadsCloudCoverAndRefusalEntriesAsRunDoes() throws Exception {
    String batch = ledger.output("rejects.jsonl");
    assertThat(batch).contains("\"file\":\"inputs/patrol-notes.txt\"").contains("\"file\":\"cloud-cover/clouds.csv\",\"line\":3");
    assertThat(new RejectsJsonlWriter().render(live.rejects())).isEqualTo(batch);
  }

  @Test
  void reviewSeesTheIncidentsRunSeesUnderTheLedgersFusionFile() throws Exception {
    List<String> run = new ArrayList<>();
    JSON.readTree(ledger.output("incidents.geojson")).get("features")
        .forEach(f -> run.add(f.get("properties").get("id").asText()));
    try (Ledger l = LedgerStores.open(ledger.ledgerCopy(dir).toString(), LedgerOptions.readOnly(AwkwardLedger.CLOCK))) {
      List<String> review = new LedgerReviews(l, Optional.empty(), Progress.SILENT).incidents().stream()
          .map(Incident::id).toList();
      assertThat(review).hasSize(run.size()).containsExactlyInAnyOrderElementsOf(run);
    }
  }
}
