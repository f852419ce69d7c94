package org.trucewatch.scenario;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What a simulation wrote, for the command line to print.
 *
 * @param outDir the folder written
 * @param start first simulated instant
 * @param end first instant after the scenario
 * @param firmsDetections rows of {@code inputs/firms_viirs_snpp.csv}
 * @param strikeDetections of those, the rows showing a truth event rather than a field fire
 * @param droneObservations lines of {@code inputs/drones.jsonl}
 * @param reports lines of {@code inputs/reports.jsonl}
 * @param sources entries of {@code inputs/sources.yaml}
 * @param truthEvents lines of {@code truth.jsonl}
 * @param expectedFindings truth events marked {@code expected_finding: true}
 */
public record ScenarioSummary(
    Path outDir,
    Instant start,
    Instant end,
    int firmsDetections,
    int strikeDetections,
    int droneObservations,
    int reports,
    int sources,
    int truthEvents,
    int expectedFindings) {
  /** Checks the fields. */
  public ScenarioSummary {
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }
}
