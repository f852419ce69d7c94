package org.trucewatch.engine.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.publish.AtomicFileSink;
import org.trucewatch.engine.run.RunOutputs;
import org.trucewatch.formats.acled.AcledCsvReader;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.misb.Misb0601JsonReader;
import org.trucewatch.formats.report.TextReportReader;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * A mission whose observations the fold spilled to a file is the mission it folds in memory: the
 * same observations in the same order, the same repeats, pixel copies, replacements and copies'
 * provenance, on the real 2023 FIRMS file read with a repeat of itself and its standard product,
 * and on a simulated day with every input (the ledger {@code run} writes, in spill mode itself), with
 * a text report, ACLED events and MISB frames besides, every entry read twice. Every observation
 * of that day also comes back from {@link ObservationCodec} equal.
 */
class SpilledMissionTest {
  private static final Path ROOT = Path.of(System.getProperty("trucewatch.root", ".."));
  private static final Path FIRMS_2023 = ROOT.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv");

  // inputs the simulated day has none of, after the readers' own tests (ACLED's data may not be redistributed)
  private static final String REPORT = "source: ua-kharkiv-ova\nchannel: Telegram\npublished: 2025-03-27T09:30:00+02:00\n\n"
      + "Russian drones attacked Kharkiv overnight. Nine people were injured, the governor said.\n\n"
      + "Russian shelling killed three civilians on Saturday in Kherson, officials said.\n";
  private static final String ACLED = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
      + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,"
      + "admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n"
      + "UKR212345,2025-03-26,2025,1,Political violence,Explosions/Remote violence,Air/drone strike,"
      + "Military Forces of Russia (2000-),,State forces,Civilians (Ukraine),,Civilians,State forces-Civilians,"
      + "Civilian targeting,804,Europe,Ukraine,Kharkiv,Bohodukhivskyi,Zolochivska,Zolochiv,50.2799,35.9818,1,"
      + "Kharkiv Regional Military Administration; Ukrinform,National-Regional,"
      + "\"On 26 March 2025, Russian forces struck Zolochiv with drones, injuring 8 civilians, including a child.\",0,,1743120000\n"
      + "UKR212346,27 March 2025,2025,2,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
      + "Military Forces of Ukraine (2019-),,State forces,,,,State forces only,,643,Europe,Russia,Belgorod,,,"
      + "Belgorod,50.5977,36.5858,3,Belgorod Regional Government,Subnational,\"Ukrainian forces shelled Belgorod, killing 2.\",2,,1743120000\n";
  private static final String MISB = String.join("\n",
      "{\"precisionTimeStamp\":1742379300000000,\"missionId\":\"PATROL 19-03\",\"platformDesignation\":\"Mission UAV 3\","
          + "\"imageSourceSensor\":\"EO Nose\",\"platformHeadingAngle\":87.5,\"sensorLatitude\":50.2001,\"sensorLongitude\":36.5002,"
          + "\"sensorTrueAltitude\":1520.0,\"frameCenterLatitude\":50.2100,\"frameCenterLongitude\":36.5300,"
          + "\"offsetCornerLatitudePoint1\":0.004,\"offsetCornerLongitudePoint1\":-0.006,"
          + "\"offsetCornerLatitudePoint2\":0.004,\"offsetCornerLongitudePoint2\":0.006,"
          + "\"offsetCornerLatitudePoint3\":-0.004,\"offsetCornerLongitudePoint3\":0.006,"
          + "\"offsetCornerLatitudePoint4\":-0.004,\"offsetCornerLongitudePoint4\":-0.006}",
      "{\"precisionTimeStamp\":\"2025-03-19T10:15:05Z\",\"platformDesignation\":\"Mission UAV 3\",\"source\":\"mission-uav-3\","
          + "\"frameCenterLatitude\":50.21,\"frameCenterLongitude\":36.53,"
          + "\"cornerLatitudePoint1Full\":50.214,\"cornerLongitudePoint1Full\":36.524,"
          + "\"cornerLatitudePoint2Full\":50.206,\"cornerLongitudePoint2Full\":36.536,"
          + "\"cornerLatitudePoint3Full\":50.214,\"cornerLongitudePoint3Full\":36.536,"
          + "\"cornerLatitudePoint4Full\":50.206,\"cornerLongitudePoint4Full\":36.524}",
      "");

  @TempDir static Path dir;
  static AwkwardLedger day;

