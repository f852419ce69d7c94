package org.trucewatch.core.agreement;

import java.util.Objects;

/**
 * A party to the agreement, or an observer that has duties under it.
 *
 * @param id short stable code, e.g. {@code UA}, {@code RU}
 * @param name full name
 */
public record Party(String id, String name) {
  /** Checks the fields. */
  public Party {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
