package org.trucewatch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.engine.run.RunSummary;
import org.trucewatch.ledger.LedgerStores;
import org.trucewatch.report.ChromiumPdfPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch run}: replays inputs through the pipeline and writes the outputs. */
@Command(
    modelTransformer = RunCommand.Formats.class,
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Stores the inputs in the evidence ledger and runs the pipeline over it.",
      "",
      "Stores the inputs in the evidence ledger, then runs the whole pipeline over the ledger "
          + "(enrich, fuse, assess) and writes findings.jsonl, incidents.geojson, rejects.jsonl, "
          + "report.html, coverage.geojson and manifest.json to --out. Formats are recognised by content "
          + "and extension: " + RunCommand.FORMATS + "; a file of none of these is refused by name. Bad lines are reported with "
          + "file, line and field in rejects.jsonl and on stderr; the rest is still processed.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch run --agreement examples/agreements/black-sea-energy.yaml \\",
      "      --input scenario/inputs --out out",
      "  trucewatch run --agreement a.yaml --input fires.csv \\",
      "      --input reports.jsonl --out out --store ledger.sqlite",
      "  trucewatch run --agreement a.yaml --input inputs --out out \\",
      "      --key /etc/trucewatch/deployment.key --store \\",
      "      'jdbc:postgresql://127.0.0.1:5432/trucewatch?user=tw&password=secret'",
      "  trucewatch run --agreement a.yaml --input inputs --out out \\",
      "      --fusion examples/fusion.yaml",
      "  trucewatch run --agreement a.yaml --input patrols/ --out out \\",
      "      --coverage-resolution 9 --swath-width mission-drone-1=4000",
    })
final class RunCommand implements Callable<Integer> {
  /** Where the description lists the input formats; {@link Formats} puts {@link InputFormat#list()} there. */
  static final String FORMATS = "{input formats}";

  /** Names the formats in the description as {@link InputFormat} does, so help and refusals list them alike. */
  static final class Formats implements CommandLine.IModelTransformer {
    @Override
    public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
      String[] lines = spec.usageMessage().description().clone();
      for (int i = 0; i < lines.length; i++) {
        lines[i] = lines[i].replace(FORMATS, InputFormat.list());
      }
      spec.usageMessage().description(lines);
      return spec;
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--agreement", required = true, paramLabel = "FILE", description = "The agreement (YAML).")
  Path agreement;

  @Option(
      names = "--input",
      arity = "1..*",
      paramLabel = "PATH",
      description = "Input files or folders (folders are read recursively). May be repeated. "
          + "Without inputs, re-runs over what the ledger already holds.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the outputs.")
  Path out;

  @Option(
      names = "--store",
      paramLabel = "URL",
      description = "The ledger: a SQLite file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=..."
          + " (default: DIR/ledger.sqlite).")
  String store;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "The deployment's Ed25519 signing key, created if missing (default: $TRUCEWATCH_KEY,"
          + " else ~/.trucewatch/deployment.key).")
  Path key;

  @Option(
      names = "--cloud-cover",
      paramLabel = "FILE",
      description = "Cloud cover per day or 0.1-degree cell (CSV: date, cloud_cover[, latitude, longitude]) "
          + "for the protected sites' coverage; recorded in the ledger, so that verify reproduces it.")
  Path cloudCover;

  @Option(
      names = "--fusion",
      paramLabel = "FILE",
      description = "Fusion rules per kind pair (YAML, changes to the defaults; see docs/fusion.md). Stored in the "
          + "ledger; the latest one there stays in force for later runs.")
  Path fusion;

  @Option(
      names = "--site-baseline",
      paramLabel = "FILE",
      arity = "1",
      description = "A FIRMS file of normal years (any layout, e.g. the reduced 2012-2021 archive; repeatable): a "
          + "protected site's thermal detections on a day count only above its normal bound for the season (see "
          + "docs/space-layer.md). Recorded in the ledger, so that verify reproduces it.")
  List<Path> siteBaseline = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Option(names = "--pdf", description = "Also print the report to report.pdf with headless Chromium (not in the manifest: a PDF carries its creation time).")
  boolean pdf;

  @Option(names = "--chromium", defaultValue = "/usr/bin/chromium", paramLabel = "PATH", description = "Chromium for --pdf (default: ${DEFAULT-VALUE}).")
  Path chromium;

  @CommandLine.Mixin CoverageOptions coverage = new CoverageOptions();

  @Override
  public Integer call() throws Exception {
    StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), quiet);
    RunRequest request = new RunRequest(agreement, inputs, out, Optional.ofNullable(store).map(this::checkedStore),
        Optional.ofNullable(key), Optional.ofNullable(cloudCover), Optional.ofNullable(fusion), siteBaseline);
    RunSummary summary = new ReplayRun(Clock.systemUTC(), coverage.settings()).execute(request, progress);
    Summaries.print(summary, spec.commandLine().getErr(), quiet);
    if (pdf) {
      new ChromiumPdfPrinter(chromium).print(summary.outDir().resolve("report.html"), summary.outDir().resolve("report.pdf"));
      progress.report("wrote " + summary.outDir().resolve("report.pdf"));
    }
    spec.commandLine().getOut().println(summary.outDir().resolve("manifest.json"));
    return 0;
  }

  private String checkedStore(String store) {
    try {
      if (!LedgerStores.isServer(store)) {
        LedgerStores.sqliteFile(store);
      }
      return store;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--store: " + e.getMessage());
    }
  }
}
