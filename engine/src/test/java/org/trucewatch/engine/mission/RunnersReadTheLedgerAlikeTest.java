package org.trucewatch.engine.mission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
import org.trucewatch.engine.verify.PublishedRunVerifier;
import org.trucewatch.engine.verify.VerificationOutcome;
import org.trucewatch.formats.Reject;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * The divergences of issue 17 between the runners that read a ledger: on the ledger {@code run}
 * writes (agreement entry, fusion file, both FIRMS products of the same pixels, a refused input,
 * cloud cover), {@code verify}, {@code review} and the live monitor (given the whole ledger at once
 * or fed it entry by entry) must find what {@code run} finds, byte for byte, and reject what it
 * rejects.
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
    String seen = new FindingsJsonlWriter().render(live.findings(), live.lifecycleStates());
    assertThat(seen).as("%d of %d findings of the batch run differ live", differing(batch, seen), batch.lines().count())
        .isEqualTo(batch);
    assertThat((long) live.observations().size()).as("live keeps each pixel once, as run does")
        .isEqualTo(ledger.summary().observations());
  }

  @Test
  void runVerifyReviewAndLiveFedEntryByEntryFindTheSameByteForByte() throws Exception {
    String batch = ledger.output("findings.jsonl");
    Map<String, byte[]> published = new TreeMap<>();
    try (var files = Files.list(ledger.out())) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("ledger.sqlite")).toList()) {
        published.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    assertThat(published).containsKeys("manifest.json", "findings.jsonl", "site-coverage.csv");
    try (Ledger l = LedgerStores.open(ledger.ledgerCopy(dir).toString(), LedgerOptions.readOnly(AwkwardLedger.CLOCK))) {
      VerificationOutcome verified = new PublishedRunVerifier(Progress.SILENT).verify(l, published, null);
      assertThat(verified.problems()).isEmpty();
      assertThat(verified.checked()).anyMatch(c -> c.startsWith("findings.jsonl: byte-identical"));

      LedgerReviews review = new LedgerReviews(l, Optional.empty(), Progress.SILENT);
      assertThat(new FindingsJsonlWriter().render(review.findings(), review.lifecycleStates())).isEqualTo(batch);

      // live, refreshed after every entry: the NRT pixels are fused before their standard copies come
      try (SqliteEvidenceStore store = SqliteEvidenceStore.open(dir.resolve("live-entry-by-entry.sqlite"), AwkwardLedger.CLOCK)) {
        LiveMonitor monitor = new LiveMonitor(ledger.agreement(), store, FusionParameters.DEFAULT);
        for (LedgerEntry e : l.entries()) {
          store.append(e.name(), e.format(), l.raw(e.seq()));
          monitor.refresh();
        }
        LiveSnapshot s = monitor.snapshot();
        assertThat(new FindingsJsonlWriter().render(s.findings(), s.lifecycleStates())).isEqualTo(batch);
        assertThat(new RejectsJsonlWriter().render(s.rejects())).isEqualTo(ledger.output("rejects.jsonl"));
        assertThat(s.observations()).hasSameSizeAs(MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT).observations());
      }
    }
  }

  @Test
  void theFoldGivesTheMissionRunWasGiven() throws Exception {
    try (Ledger l = LedgerStores.open(ledger.ledgerCopy(dir).toString(), LedgerOptions.readOnly(AwkwardLedger.CLOCK))) {
      Mission m = MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT);
      assertThat(m.latestAgreement()).map(LedgerAgreement::name).contains("agreement/black-sea-energy.yaml");
      assertThat(m.latestAgreement().get().read().provisions()).hasSameSizeAs(ledger.agreement().provisions());
      assertThat(m.fusionEntry()).contains("fusion/hot-spots-apart.yaml");
      assertThat(m.fusion()).isNotEqualTo(FusionParameters.DEFAULT);
      assertThat(m.cloudCover()).isNotEqualTo(org.trucewatch.core.thermal.CloudCover.NONE);
      // the site baseline: six earlier years of every other detection of the day, as positions and days
      long rows = Files.readAllLines(ledger.inputs().resolve("firms_viirs_snpp.csv")).stream().skip(1)
          .filter(x -> !x.isBlank()).count();
      assertThat((long) m.siteBaseline().size()).isEqualTo(6 * ((rows + 1) / 2));
      assertThat(m.siteBaseline().years()).containsExactly(2016, 2017, 2018, 2019, 2020, 2021);
      assertThat(m.pixelCopies()).as("every standard row is a copy of an NRT pixel")
          .isEqualTo(Files.readAllLines(ledger.inputs().resolve("firms_viirs_snpp.csv")).stream()
              .skip(1).filter(x -> !x.isBlank()).count());
      assertThat(m.replaced()).as("the standard copies took the NRT copies' places").isEqualTo(m.pixelCopies());
      assertThat((long) m.observations().size()).isEqualTo(ledger.summary().observations());
      assertThat(m.checkpoint()).isEqualTo(l.checkpoint());
    }
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
