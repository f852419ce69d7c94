package org.trucewatch.formats.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems found while reading one agreement file and the files it refers to. Reading goes
 * on after each one, so that a user sees all of them at once.
 */
final class Problems {
  private final List<AgreementProblem> problems = new ArrayList<>();
  /** Order in which files first showed up: the agreement file comes before what it refers to. */
  private final Map<String, Integer> fileOrder = new HashMap<>();
  private final Set<String> places = new HashSet<>();

  /** Makes {@code file} the next in reporting order, if it is not known yet. */
  void registerFile(String file) {
    fileOrder.putIfAbsent(file, fileOrder.size());
  }

  /** A problem with the value {@code node} found at {@code at}. */
  void add(FieldPointer at, LocatedNode node, String message) {
    add(at, node.line(), node.column(), message);
  }

  /**
   * A problem at a given line and column. Only the first problem for one field at one place is
   * kept: a later one there follows from it (an alias read as no value, then "needs a value").
   */
  void add(FieldPointer at, int line, int column, String message) {
    registerFile(at.file());
    if (places.add(at.file() + ":" + line + ":" + column + ":" + at.path())) {
      problems.add(new AgreementProblem(at.file(), line, column, at.path(), message));
    }
  }

  /** Whether no problem has been found so far. */
  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems have been found so far. */
  int count() {
    return problems.size();
  }

  /** All problems, by file (in the order files came up), then line, column, field and message. */
  List<AgreementProblem> sorted() {
    List<AgreementProblem> out = new ArrayList<>(problems);
    out.sort(Comparator.<AgreementProblem>comparingInt(p -> fileOrder.get(p.file()))
        .thenComparingInt(AgreementProblem::line)
        .thenComparingInt(AgreementProblem::column)
        .thenComparing(AgreementProblem::field)
        .thenComparing(AgreementProblem::message));
    return out;
  }
}
