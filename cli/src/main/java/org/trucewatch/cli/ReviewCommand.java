package org.trucewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleEvent;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.core.lifecycle.ReviewTransitions;
import org.trucewatch.engine.lifecycle.LedgerReviews;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.FindingVersion;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch review}: an analyst's action on an incident, recorded in the ledger; its history. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Records an analyst's action on an incident, or prints its history.",
      "",
      "Confirms, disputes, closes, reopens or annotates an incident, with a reason, as a new entry "
          + "in the ledger; or prints an incident's review history, or every version of a finding. The "
          + "incidents are those a run over the whole ledger gives, against the last agreement it holds "
          + "(or --agreement). An action the incident's state does not allow is refused, saying why (see "
          + "docs/lifecycle.md). Published outputs show the action after the next `trucewatch run`.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch review --ledger out --incident 3f2a9c01 --dispute \\",
      "      --reason \"one administration's post; no imagery of damage\"",
      "  trucewatch review --ledger out --incident 3f2a9c01 --close --analyst anna \\",
      "      --reason 'reviewed at the morning brief'",
      "  trucewatch review --ledger out --incident 3f2a9c01 --history",
      "  trucewatch review --ledger out \\",
      "      --versions \"$(head -1 out/findings.jsonl | jq -r .id)\"",
      "",
      "Exit codes: 0 done; 1 refused or failed (one line on stderr: unknown",
      "incident, illegal transition, blank reason, unreadable ledger); 2 usage",
      "error.",
    })
final class ReviewCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--ledger", required = true, paramLabel = "DIR|PATH|URL",
      description = "A run's output folder (its ledger.sqlite), a ledger file, or a PostgreSQL store URL.")
  String ledger;

  @Option(names = "--incident", paramLabel = "ID", description = "The incident: its id, or at least its first 8 hex digits.")
  String incident;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  /** What to do: one action, or one listing. */
  static final class What {
    @Option(names = "--confirm", description = "It happened as the evidence shows.")
    boolean confirm;

    @Option(names = "--dispute", description = "The evidence does not bear it out.")
    boolean dispute;

    @Option(names = "--close", description = "Done with it (after a confirm or dispute).")
    boolean close;

    @Option(names = "--reopen", description = "Withdraw the verdict or closure: back to review.")
    boolean reopen;

    @Option(names = "--note", description = "A remark; the state stays.")
    boolean note;

    @Option(names = "--history", description = "Print the incident's state and every step of its review.")
    boolean history;

    @Option(names = "--versions", paramLabel = "FINDING", description = "Print every version of this finding kept in the ledger.")
    String versions;
  }

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required for every action).")
  String reason;

  @Option(names = "--analyst", paramLabel = "NAME", description = "Who acts (default: the login name).")
  String analyst = System.getProperty("user.name", "");

  @Option(names = "--agreement", paramLabel = "FILE", description = "Check against this agreement rather than the ledger's last.")
  Path agreement;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  private final Clock clock;

  ReviewCommand() {
    this(Clock.systemUTC());
  }

  ReviewCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), quiet);
    Optional<ReviewAction> action = action();
    if (what.versions == null && incident == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--incident is required");
    }
    if (action.isPresent() && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("--reason is required: say why you " + action.get().code() + " it");
    }
    try (Ledger l = LedgerStores.open(storeOf(ledger), LedgerOptions.readOnly(clock))) {
      if (what.versions != null) {
        List<FindingVersion> vs = l.findingVersions(what.versions);
        if (vs.isEmpty()) {
          throw new IllegalArgumentException("no versions of finding " + what.versions + " in " + l.location());
        }
        for (FindingVersion v : vs) {
          out.printf(Locale.ROOT, "%s v%d %s at entry %d: %s, %s: %s%n", v.findingId().substring(0, 12), v.version(),
              v.change(), v.entryCount(), v.grade(), v.lifecycle(), v.why());
        }
        out.flush();
        return 0;
      }
      Optional<Agreement> given = agreement == null ? Optional.empty() : Optional.of(new AgreementReader().read(agreement));
      LedgerReviews reviews = new LedgerReviews(l, given, progress);
      Incident inc = reviews.incident(incident);
      IncidentLifecycle before = reviews.lifecycle(inc);
      if (action.isEmpty()) {
        printHistory(out, inc, before);
        return 0;
      }
      AppendResult r;
      try {
        r = reviews.record(inc, action.get(), analyst, reason, clock.instant());
      } catch (IllegalTransitionException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      // the evidence is as it was a moment ago, so the state after is the transition's
      LifecycleState after = ReviewTransitions.next(before.state(), action.get(), LifecycleState.of(inc.status()));
      out.printf(Locale.ROOT, "incident %s: %s (was %s), %s by %s, ledger entry %d%n", inc.id(), after.code(),
          before.state().code(), action.get().code(), analyst, r.entry().seq());
      out.flush();
      return 0;
    }
  }

  private Optional<ReviewAction> action() {
    if (what.confirm) {
      return Optional.of(ReviewAction.CONFIRM);
    }
    if (what.dispute) {
      return Optional.of(ReviewAction.DISPUTE);
    }
    if (what.close) {
      return Optional.of(ReviewAction.CLOSE);
    }
    if (what.reopen) {
      return Optional.of(ReviewAction.REOPEN);
    }
    if (what.note) {
      return Optional.of(ReviewAction.NOTE);
    }
    return Optional.empty();
  }

  private static void printHistory(PrintWriter out, Incident inc, IncidentLifecycle l) {
    out.printf(Locale.ROOT, "incident %s: %s (%s)%n", inc.id(), l.state().code(), inc.status().code());
    for (LifecycleEvent e : l.history()) {
      out.printf(Locale.ROOT, "  %s  %-14s %-10s %s -> %s  %s%n",
          e.at().map(Object::toString).orElse("now"),
          e.review().map(r -> r.action().code()).orElse(e.kind().code()),
          e.review().map(r -> r.analyst()).orElse("evidence"),
          e.from().code(), e.to().code(),
          e.review().filter(r -> e.kind() == LifecycleEvent.Kind.ACTION).map(r -> r.reason()).orElse(e.explanation()));
    }
    out.flush();
  }

  /** A run's folder means its ledger.sqlite; anything else is a store as `run --store` takes it. */
  static String storeOf(String ledger) {
    if (LedgerStores.isServer(ledger)) {
      return ledger;
    }
    Path p = LedgerStores.sqliteFile(ledger);
    if (Files.isDirectory(p)) {
      p = p.resolve(RunRequest.DEFAULT_LEDGER);
    }
    // opening would create an empty ledger: a review needs one that exists
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no ledger at " + p);
    }
    return p.toString();
  }
}
