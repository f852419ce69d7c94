package org.trucewatch.formats.agreement;

import java.util.List;

/**
 * A list (YAML sequence, JSON array).
 *
 * @param items the items in order
 * @param line 1-based line of the list
 * @param column 1-based column of the list
 */
record LocatedList(List<LocatedNode> items, int line, int column) implements LocatedNode {
  /** Freezes the items. */
  LocatedList {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
