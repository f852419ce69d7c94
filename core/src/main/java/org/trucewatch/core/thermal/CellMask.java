package org.trucewatch.core.thermal;

/** Which grid cells the war-fire model looks at: The Economist's land cells of Ukraine. */
@FunctionalInterface
public interface CellMask {
  /** Every cell. */
  CellMask ALL = cell -> true;

  /** Whether the model looks at this cell. */
  boolean contains(FireCell cell);
}
