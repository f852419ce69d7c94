package org.trucewatch.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trucewatch.core.thermal.WarFireParameters;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.thermal.FireClassificationRun;
import org.trucewatch.engine.thermal.FireClassificationSummary;
import org.trucewatch.formats.Reject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trucewatch classify-fires}: marks each FIRMS detection as conflict-related or not. */
@Command(
    name = "classify-fires",
    mixinStandardHelpOptions = true,
    description = {
      "Classifies FIRMS fire detections as conflict-related after The Economist's war-fire model:",
      "per 0.1-degree cell and day, a count improbable (p < 0.05) against the cell's normal activity",
      "for the season, seen again in the cell 7 to 365 days apart; and every detection in the 10 days",
      "after such a cell-day. Writes the detections as CSV to stdout with two more columns, war_fire",
      "(1 or 0) and excess_p (the cell-day's probability under the baseline).",
      "",
      "The baseline is the archive given with --baseline (earlier years of FIRMS, any layout,",
      "reduced LATITUDE,LONGITUDE,ACQ_DATE extracts too); without one, each cell is compared with",
      "its 3 x 3 neighbourhood in the input's own weeks around the day (see docs/war-fire-model.md).",
      "Bad rows are reported on stderr as file:line: field: reason and left out.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch classify-fires --baseline archive/ukr_fire_data_2012.csv \\",
      "      archive/ukr_fire_data_2021.csv ukr_fire_data_2022.csv > classified.csv",
      "  trucewatch classify-fires fire_nrt_SV-C2_400448.csv \\",
      "      | awk -F, '$NF != \"\" && $(NF-1) == 1' | wc -l",
    })
final class ClassifyFiresCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "FIRMS files (or folders of them) to classify.")
  List<Path> files;

  @Option(
      names = "--baseline",
      arity = "1..*",
      paramLabel = "PATH",
      description = "Archive files or folders of earlier years' detections: the normal activity per cell and season.")
  List<Path> baseline = new ArrayList<>();

  @Option(names = "--max-p", defaultValue = "0.05", paramLabel = "P",
      description = "A cell-day is in excess when its probability is below this (default: ${DEFAULT-VALUE}).")
  double maxP;

  @Option(names = "--min-days-apart", defaultValue = "7", paramLabel = "DAYS",
      description = "Excess must recur in the cell at least this many days apart (default: ${DEFAULT-VALUE}).")
  int minDaysApart;

  @Option(names = "--max-days-apart", defaultValue = "365", paramLabel = "DAYS",
      description = "... and at most this many (default: ${DEFAULT-VALUE}).")
  int maxDaysApart;

  @Option(names = "--days-after", defaultValue = "10", paramLabel = "DAYS",
      description = "Detections this many days after a conflict-related cell-day are conflict-related (default: ${DEFAULT-VALUE}).")
  int daysAfter;

  @Option(names = "--season-days", defaultValue = "15", paramLabel = "DAYS",
      description = "A day's season: the days this far either side of its date (default: ${DEFAULT-VALUE}).")
  int seasonDays;

  @Option(names = "--cell-degrees", defaultValue = "0.1", paramLabel = "DEG",
      description = "Grid cell side in degrees (default: ${DEFAULT-VALUE}).")
  double cellDegrees;

  @Option(names = "--excess-margin", defaultValue = "0", paramLabel = "N",
      description = "Excess also needs the count less N to be improbable; the published README has none, "
          + "the published classifier script uses 2 (default: ${DEFAULT-VALUE}).")
  int excessMargin;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    WarFireParameters parameters;
    try {
      parameters = new WarFireParameters(Math.round(cellDegrees * 1e6), maxP, minDaysApart, maxDaysApart, daysAfter,
          seasonDays, WarFireParameters.DEFAULTS.fallbackNeighbourCells(), excessMargin);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    StderrProgress progress = new StderrProgress(err, quiet);
    List<Reject> rejects = new ArrayList<>();
    Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
    FireClassificationSummary s = new FireClassificationRun(parameters, progress)
        .run(InputFiles.expand(files), InputFiles.expand(baseline), out, rejects);
    out.flush();
    for (Reject r : rejects) {
      err.println(r);
    }
    progress.report(String.format(Locale.ROOT,
        "classified %,d detections: %,d conflict-related (%,d by repeated excess, %,d following it); %,d rows rejected",
        s.detections(), s.warFires(), s.repeatedExcess(), s.followsWarFire(), s.rejected()));
    return 0;
  }
}
