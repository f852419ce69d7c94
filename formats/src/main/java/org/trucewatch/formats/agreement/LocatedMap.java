package org.trucewatch.formats.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping, its keys in document order.
 *
 * @param entries key to entry, in document order
 * @param line 1-based line of the mapping
 * @param column 1-based column of the mapping
 */
record LocatedMap(Map<String, Entry> entries, int line, int column) implements LocatedNode {
  /** Freezes the entries, keeping their order. */
  LocatedMap {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * One key and its value.
   *
   * @param key the key
   * @param keyLine 1-based line of the key
   * @param keyColumn 1-based column of the key
   * @param value the value
   */
  record Entry(String key, int keyLine, int keyColumn, LocatedNode value) {}

  /** The entry for {@code key}, if present. */
  Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
