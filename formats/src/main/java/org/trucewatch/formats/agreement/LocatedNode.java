package org.trucewatch.formats.agreement;

/**
 * A YAML or JSON value together with the line and column where it starts, so that every problem
 * found after parsing can still be reported where the user wrote it.
 */
sealed interface LocatedNode permits LocatedMap, LocatedList, LocatedScalar {
  /** 1-based line of the value's first character. */
  int line();

  /** 1-based column of the value's first character. */
  int column();

  /** "a mapping", "a list", "the text 'x'", for messages saying what was found instead. */
  String describe();
}
