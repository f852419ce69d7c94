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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.SimulatedAisDay;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.core.maritime.CorridorTransitDetector;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.track.TrackGeoJsonWriter;
import org.trucewatch.scenario.AisTrafficSimulator;
import org.trucewatch.formats.ais.AisObservationReader;
import java.nio.charset.StandardCharsets;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.formats.FormatDetector;

/** The live monitor over the simulated scenario, against a batch run of the same inputs. */
class LiveMonitorTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T00:00:00Z"), ZoneOffset.UTC);

  static Path agreementFile;
  static Agreement agreement;
  static List<Path> inputs;

  @BeforeAll
  static void simulate() {
    SimulatedAisDay day = SimulatedAisDay.get();
    agreementFile = day.agreementFile();
    agreement = day.agreement();
    inputs = day.inputs();
  }

  private static void push(EvidenceStore store, Path file) throws Exception {
    byte[] raw = Files.readAllBytes(file);
    String format = FormatDetector.detect(file.getFileName().toString(), raw).code().orElseThrow();
    store.append(file.getFileName().toString(), format, raw);
  }

  @Test
  void findingsAndTracksRefreshedAfterEveryPushEqualARunOverTheSameLedger(@TempDir Path dir) throws Exception {
    Path nmea = inputs.stream().filter(p -> p.getFileName().toString().equals(AisTrafficSimulator.FILE)).findFirst().orElseThrow();
    List<byte[]> slices = nmeaSlices(Files.readAllBytes(nmea), 5);
    Path ledger = dir.resolve("live.sqlite");
    String live;
    String liveTracks;
    try (SqliteEvidenceStore store = SqliteEvidenceStore.open(ledger, CLOCK)) {
      LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
      List<LiveMonitor.Update> updates = new ArrayList<>();
      monitor.onUpdate(updates::add);
      int pushes = 0;
      for (Path input : inputs) {
        if (!input.equals(nmea)) {
          push(store, input);
          monitor.refresh();
          pushes++;
        }
      }
      // the AIS traffic in slices, the third arriving after the fourth: the ships it carries are rebuilt
      for (int k : new int[] {0, 1, 3, 2, 4}) {
        store.append("ais/slice-" + k + ".nmea", AisObservationReader.FORMAT, slices.get(k));
        LiveSnapshot s = monitor.refresh();
        pushes++;
        assertThat(s.tracks()).as("tracks after slice %d", k)
            .isEqualTo(VesselTrack.fromObservations(s.observations(), MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots()));
      }
      LiveSnapshot end = monitor.snapshot();
      assertThat(end.incidents().stream().flatMap(i -> i.members().stream()).map(m -> m.observation().kind()).distinct())
          .contains(ObservationKind.AIS_GAP, ObservationKind.LOITERING, ObservationKind.ENCOUNTER, ObservationKind.CLOSED_AREA_ENTRY);
      live = new FindingsJsonlWriter().render(end.findings(), end.lifecycleStates());
      liveTracks = new TrackGeoJsonWriter().render(end.tracks(), new CorridorTransitDetector(corridors()).detect(end.tracks()));

      assertThat(updates).hasSize(pushes);
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
    // `run` over a copy of the same ledger (closed), with no inputs of its own
    Path copy = dir.resolve("copy.sqlite");
    Files.copy(ledger, copy);
    Path out = dir.resolve("run");
    new ReplayRun(CLOCK).execute(new RunRequest(agreementFile, List.of(), out, Optional.of(copy)), Progress.SILENT);
    String batch = Files.readString(out.resolve("findings.jsonl"));
    assertThat(batch).isNotEmpty();
    assertThat(live).isEqualTo(batch);
    assertThat(liveTracks).isEqualTo(Files.readString(out.resolve("tracks.geojson")));
  }

  private static List<org.trucewatch.core.agreement.CorridorProvision> corridors() {
    List<org.trucewatch.core.agreement.CorridorProvision> out = new ArrayList<>();
    for (var p : agreement.provisions()) {
      if (p instanceof org.trucewatch.core.agreement.CorridorProvision c) {
        out.add(c);
      }
    }
    return out;
  }

  /** The lines of an NMEA log cut into {@code n} slices, never between the parts of one message. */
  private static List<byte[]> nmeaSlices(byte[] raw, int n) {
    String[] lines = new String(raw, StandardCharsets.UTF_8).split("\n");
    List<byte[]> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= n; k++) {
      int to = k == n ? lines.length : lines.length * k / n;
      while (to < lines.length && !firstPart(lines[to])) {
        to++;
      }
      out.add((String.join("\n", java.util.Arrays.asList(lines).subList(from, to)) + "\n").getBytes(StandardCharsets.UTF_8));
      from = to;
    }
    return out;
  }

  private static boolean firstPart(String line) {
    int at = line.indexOf("!AIVDM,");
    return at < 0 || line.substring(at).split(",")[2].equals("1");
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
