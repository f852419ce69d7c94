package org.trucewatch.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.scenario.AisTrafficSimulator;
import org.trucewatch.scenario.ScenarioSimulator;

/**
 * The simulated day of the example agreement (seed 11, every layer with a day of AIS traffic),
 * made once per test JVM and shared by the tests that read it: simulating and decoding it takes
 * seconds. Deleted when the JVM exits.
 *
 * @param agreementFile the example agreement
 * @param agreement the agreement read
 * @param inputs the scenario's input files, sorted by path
 * @param ais the AIS traffic's observations, sorted by time then id
 */
public record SimulatedAisDay(Path agreementFile, Agreement agreement, List<Path> inputs, List<Observation> ais) {
  private static SimulatedAisDay day;

  /** The day, simulated at the first call. */
  public static synchronized SimulatedAisDay get() {
    if (day == null) {
      try {
        Path agreementFile =
            Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
        Agreement agreement = new AgreementReader().read(agreementFile);
        Path scenario = Files.createTempDirectory("trucewatch-simulated-day");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(scenario)));
        new ScenarioSimulator(agreement, 11).simulate(scenario);
        List<Path> inputs;
        try (Stream<Path> s = Files.walk(scenario.resolve("inputs"))) {
          inputs = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path nmea = scenario.resolve("inputs").resolve(AisTrafficSimulator.FILE);
        List<Observation> ais = new ArrayList<>(new AisObservationReader()
            .read(AisTrafficSimulator.FILE, "0".repeat(64), Files.readAllBytes(nmea)).observations());
        ais.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
        day = new SimulatedAisDay(agreementFile, agreement, inputs, List.copyOf(ais));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException("cannot simulate the example day", e);
      }
    }
    return day;
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no failure
    }
  }
}
