package org.trucewatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trucewatch.scenario.score.IncidentScore;
import org.trucewatch.scenario.score.IncidentScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch score}: precision, recall and F1 of a run's incidents against a ground truth. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a run's incidents against the simulator's ground truth.",
      "",
      "Scores a run's incidents against the ground truth trucewatch sim wrote. An incident and a "
          + "real event match when they share observations; matching is one to one, most shared first. So "
          + "a split event costs precision (its second incident is a false alarm), a missed event costs "
          + "recall, and noise with a finding graded possible or better is a false alarm. Incidents of "
          + "noise alone whose findings are all unsubstantiated, those without a finding (farm fires far "
          + "from every site) and, with an older truth file, the sea layer are counted apart, each with "
          + "the precision it would give. See docs/fusion.md. Prints precision, recall and F1 on stdout, "
          + "then the missed events and false alarms on stderr.",
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  trucewatch sim --agreement examples/agreements/black-sea-energy.yaml \\",
      "      --seed 7 --out scenario",
      "  trucewatch run --agreement examples/agreements/black-sea-energy.yaml \\",
      "      --input scenario/inputs --out out",
      "  trucewatch score --truth scenario/truth.jsonl \\",
      "      --incidents out/incidents.geojson",
    })
final class ScoreCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--truth", required = true, paramLabel = "FILE", description = "truth.jsonl written by trucewatch sim.")
  Path truth;

  @Option(names = "--incidents", required = true, paramLabel = "FILE", description = "incidents.geojson written by trucewatch run.")
  Path incidents;

  @Override
  public Integer call() throws Exception {
    spec.commandLine().getErr().println("[trucewatch] scoring " + incidents + " against " + truth);
    IncidentScore s = new IncidentScorer().score(truth, incidents);
    spec.commandLine().getOut().print(s.text());
    spec.commandLine().getOut().flush();
    if (!s.unmatchedEvents().isEmpty()) {
      spec.commandLine().getErr().println("[trucewatch] missed: " + String.join(" ", s.unmatchedEvents()));
    }
    if (!s.falseAlarms().isEmpty()) {
      spec.commandLine().getErr().println("[trucewatch] false alarms or split parts: " + String.join(" ", s.falseAlarms()));
    }
    spec.commandLine().getErr().flush();
    return 0;
  }
}
