package org.trucewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.engine.run.RunSummary;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.report.ChromiumPdfPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch demo}: simulates the bundled scenario, runs the pipeline, serves the report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a day, runs the whole pipeline on it and serves the results.",
      "",
      "Runs the whole pipeline on the bundled Black Sea energy-moratorium agreement: simulates a "
          + "day of inputs (DIR/scenario/), stores them in the ledger, writes the outputs to DIR and "
          + "starts the live server on that ledger: web map at http://127.0.0.1:PORT/, API, event stream, "
          + "report at /outputs/report.html, until Ctrl-C (unless --no-serve). Tokens for each role are "
          + "written to DIR/tokens.txt; published findings are readable without one.",
    },
    footerHeading = "%nExamples:%n",
    footer = {"  trucewatch demo", "  trucewatch demo --no-serve --out /tmp/demo --seed 3"})
final class DemoCommand implements Callable<Integer> {
  /** The agreement bundled in the jar (copied from examples/agreements at build time). */
  static final String BUNDLED_AGREEMENT = "/org/trucewatch/cli/agreements/black-sea-energy.yaml";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", defaultValue = "trucewatch-demo", paramLabel = "DIR", description = "Where to write everything (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed of the scenario (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port to serve on, on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-serve", description = "Write the outputs and exit, for scripts.")
  boolean noServe;

  @CommandLine.Mixin CoverageOptions coverage = new CoverageOptions();

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Option(names = "--pdf", description = "Also print the report to report.pdf with headless Chromium (not in the manifest: a PDF carries its creation time).")
  boolean pdf;

  @Option(names = "--chromium", defaultValue = "/usr/bin/chromium", paramLabel = "PATH", description = "Chromium for --pdf (default: ${DEFAULT-VALUE}).")
  Path chromium;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    StderrProgress progress = new StderrProgress(err, quiet);
    Files.createDirectories(out);
    Path agreementFile = out.resolve("agreement").resolve("black-sea-energy.yaml");
    extractBundledAgreement(agreementFile);
    Agreement agreement = new AgreementReader().read(agreementFile);
    Path scenario = out.resolve("scenario");
    progress.report("simulating the scenario (seed " + seed + ") into " + scenario);
    var sim = SimCommand.simulate(agreement, seed, null, 24, scenario);
    if (!quiet) {
      SimCommand.describe(sim, err);
    }
    RunRequest request = new RunRequest(agreementFile, List.of(scenario.resolve("inputs")), out, Optional.empty());
    RunSummary summary = new ReplayRun(Clock.systemUTC(), coverage.settings()).execute(request, progress);
    Summaries.print(summary, err, quiet);
    if (pdf) {
      new ChromiumPdfPrinter(chromium).print(out.resolve("report.html"), out.resolve("report.pdf"));
      progress.report("wrote " + out.resolve("report.pdf"));
    }
    spec.commandLine().getOut().println(summary.report().toAbsolutePath());
    spec.commandLine().getOut().flush();
    if (noServe) {
      return 0;
    }
    DemoServer.serve(agreement, out, port, err, progress);
    return 0;
  }

  static void extractBundledAgreement(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = DemoCommand.class.getResourceAsStream(BUNDLED_AGREEMENT)) {
      if (in == null) {
        throw new IOException("the bundled agreement is missing from the jar: " + BUNDLED_AGREEMENT);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
