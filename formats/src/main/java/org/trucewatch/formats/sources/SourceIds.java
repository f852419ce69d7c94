package org.trucewatch.formats.sources;

import java.util.Optional;

/**
 * The form of a source id, shared by every format that names sources, so that an id the sources
 * registry accepts is spelled the same in every observation file.
 */
public final class SourceIds {
  /** Long enough for any real name; keeps ids usable as file and URL parts. */
  public static final int MAX_LENGTH = 128;

  private SourceIds() {}

  /**
   * Why {@code id} is not a valid source id, or empty when it is one: 1 to {@value #MAX_LENGTH}
   * characters of lower-case ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting
   * with a letter or digit. Lower case only, because ids are compared exactly and {@code
   * UA-Kharkiv} and {@code ua-kharkiv} must not become two sources.
   */
  public static Optional<String> problem(String id) {
    if (id.isEmpty()) {
      return Optional.of("must not be empty");
    }
    if (id.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters, not " + id.length());
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return Optional.of("must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit, not '"
            + id + "'");
      }
    }
    return Optional.empty();
  }
}
