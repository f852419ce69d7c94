package org.trucewatch.cli;

import java.io.PrintWriter;
import org.trucewatch.engine.Progress;

/** Progress lines on standard error, prefixed so they are easy to tell from results. */
final class StderrProgress implements Progress {
  private final PrintWriter err;
  private final boolean quiet;

  StderrProgress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void report(String message) {
    if (!quiet) {
      err.println("[trucewatch] " + message);
      err.flush();
    }
  }
}
