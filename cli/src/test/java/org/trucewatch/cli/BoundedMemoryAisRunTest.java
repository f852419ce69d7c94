package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.engine.publish.AtomicFileSink;
import org.trucewatch.engine.run.RunOutputs;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;
import org.trucewatch.scenario.AisTrafficSimulator;
import org.trucewatch.scenario.ScenarioSimulator;

/**
 * {@code trucewatch run} over a day of simulated Black Sea AIS (323 ships, about 90,000 kept position
 * reports) in a JVM of 96 MB gives the bytes the same ledger gives with every report held as an
 * observation object, as before the fixes were held compactly: that way needs some 150 MB a day of
 * such traffic (about 7 GB for a month), the compact fixes about 60 bytes a report.
 */
class BoundedMemoryAisRunTest {
  private static final Path ROOT = Path.of(System.getProperty("trucewatch.root", ".."));
  static final String SMALL_HEAP = "-Xmx96m";

  @Test
  void aDayOfBlackSeaAisAtA96MegabyteHeapGivesTheBytesOfReportsHeldAsObservations(@TempDir Path dir)
      throws Exception {
    Path agreementFile = ROOT.resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    Instant start = ScenarioSimulator.defaultStart(agreement);
    Path nmea = dir.resolve("ais-traffic.nmea");
    AisTrafficSimulator.Summary sea = new AisTrafficSimulator(agreement, 7).write(start, start.plus(Duration.ofDays(1)), nmea);
    assertThat(sea.ships()).isGreaterThanOrEqualTo(300);

    Path small = BoundedMemoryRunTest.run(dir, "small", SMALL_HEAP, agreementFile, nmea);
    List<String> names = new ArrayList<>(RunOutputs.listedIn(Files.readAllBytes(small.resolve(RunOutputs.MANIFEST))));
    assertThat(names).contains("tracks.geojson", "tracks.kml", "report.html");
    names.add(RunOutputs.MANIFEST);

    // the same ledger, its AIS reports read as observation objects (MissionFold without compact vessels)
    Path objects = dir.resolve("objects");
    try (Ledger ledger = LedgerStores.open(small.resolve("ledger.sqlite").toString(),
        LedgerOptions.readOnly(Clock.systemUTC()))) {
      Mission mission = MissionFold.of(ledger, ledger.checkpoint().entryCount(), Progress.SILENT, false);
      assertThat(mission.vesselFixes().store().size()).isZero();
      assertThat(mission.observations()).hasSizeGreaterThan(80_000);
      Files.createDirectories(objects);
      new RunOutputs().render(agreement, agreementFile.getFileName().toString(),
          java.util.HexFormat.of().formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(agreementFile))), mission,
          Progress.SILENT, new AtomicFileSink(objects));
    }
    for (String name : names) {
      assertThat(Files.mismatch(small.resolve(name), objects.resolve(name))).as(name).isEqualTo(-1L);
    }
    // the sea layer found the planted events: the dark ships' gaps and the loitering tanker
    String incidents = Files.readString(small.resolve("incidents.geojson"));
    assertThat(incidents).contains("ais-gap", "loitering");
  }
}
