package org.trucewatch.engine.mission;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.engine.run.RunSummary;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.formats.agreement.AgreementReader;

/**
 * A ledger written by {@code trucewatch run} (as {@code demo} writes it) that holds everything
 * the runners must read alike: the agreement entry, a fusion file, the simulated day's inputs, the
 * standard FIRMS product of the same pixels as its near-real-time product (FRP revised, rows in
 * another order), an input of no known format (refused), a cloud-cover file with a bad row, and a
 * site baseline that holds some site-days back as the sites' normal activity.
 *
 * @param agreementFile the agreement the run stored
 * @param agreement that agreement, read
 * @param fusionFile the fusion file the run stored (hot spots and strike reports never fuse)
 * @param inputs the input folder
 * @param cloudCover the cloud-cover file the run stored
 * @param out the run's output folder; the ledger is {@code out/ledger.sqlite}
 * @param summary what the run reported
 */
record AwkwardLedger(
    Path agreementFile, Agreement agreement, Path fusionFile, Path inputs, Path cloudCover, Path out, RunSummary summary) {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T00:00:00Z"), ZoneOffset.UTC);

  /** Simulates the day (seed 11) in {@code dir} and runs it, with the fusion file and the clouds. */
  static AwkwardLedger write(Path dir) throws Exception {
    Path root = Path.of(System.getProperty("trucewatch.root", ".."));
    Path agreementFile = root.resolve("examples/agreements/black-sea-energy.yaml");
    Agreement agreement = new AgreementReader().read(agreementFile);
    Path scenario = dir.resolve("scenario");
    new ScenarioSimulator(agreement, 11).simulate(scenario);
    Path inputs = scenario.resolve("inputs");
    List<String> nrt = Files.readAllLines(inputs.resolve("firms_viirs_snpp.csv"));
    Files.write(inputs.resolve("firms_viirs_snpp_standard.csv"), standardProductOf(nrt));
    Files.writeString(inputs.resolve("patrol-notes.txt"), "the patrol saw nothing of note today\n");
    String day = nrt.get(1).split(",", -1)[5];
    Path cloudCover = dir.resolve("clouds.csv");
    Files.writeString(cloudCover, "date,cloud_cover\n" + day + ",0.35\nyesterday,0.5\n");
    // the mission's analysts judge hot spots and strike reports apart: 188 incidents, not 184
    Path fusionFile = dir.resolve("hot-spots-apart.yaml");
    Files.writeString(fusionFile, "pairs:\n  - kinds: [thermal-anomaly, strike]\n    never: true\n");
    // a site baseline (positions and days of earlier years, as the reduced archive gives them): the
    // day's every other detection seen on the same day of 2016-2021, so that some site-days are the
    // sites' normal activity and the site rule holds them back, and the rest are not
    Path siteBaseline = dir.resolve("site-baseline.csv");
    List<String> normal = new ArrayList<>(List.of("LATITUDE,LONGITUDE,ACQ_DATE"));
    for (int year = 2016; year <= 2021; year++) {
      for (int i = 1; i < nrt.size(); i += 2) {
        String[] f = nrt.get(i).split(",", -1);
        if (f.length > 5) {
          normal.add(f[0] + "," + f[1] + "," + year + f[5].substring(4));
        }
      }
    }
    Files.write(siteBaseline, normal);
    Path out = dir.resolve("run");
    RunSummary summary = new ReplayRun(CLOCK).execute(new RunRequest(agreementFile, List.of(inputs), out, Optional.empty(),
        Optional.of(dir.resolve("deployment.key")), Optional.of(cloudCover), Optional.of(fusionFile), List.of(siteBaseline)),
        Progress.SILENT);
    return new AwkwardLedger(agreementFile, agreement, fusionFile, inputs, cloudCover, out, summary);
  }

  /**
   * The standard (science-quality) product of the same passes: version 2.0 for 2.0NRT, FRP revised
   * up by 1 MW, the rows in reverse order.
   */
  static List<String> standardProductOf(List<String> nrt) {
    List<String> standard = new ArrayList<>();
    standard.add(nrt.get(0));
    for (int i = nrt.size() - 1; i >= 1; i--) {
      if (nrt.get(i).isBlank()) {
        continue;
      }
      String[] f = nrt.get(i).split(",", -1);
      f[10] = f[10].replace("NRT", "");
      f[12] = f[12].isEmpty() ? "" : new BigDecimal(f[12]).add(BigDecimal.ONE).toPlainString();
      standard.add(String.join(",", f));
    }
    return standard;
  }

  /** The run's ledger. */
  Path ledger() {
    return out.resolve(RunRequest.DEFAULT_LEDGER);
  }

  /** A copy of the run's ledger, for a runner that writes beside the entries (finding versions). */
  Path ledgerCopy(Path dir) throws Exception {
    Path copy = dir.resolve("copy-" + System.nanoTime() + ".sqlite");
    Files.copy(ledger(), copy);
    return copy;
  }

  /** One of the run's outputs, as text. */
  String output(String name) throws Exception {
    return Files.readString(out.resolve(name));
  }
}
