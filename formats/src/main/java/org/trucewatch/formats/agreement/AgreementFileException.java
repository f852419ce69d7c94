package org.trucewatch.formats.agreement;

import java.util.List;

/** An agreement file could not be read; carries every problem found, sorted by file and line. */
public final class AgreementFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** More than this many problems are counted in the message but not spelled out. */
  private static final int PROBLEMS_IN_MESSAGE = 50;

  private final transient List<AgreementProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems at least one problem, in the order to report them
   */
  public AgreementFileException(List<AgreementProblem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an agreement file exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, sorted by file (the agreement file first) and then by line and column. */
  public List<AgreementProblem> problems() {
    return problems;
  }

  private static String message(List<AgreementProblem> problems) {
    StringBuilder sb = new StringBuilder()
        .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" in agreement file ")
        .append(problems.isEmpty() ? "?" : problems.get(0).file())
        .append(':');
    int shown = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      sb.append('\n').append("  ").append(problems.get(i));
    }
    if (problems.size() > shown) {
      sb.append('\n').append("  ... and ").append(problems.size() - shown).append(" more");
    }
    return sb.toString();
  }
}
