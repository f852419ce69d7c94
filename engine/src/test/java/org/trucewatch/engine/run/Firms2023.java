package org.trucewatch.engine.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.firms.FirmsCsvReader;

/**
 * The real 2023 FIRMS year (VIIRS S-NPP over Ukraine, 42,415 detections, from the shared corpora)
 * and the example agreement put in force through it, as the run tests that stream a year read them.
 */
final class Firms2023 {
  static final Path ROOT = Path.of(System.getProperty("trucewatch.root", ".."));
  static final Path FILE = ROOT.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv");

  /** The mission's order: time, then id. */
  static final Comparator<Observation> ORDER = Comparator.comparing(Observation::eventTime).thenComparing(Observation::id);

  private Firms2023() {}

  /** Skips the calling test, saying why, when the shared corpora are not beside the checkout. */
  static void assumePresent() {
    assumeTrue(Files.isRegularFile(FILE), FILE + " is absent (the shared corpora): skipped");
  }

  /** The year's detections in the mission's order. */
  static List<Observation> observations() throws Exception {
    byte[] raw = Files.readAllBytes(FILE);
    List<Observation> out = new ArrayList<>(new FirmsCsvReader()
        .read(FILE.getFileName().toString(), ReplayRun.sha256(raw), raw).observations());
    out.sort(ORDER);
    return out;
  }

  /** The example agreement with every provision in force through 2023, so that some incidents give findings. */
  static Agreement agreement() throws Exception {
    Path example = ROOT.resolve("examples/agreements/black-sea-energy.yaml");
    String yaml = Files.readString(example)
        .replace("effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}",
            "effective: {from: 2022-01-01T00:00:00Z, until: 2024-01-01T00:00:00Z}")
        .replace("effective: {from: 2025-03-18T00:00:00Z}", "effective: {from: 2022-01-01T00:00:00Z}");
    return new AgreementReader().read("energy-2022-2023.yaml", yaml, example.getParent());
  }

  /** A sea with no ships: FIRMS has none. */
  static ShipTracks noShips() {
    return new ShipTracks() {
      @Override
      public int[] mmsis() {
        return new int[0];
      }

      @Override
      public VesselTrack track(int mmsi) {
        throw new IllegalArgumentException("no ship " + mmsi);
      }
    };
  }
}
