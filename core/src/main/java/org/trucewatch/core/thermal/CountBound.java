package org.trucewatch.core.thermal;

/** The most detections a cell is expected to see on a day in a normal year: an upper bound. */
@FunctionalInterface
public interface CountBound {
  /** The bound, a whole number of detections, for this cell on this day. */
  int bound(FireCell cell, long epochDay);
}