  @BeforeAll
  static void simulateAndRunADay() throws Exception {
    day = AwkwardLedger.write(dir);
  }

  @Test
  void the2023FirmsFileWithARepeatAndItsStandardProductFoldsAlikeInMemoryAndSpilled() throws Exception {
    assumeTrue(Files.isRegularFile(FIRMS_2023), FIRMS_2023 + " is absent (the shared corpora): skipped");
    List<String> nrt = Files.readAllLines(FIRMS_2023);
    byte[] nrtBytes = Files.readAllBytes(FIRMS_2023);
    // the standard product of the first half of the file's rows: revised FRP, rows reversed
    byte[] standard = String.join("\n", AwkwardLedger.standardProductOf(nrt.subList(0, nrt.size() / 2)))
        .getBytes(StandardCharsets.UTF_8);
    try (MissionFold memory = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, true, false);
        MissionFold spilled = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, true, true)) {
      Mission memoryFirst = null;
      Mission spilledFirst = null;
      for (MissionFold fold : List.of(memory, spilled)) {
        fold.read(1, "nrt.csv", FirmsCsvReader.FORMAT, "a1".repeat(32), nrtBytes);
        fold.read(2, "nrt-again.csv", FirmsCsvReader.FORMAT, "a1".repeat(32), nrtBytes);
        if (fold == memory) {
          memoryFirst = fold.mission();
        } else {
          spilledFirst = fold.mission();
        }
        fold.read(3, "standard.csv", FirmsCsvReader.FORMAT, "b2".repeat(32), standard);
      }
      // a mission given before the fold read on stays as it was
      sameMission(spilledFirst, memoryFirst);
      assertThat(spilledFirst.repeats()).isEqualTo(42_415);
      Mission m = memory.mission();
      Mission s = spilled.mission();
      sameMission(s, m);
      assertThat(s.observations()).hasSize(42_415);
      assertThat(s.pixelCopies()).isEqualTo(nrt.size() / 2 - 1);
      assertThat(s.replaced()).isEqualTo(s.pixelCopies());
      assertThat(s.alsoReadFrom()).hasSize(42_415);
      sameMission(spilledFirst, memoryFirst);
      spilledFirst.close();
      s.close();
      assertThatThrownBy(() -> s.observations().get(0)).isInstanceOf(UncheckedIOException.class);
    }
  }

  @Test
  void aSimulatedDayWithEveryInputFoldsAlikeInMemoryAndSpilled() throws Exception {
    try (Ledger l = LedgerStores.open(day.ledger().toString(), LedgerOptions.readOnly(AwkwardLedger.CLOCK))) {
      for (boolean compactVessels : new boolean[] {true, false}) {
        Mission m = MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT, compactVessels, false);
        Mission s = MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT, compactVessels, true);
        sameMission(s, m);
        assertThat(s.pixelCopies()).as("the standard copies of the NRT pixels").isPositive();
        assertThat(s.replaced()).isEqualTo(s.pixelCopies());
        s.close();
      }
    }
  }

  @Test
  void theDayWithReportsAcledAndMisbAndEveryEntryReadTwiceFoldsAlikeAndComesBackFromTheCodecEqual() throws Exception {
    try (Ledger l = LedgerStores.open(day.ledger().toString(), LedgerOptions.readOnly(AwkwardLedger.CLOCK));
        // AIS reports as observation objects too, not as compact fixes
        MissionFold memory = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, false, false);
        MissionFold spilled = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, false, true)) {
      for (MissionFold fold : List.of(memory, spilled)) {
        long seq = 0;
        for (int pass = 0; pass < 2; pass++) {
          for (LedgerEntry e : l.entries()) {
            fold.read(++seq, e.name(), e.format(), e.sha256(), l.raw(e.seq()));
          }
          fold.read(++seq, "post.txt", TextReportReader.FORMAT, "c3".repeat(32), REPORT.getBytes(StandardCharsets.UTF_8));
          fold.read(++seq, "acled.csv", AcledCsvReader.FORMAT, "d4".repeat(32), ACLED.getBytes(StandardCharsets.UTF_8));
          fold.read(++seq, "uav3.klv.jsonl", Misb0601JsonReader.FORMAT, "e5".repeat(32), MISB.getBytes(StandardCharsets.UTF_8));
        }
      }
      Mission m = memory.mission();
      Mission s = spilled.mission();
      sameMission(s, m);
      assertThat(s.repeats()).as("every observation read twice").isGreaterThanOrEqualTo(s.observations().size());
      s.close();
      Set<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
      ObservationCodec codec = new ObservationCodec();
      for (Observation o : m.observations()) {
        ObservationCodecTest.roundTrip(codec, o);
        kinds.add(o.kind());
      }
      assertThat(kinds).contains(ObservationKind.THERMAL_ANOMALY, ObservationKind.STRIKE, ObservationKind.VESSEL,
          ObservationKind.MILITARY_VESSEL, ObservationKind.DRONE);
      assertThat(m.entries().stream().filter(e -> e.observations() > 0).map(EntryReading::format))
          .as("observations of every input format")
          .contains("firms-csv", "acled-csv", "report-text", "ais-nmea", "air-geojson", "misb-0601-json", "gpx", "kml");
      assertThat(m.observations()).anyMatch(o -> o.casualties().any());
    }
  }

  @Test
  void everyOutputRunWroteSpilledIsWhatTheMissionHeldInMemoryGives() throws Exception {
    Path objects = dir.resolve("objects");
    Files.createDirectories(objects);
    try (Ledger l = LedgerStores.open(day.ledger().toString(), LedgerOptions.readOnly(AwkwardLedger.CLOCK))) {
      Mission m = MissionFold.of(l, l.checkpoint().entryCount(), Progress.SILENT, true, false);
      assertThat(m.observations()).isNotInstanceOf(SpilledObservations.class);
      byte[] agreement = Files.readAllBytes(day.agreementFile());
      new RunOutputs().render(day.agreement(), day.agreementFile().getFileName().toString(),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(agreement)), m, Progress.SILENT,
          new AtomicFileSink(objects));
    }
    List<String> names = new ArrayList<>(RunOutputs.listedIn(Files.readAllBytes(day.out().resolve(RunOutputs.MANIFEST))));
    names.add(RunOutputs.MANIFEST);
    assertThat(names).contains("findings.jsonl", "incidents.geojson", "report.html", "coverage.geojson",
        "site-coverage.csv", "tracks.geojson");
    for (String name : names) {
      assertThat(Files.mismatch(day.out().resolve(name), objects.resolve(name))).as(name).isEqualTo(-1L);
    }
  }

  @Test
  void aSpilledMissionHoldsItsObservationsOnDiskNotAsACopy() throws Exception {
    try (Ledger l = LedgerStores.open(day.ledger().toString(), LedgerOptions.readOnly(AwkwardLedger.CLOCK))) {
      Mission s = MissionFold.of(l, Long.MAX_VALUE, Progress.SILENT, true, true);
      assertThat(s.observations()).isInstanceOf(SpilledObservations.class);
      // each pass decodes anew: equal observations, not the same objects
      assertThat(s.observations().get(3)).isEqualTo(s.observations().get(3)).isNotSameAs(s.observations().get(3));
      // the stream and the list's own iteration see the same, in order
      assertThat(s.observations().stream().toList()).isEqualTo(new ArrayList<>(s.observations()));
      assertThat(s.observations().parallelStream().map(Observation::id).toList())
          .isEqualTo(s.observations().stream().map(Observation::id).toList());
      s.close();
    }
  }

  /** The two missions hold the same, {@code s}'s observations read by iteration and by index. */
  private static void sameMission(Mission s, Mission m) {
    assertThat(s.observations()).hasSameSizeAs(m.observations());
    Iterator<Observation> a = s.observations().iterator();
    int i = 0;
    for (Observation o : m.observations()) {
      assertThat(a.next()).as("observation %d", i).isEqualTo(o);
      i++;
    }
    assertThat(a.hasNext()).isFalse();
    for (int k = 0; k < m.observations().size(); k += 97) {
      assertThat(s.observations().get(k)).isEqualTo(m.observations().get(k));
    }
    assertThat(s.observationCount()).isEqualTo(m.observationCount());
    assertThat(s.repeats()).isEqualTo(m.repeats());
    assertThat(s.pixelCopies()).isEqualTo(m.pixelCopies());
    assertThat(s.replaced()).isEqualTo(m.replaced());
    assertThat(s.alsoReadFrom()).isEqualTo(m.alsoReadFrom());
    assertThat(s.rejects()).isEqualTo(m.rejects());
    assertThat(s.entries()).isEqualTo(m.entries());
    assertThat(s.checkpoint()).isEqualTo(m.checkpoint());
  }
}
