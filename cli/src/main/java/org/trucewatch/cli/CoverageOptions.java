package org.trucewatch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.coverage.SwathWidths;
import org.trucewatch.engine.run.CoverageSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The coverage map's options, shared by {@code run} and {@code demo}. */
final class CoverageOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--coverage-resolution", defaultValue = "8", paramLabel = "N",
      description = "H3 resolution of the coverage cells, 0 to 15 (default: ${DEFAULT-VALUE}, cells of about 0.74 km²).")
  int resolution;

  @Option(names = "--swath-width", paramLabel = "PLATFORM=METRES",
      description = "Sensor footprint width of a patrolling platform, for tracks that do not give their own;"
          + " may be repeated (default for any other platform: 2000).")
  List<String> swathWidths = List.of();

  /** The settings, or a usage error naming the bad option. */
  CoverageSettings settings() {
    if (resolution < 0 || resolution > 15) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--coverage-resolution: must be 0 to 15, not " + resolution);
    }
    Map<String, Double> widths = new LinkedHashMap<>();
    for (String w : swathWidths) {
      int eq = w.indexOf('=');
      double metres = Double.NaN;
      if (eq > 0) {
        try {
          metres = Double.parseDouble(w.substring(eq + 1));
        } catch (NumberFormatException e) {
          // reported below with the whole value
        }
      }
      if (eq <= 0 || !(metres > 0) || Double.isInfinite(metres)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--swath-width: expected PLATFORM=METRES with METRES more than zero, not '" + w + "'");
      }
      widths.put(w.substring(0, eq), metres);
    }
    return new CoverageSettings(resolution, new SwathWidths(widths, SwathWidths.DEFAULT.defaultMetres()));
  }
}
