package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.trucewatch.engine.run.RunSummary;
import org.trucewatch.formats.Reject;

/** Prints what a run did, and its first rejects, to standard error. */
final class Summaries {
  private static final int REJECTS_SHOWN = 10;

  private Summaries() {}

  static void print(RunSummary s, PrintWriter err, boolean quiet) {
    for (int i = 0; i < Math.min(REJECTS_SHOWN, s.rejects().size()); i++) {
      Reject r = s.rejects().get(i);
      err.println("rejected " + r);
    }
    if (s.rejects().size() > REJECTS_SHOWN) {
      err.printf(Locale.ROOT, "... and %,d more rejects in %s%n", s.rejects().size() - REJECTS_SHOWN,
          s.outDir().resolve("rejects.jsonl"));
    }
    if (!quiet) {
      err.printf(
          Locale.ROOT,
          "%,d observations, %,d rejects, %,d incidents, %,d findings; ledger %d entries, head %s%n",
          s.observations(),
          s.rejects().size(),
          s.incidents(),
          s.findings(),
          s.checkpoint().entryCount(),
          s.checkpoint().headChainHash().substring(0, 16));
      err.println("report: " + s.report().toAbsolutePath());
    }
    err.flush();
  }
}
