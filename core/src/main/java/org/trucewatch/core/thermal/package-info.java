/**
 * Thermal anomalies on a latitude-longitude grid: which satellite fire detections are
 * conflict-related, after The Economist's war-fire method (excess over a cell's seasonal
 * baseline, repeated at least a week apart, and the days that follow such excess).
 *
 * <p>See {@code docs/war-fire-model.md} for the method, its defaults and where it departs from
 * the published scripts.
 */
package org.trucewatch.core.thermal;
