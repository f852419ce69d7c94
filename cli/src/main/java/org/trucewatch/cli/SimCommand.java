package org.trucewatch.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.scenario.ScenarioSummary;
import org.trucewatch.formats.agreement.AgreementReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch sim}: writes a realistic scenario's inputs and its ground truth. */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a day of inputs, with its ground truth, under an agreement.",
      "",
      "Simulates a day (or --hours) of a mostly holding ceasefire under the agreement: FIRMS "
          + "satellite passes (field fires and strikes near protected sites), monitoring-mission UAV "
          + "patrols along the zone, and incident reports from both sides; and the air layer: drone "
          + "patrol tracks (GPX, KML) over part of each zone, detections inside and just outside it, "
          + "low-confidence false positives, a satellite image. Writes DIR/inputs/ and the ground truth "
          + "DIR/truth.jsonl. The same agreement, seed, start and hours give byte-identical files.",
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  trucewatch sim --agreement examples/agreements/black-sea-energy.yaml \\",
      "      --seed 7 --out scenario",
      "  trucewatch run --agreement examples/agreements/black-sea-energy.yaml \\",
      "      --input scenario/inputs --out out",
    })
final class SimCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--agreement", required = true, paramLabel = "FILE", description = "The agreement (YAML).")
  Path agreement;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--hours", defaultValue = "24", paramLabel = "H", description = "Length of the scenario in hours (default: ${DEFAULT-VALUE}).")
  int hours;

  @Option(
      names = "--start",
      paramLabel = "TIME",
      description = "Start, ISO-8601 UTC (default: 00:00Z the day after every provision is in force).")
  Instant start;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write inputs/ and truth.jsonl.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (hours <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--hours must be at least 1, not " + hours);
    }
    Agreement a = new AgreementReader().read(agreement);
    ScenarioSummary s = simulate(a, seed, start, hours, out);
    describe(s, spec.commandLine().getErr());
    spec.commandLine().getOut().println(out.resolve("inputs"));
    return 0;
  }

  static ScenarioSummary simulate(Agreement a, long seed, Instant start, int hours, Path out) throws java.io.IOException {
    ScenarioSimulator sim = new ScenarioSimulator(a, seed);
    Instant from = start != null ? start : ScenarioSimulator.defaultStart(a);
    return sim.simulate(from, Duration.ofHours(hours), out);
  }

  static void describe(ScenarioSummary s, java.io.PrintWriter err) {
    err.printf(
        Locale.ROOT,
        "[trucewatch] simulated %s to %s: %,d FIRMS detections (%,d at strikes), %,d UAV observations, "
            + "%,d reports, %,d sources; %,d truth events (%,d should give findings)%n",
        s.start(), s.end(), s.firmsDetections(), s.strikeDetections(), s.droneObservations(), s.reports(),
        s.sources(), s.truthEvents(), s.expectedFindings());
    err.flush();
  }
}
