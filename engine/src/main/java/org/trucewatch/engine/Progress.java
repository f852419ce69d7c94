package org.trucewatch.engine;

/** Where long work reports how far it has got; the command line prints it to standard error. */
@FunctionalInterface
public interface Progress {
  /** Reports progress quietly: for tests and embedding. */
  Progress SILENT = message -> {};

  /** One line of progress, without a trailing newline. */
  void report(String message);
}
