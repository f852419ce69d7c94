package org.trucewatch.formats.fusion;

import java.util.List;

/** A fusion file with problems, each as {@code file:line: field: message}. */
public final class FusionFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** The problems, at least one, in file order. */
  public FusionFileException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, {@code file:line: field: message}. */
  public List<String> problems() {
    return problems;
  }
}
