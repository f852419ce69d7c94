package org.trucewatch.formats.agreement;

import java.util.Objects;

/**
 * A single value: text, number, boolean or null. The text is kept as written, so that a YAML 1.1
 * boolean word such as {@code NO} (Norway) still reads as a code where text is expected.
 *
 * @param text the value as written
 * @param type what the parser took it for
 * @param number the numeric value when {@code type} is {@link Type#NUMBER}, else NaN
 * @param line 1-based line
 * @param column 1-based column
 */
record LocatedScalar(String text, Type type, double number, int line, int column) implements LocatedNode {
  /** What the parser took a scalar for. */
  enum Type {
    /** Text, quoted or plain. */
    TEXT,
    /** An integer or floating-point number. */
    NUMBER,
    /** true or false (and YAML 1.1's yes, no, on, off). */
    BOOLEAN,
    /** An empty value or null. */
    NULL
  }

  /** Checks the fields. */
  LocatedScalar {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String describe() {
    if (type == Type.NULL) {
      return "no value";
    }
    String kind = type == Type.NUMBER ? "the number " : type == Type.BOOLEAN ? "the boolean " : "the text ";
    return kind + "'" + text + "'";
  }
}
