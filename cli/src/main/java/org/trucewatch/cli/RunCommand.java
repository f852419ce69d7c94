package org.trucewatch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.engine.run.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch run}: replays inputs through the pipeline and writes the outputs. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Stores the inputs in the evidence ledger, then runs the whole pipeline over the ledger",
      "(enrich, fuse, assess) and writes findings.jsonl, incidents.geojson, rejects.jsonl,",
      "report.html and manifest.json to --out. Formats are recognised by content and extension:",
      "NASA FIRMS CSV, observation JSON lines, sources YAML. Bad lines are reported with file,",
      "line and field in rejects.jsonl and on stderr; the rest is still processed.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch run --agreement examples/agreements/black-sea-energy.yaml \\",
      "      --input scenario/inputs --out out",
      "  trucewatch run --agreement a.yaml --input fires.csv --input reports.jsonl --out out --store ledger.sqlite",
    })
final class RunCommand implements Callable<Integer> {
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
      paramLabel = "PATH",
      description = "The ledger: a SQLite file path or jdbc:sqlite:PATH (default: DIR/ledger.sqlite).")
  String store;

  @Option(
      names = "--cloud-cover",
      paramLabel = "FILE",
      description = "Cloud cover per day or 0.1-degree cell (CSV: date, cloud_cover[, latitude, longitude]) "
          + "for the protected sites' coverage.")
  Path cloudCover;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), quiet);
    RunRequest request = new RunRequest(agreement, inputs, out, Optional.ofNullable(store).map(RunCommand::storePath),
        Optional.ofNullable(cloudCover));
    RunSummary summary = new ReplayRun(Clock.systemUTC()).execute(request, progress);
    Summaries.print(summary, spec.commandLine().getErr(), quiet);
    spec.commandLine().getOut().println(summary.outDir().resolve("manifest.json"));
    return 0;
  }

  static Path storePath(String store) {
    if (store.startsWith("jdbc:sqlite:")) {
      return Path.of(store.substring("jdbc:sqlite:".length()));
    }
    if (store.startsWith("jdbc:")) {
      throw new CommandLine.ParameterException(
          new CommandLine(new RunCommand()), "--store: only SQLite is supported by this version, not " + store);
    }
    return Path.of(store);
  }
}
