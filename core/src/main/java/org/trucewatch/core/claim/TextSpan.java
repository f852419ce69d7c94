package org.trucewatch.core.claim;

import java.util.Objects;

/**
 * A stretch of a report's text that an extracted field rests on, so that every value can be
 * checked against the words it came from.
 *
 * @param start offset of the first character (UTF-16 index into the report text), inclusive
 * @param end offset after the last character, exclusive
 * @param text the characters themselves
 */
public record TextSpan(int start, int end, String text) implements Comparable<TextSpan> {
  /** Checks the bounds. */
  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end: " + start + ".." + end);
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end + " does not match its text length " + text.length());
    }
  }

  /** The span of {@code text} between the two offsets. */
  public static TextSpan of(CharSequence text, int start, int end) {
    return new TextSpan(start, end, text.subSequence(start, end).toString());
  }

  /** Orders by start, then end. */
  @Override
  public int compareTo(TextSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
