/**
 * Thermal anomalies on a latitude-longitude grid: which satellite fire detections are
 * conflict-related, after The Economist's war-fire method (a cell-day's count over the bound of
 * an expected-count model, repeated at least six days apart, and the days that follow such excess),
 * and the coverage and activity of monitored sites.
 *
 * <p>See {@code docs/war-fire-model.md} for the method, its defaults and where it departs from
 * the published scripts.
 */
package org.trucewatch.core.thermal;
