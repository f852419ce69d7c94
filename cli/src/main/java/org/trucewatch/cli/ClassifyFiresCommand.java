package org.trucewatch.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trucewatch.core.thermal.FireProduct;
import org.trucewatch.core.thermal.NrtSatelliteSplit;
import org.trucewatch.core.thermal.WarFireRules;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.thermal.ExclusionZones;
import org.trucewatch.engine.thermal.FireClassificationRun;
import org.trucewatch.engine.thermal.FireClassificationSummary;
import org.trucewatch.formats.Reject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trucewatch classify-fires}: marks each FIRMS detection as a war fire or not. */
@Command(
    name = "classify-fires",
    mixinStandardHelpOptions = true,
    description = {
      "Labels FIRMS fire detections as war fires by The Economist's published method.",
      "",
      "Per 0.1-degree cell (centred on multiples of 0.1) and day, the excess is the count less the "
          + "95th-percentile bound of the cell's expected count less 2; that many detections are labelled "
          + "(all when the excess reaches the median); a cell keeps its labels when two labelled days are "
          + "6-364 days apart or there are more than 21 (with --spread-km, also when a cell that near does); "
          + "detections 1-10 days after a labelled day in the cell follow. The expected count is a "
          + "negative-binomial model fitted to the --baseline (earlier years; at least two). Land cells "
          + "only with --land; The Economist's "
          + "zones of known farm and forest burning are left out.",
      "",
      "Writes the input rows as CSV to stdout with four more columns: product (as read or inferred), "
          + "war_fire (1/0; empty for a product not chosen), bound and excess (of the row's cell-day). "
          + "Progress goes to stderr; bad rows are reported there as file:line: field: reason and left out.",
      "",
      "The last path after --baseline is the input when no other is given; with several inputs, put them "
          + "first, separate the baseline with commas, or end the baseline with --. See docs/war-fire-model.md.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch classify-fires --land ukraine-adm1.geojson \\",
      "      --baseline archive/ukr_fire_data_2020.csv \\",
      "      archive/ukr_fire_data_2021.csv ukr_fire_data_2022.csv > out.csv",
      "  trucewatch classify-fires --products snpp \\",
      "      --baseline archive/ukr_fire_data_2019.csv \\",
      "      --baseline archive/ukr_fire_data_2020.csv \\",
      "      fire_nrt_SV-C2_400448.csv > out.csv",
    })
