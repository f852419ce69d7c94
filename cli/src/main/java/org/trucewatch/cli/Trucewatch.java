package org.trucewatch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trucewatch} command: entry point of the runnable jar. */
@Command(
    name = "trucewatch",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Monitors and verifies a ceasefire from the evidence every party can check.",
      "",
      "It ingests observations, keeps them in a hash-chained "
          + "ledger, fuses them into incidents, checks them against an agreement and publishes findings.",
    },
    subcommands = {DemoCommand.class, RunCommand.class, SimCommand.class, VerifyCommand.class, ReviewCommand.class, BundleCommand.class, ExtractCommand.class, ServeCommand.class, DecodeCommand.class, ClassifyFiresCommand.class, PublishCommand.class, ScoreCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  failure: bad agreement, unreadable input, unwritable output (one line on stderr says why)",
      "  2  usage error: unknown option or missing argument",
    })
public final class Trucewatch implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line on the standard streams and returns its exit code. */
  public static int execute(String... args) {
    return execute(
        new StandardOut(System.out),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true),
        args);
  }

  /** Runs the command line with these streams and returns its exit code; for tests and embedding. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Trucewatch());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter w = commandLine.getErr();
          w.println("trucewatch " + commandLine.getCommandName() + ": " + Failure.describe(e));
          if (Boolean.getBoolean("trucewatch.debug")) {
            e.printStackTrace(w);
          }
          w.flush();
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
