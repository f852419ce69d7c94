package org.trucewatch.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.agreement.AgreementReader;

/** The live monitor over the simulated scenario, against a batch run of the same inputs. */
class LiveMonitorTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T00:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path scratch;
  static Path agreementFile;
  static Agreement agreement;
  static List<Path> inputs;

  @BeforeAll
  static void simulate() throws Exception {
    agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    agreement = new AgreementReader().read(agreementFile);
    Path scenario = scratch.resolve("scenario");
    new ScenarioSimulator(agreement, 11).simulate(scenario);
    try (Stream<Path> s = Files.walk(scenario.resolve("inputs"))) {
      inputs = s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void push(EvidenceStore store, Path file) throws Exception {
    byte[] raw = Files.readAllBytes(file);
    String format = FormatDetector.detect(file.getFileName().toString(), raw).code().orElseThrow();
    store.append(file.getFileName().toString(), format, raw);
  }

  @Test
  void findingsRefreshedAfterEveryPushEqualABatchRunOverTheSameInputs(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("batch");
    new ReplayRun(CLOCK).execute(new RunRequest(agreementFile, inputs, out, Optional.of(dir.resolve("batch.sqlite"))), Progress.SILENT);
    String batch = Files.readString(out.resolve("findings.jsonl"));
    assertThat(batch).isNotEmpty();

    try (SqliteEvidenceStore store = SqliteEvidenceStore.open(dir.resolve("live.sqlite"), CLOCK)) {
      LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
      List<LiveMonitor.Update> updates = new ArrayList<>();
      monitor.onUpdate(updates::add);
      for (Path input : inputs) {
        push(store, input);
        monitor.refresh();
      }
      String live = new FindingsJsonlWriter().render(monitor.snapshot().findings(), monitor.snapshot().lifecycleStates());
      assertThat(live).isEqualTo(batch);
      assertThat(updates).hasSize(inputs.size());
      assertThat(monitor.snapshot().checkpoint()).isEqualTo(store.checkpoint());
      // every finding of the end state was announced as new at some point, and not withdrawn after
      List<String> announced = new ArrayList<>();
      for (LiveMonitor.Update u : updates) {
        for (FindingChange c : u.changes()) {
          if (c.kind() == FindingChange.Kind.WITHDRAWN) {
            announced.remove(c.finding().id());
          } else if (!announced.contains(c.finding().id())) {
            announced.add(c.finding().id());
          }
        }
      }
      assertThat(announced).containsExactlyInAnyOrderElementsOf(
          monitor.snapshot().findings().stream().map(f -> f.id()).toList());
      // every finding's latest version kept in the store is the finding as served; as pushes added
      // evidence, earlier versions were kept, each saying what changed
      java.util.SortedMap<String, org.trucewatch.ledger.FindingVersion> latest = store.latestFindingVersions();
      for (String line : live.split("\n")) {
        String id = line.substring(7, 71);
        assertThat(latest.get(id).body()).isEqualTo(line);
      }
      long revised = 0;
      for (String id : latest.keySet()) {
        List<org.trucewatch.ledger.FindingVersion> vs = store.findingVersions(id);
        assertThat(vs.get(0).change()).isEqualTo("new");
        for (org.trucewatch.ledger.FindingVersion v : vs.subList(1, vs.size())) {
          assertThat(v.why()).isNotBlank();
          if (v.why().contains("evidence added:")) {
            revised++;
          }
        }
      }
      assertThat(revised).as("findings whose evidence grew over the pushes").isPositive();
    }
  }

  @Test
  void aRefreshWithNothingNewAnnouncesNothing(@TempDir Path dir) throws Exception {
    try (SqliteEvidenceStore store = SqliteEvidenceStore.open(dir.resolve("live.sqlite"), CLOCK)) {
      LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
      push(store, inputs.get(0));
      monitor.refresh();
      List<LiveMonitor.Update> updates = new ArrayList<>();
      monitor.onUpdate(updates::add);
      LiveSnapshot before = monitor.snapshot();
      assertThat(monitor.refresh()).isSameAs(before);
      assertThat(updates).isEmpty();
    }
  }

  @Test
  void analystActionsRecordedWithoutAnchorsAreReadBackAndTheLastVerdictCounts(@TempDir Path dir) throws Exception {
    try (SqliteEvidenceStore store = SqliteEvidenceStore.open(dir.resolve("live.sqlite"), CLOCK)) {
      LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
      for (Path input : inputs) {
        push(store, input);
      }
      String incident = monitor.refresh().findings().get(0).incidentId();
      assertThat(monitor.snapshot().review(incident)).isEqualTo("unreviewed");
      Instant t = Instant.parse("2026-05-02T08:00:00Z");
      store.append("actions/anna/1", ActionRecord.FORMAT, new ActionRecord("confirm", "anna", "analyst", incident, "", t).toBytes());
      store.append("actions/ben/2", ActionRecord.FORMAT,
          new ActionRecord("note", "ben", "analyst", incident, "crater seen on imagery", t.plusSeconds(60)).toBytes());
      store.append("actions/ben/3", ActionRecord.FORMAT, new ActionRecord("dispute", "ben", "analyst", incident, "", t.plusSeconds(120)).toBytes());
      LiveSnapshot s = monitor.refresh();
      assertThat(s.reviewsOf(incident)).extracting(Review::analyst).containsExactly("anna", "ben", "ben");
      assertThat(s.reviewsOf(incident)).extracting(Review::reason)
          .containsExactly("no reason recorded", "crater seen on imagery", "no reason recorded");
      assertThat(s.review(incident)).isEqualTo("disputed");
      assertThat(s.rejects()).isEmpty();
    }
  }
}