final class ClassifyFiresCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "FIRMS files (or folders of them) to classify.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--baseline",
      arity = "1..*",
      split = ",",
      required = true,
      paramLabel = "PATH",
      description = "Archive files or folders of earlier years' detections (at least two years): the normal activity "
          + "the expected-count model learns; detections dated on or after the input's first day are left out. "
          + "Repeatable; commas separate too.")
  List<Path> baseline = new ArrayList<>();

  @Option(names = "--land", paramLabel = "GEOJSON",
      description = "Polygons of the land to classify (e.g. Ukraine's ADM1 boundaries); cells meeting none are left out. "
          + "Default: every cell.")
  Path land;

  @Option(names = "--products", split = ",", paramLabel = "P",
      description = "Products counted, in the baseline and the input alike: snpp, noaa20, noaa21, modis, viirs "
          + "(VIIRS of unknown satellite: reduced extracts' near-real-time rows). Default: snpp,modis (The Economist's).")
  List<String> products = new ArrayList<>(List.of("snpp", "modis"));

  @Option(names = "--no-exclusions", description = "Do not leave out The Economist's zones of known farm and forest burning.")
  boolean noExclusions;

  @Option(names = "--offset", defaultValue = "2", paramLabel = "N",
      description = "Excess is the count less the bound less N (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--zero-days-per-fire-day", defaultValue = "3", paramLabel = "N",
      description = "The expected-count model weighs cell-days without fires as a sample of N per cell-day with fires, "
          + "as The Economist's training sample; 0: all weigh 1 (default: ${DEFAULT-VALUE}).")
  double zeroDaysPerFireDay;

  @Option(names = "--quantile", defaultValue = "0.95", paramLabel = "Q",
      description = "The bound is this quantile of the expected count's distribution (default: ${DEFAULT-VALUE}).")
  double quantile;

  @Option(names = "--min-days-apart", defaultValue = "6", paramLabel = "DAYS",
      description = "Sustained excess: two labelled days at least this many days apart (default: ${DEFAULT-VALUE}) ...")
  int minDaysApart;

  @Option(names = "--max-days-apart", defaultValue = "364", paramLabel = "DAYS",
      description = "... and at most this many (default: ${DEFAULT-VALUE}) ...")
  int maxDaysApart;

  @Option(names = "--many-days", defaultValue = "21", paramLabel = "DAYS",
      description = "... or more than this many labelled days (default: ${DEFAULT-VALUE}).")
  int manyDays;

  @Option(names = "--spread-km", defaultValue = "0", paramLabel = "KM",
      description = "Cells this close to a cell with sustained excess count as sustained; 0: off, as the version that made "
          + "The Economist's published figures; their later versions use 50 (default: ${DEFAULT-VALUE}).")
  double spreadKm;

  @Option(names = "--days-after", defaultValue = "10", paramLabel = "DAYS",
      description = "Detections this many days after a war-fire cell-day in the cell are war fires (default: ${DEFAULT-VALUE}).")
  int daysAfter;

  @Option(names = "--nrt-snpp-share", defaultValue = "0.441", paramLabel = "SHARE",
      description = "Reduced extracts (no satellite column): each near-real-time VIIRS row, which may be S-NPP's or "
          + "NOAA-20's, is taken as S-NPP's with this probability, by a fixed hash of position and day (measured on 2023 rows "
          + "of known satellite); 0: leave them unresolved (product viirs) (default: ${DEFAULT-VALUE}).")
  double nrtSnppShare;

  @Option(names = "--cell-degrees", defaultValue = "0.1", paramLabel = "DEG",
      description = "Grid cell side in degrees (default: ${DEFAULT-VALUE}).")
  double cellDegrees;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    WarFireRules rules;
    Set<FireProduct> chosen = EnumSet.noneOf(FireProduct.class);
    try {
      rules = new WarFireRules(Math.round(cellDegrees * 1e6), zeroDaysPerFireDay, quantile, offset, minDaysApart, maxDaysApart, manyDays,
          spreadKm, daysAfter);
      for (String p : products) {
        chosen.add(FireProduct.ofToken(p));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Optional<NrtSatelliteSplit> split;
    try {
      split = nrtSnppShare == 0 ? Optional.empty() : Optional.of(new NrtSatelliteSplit(nrtSnppShare));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--nrt-snpp-share: " + e.getMessage());
    }
    List<Path> inputs = new ArrayList<>(files);
    List<Path> archive = new ArrayList<>(baseline);
    if (inputs.isEmpty() && archive.size() >= 2) {
      // "--baseline A B input": the option takes every path that follows it, the last one is the input
      inputs.add(archive.remove(archive.size() - 1));
    }
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing the input FILE: give it after the baseline (--baseline A.csv B.csv input.csv) or before it");
    }
    PrintWriter err = spec.commandLine().getErr();
    StderrProgress progress = new StderrProgress(err, quiet);
    List<Reject> rejects = new ArrayList<>();
    Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
    FireClassificationSummary s = new FireClassificationRun(rules, chosen, Optional.ofNullable(land),
        noExclusions ? List.of() : ExclusionZones.published(), progress, split)
        .run(InputFiles.expand(inputs), InputFiles.expand(archive), out, rejects);
    out.flush();
    for (Reject r : rejects) {
      err.println(r);
    }
    progress.report(String.format(Locale.ROOT,
        "classified %,d of %,d detections (the chosen products): %,d war fires (%,d by sustained excess, %,d following it); "
            + "%,d rows rejected",
        s.classified(), s.detections(), s.warFires(), s.repeatedExcess(), s.followsWarFire(), s.rejected()));
    return 0;
  }
}
