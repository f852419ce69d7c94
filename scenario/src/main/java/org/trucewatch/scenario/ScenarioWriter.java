package org.trucewatch.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a scenario as files: {@code inputs/firms_viirs_snpp.csv}, {@code inputs/drones.jsonl},
 * {@code inputs/reports.jsonl}, {@code inputs/sources.yaml} and {@code truth.jsonl}, UTF-8 with
 * line feeds, replacing files of those names.
 */
public final class ScenarioWriter {
  /** The FIRMS file's name under {@code inputs/}. */
  public static final String FIRMS_FILE = "firms_viirs_snpp.csv";
  /** The UAV patrol file's name under {@code inputs/}. */
  public static final String DRONES_FILE = "drones.jsonl";
  /** The incident report file's name under {@code inputs/}. */
  public static final String REPORTS_FILE = "reports.jsonl";
  /** The source list's name under {@code inputs/}. */
  public static final String SOURCES_FILE = "sources.yaml";
  /** The ground truth's name, beside {@code inputs/}. */
  public static final String TRUTH_FILE = "truth.jsonl";

  private ScenarioWriter() {}

  /** Writes {@code scenario} under {@code outDir}, creating folders as needed. */
  public static ScenarioSummary write(Scenario scenario, Path outDir) throws IOException {
    Path inputs = outDir.resolve("inputs");
    Files.createDirectories(inputs);
    write(inputs.resolve(FIRMS_FILE), FirmsCsvFormat.file(scenario.detections()));
    write(inputs.resolve(DRONES_FILE), ObservationJsonFormat.file(scenario.droneObservations()));
    write(inputs.resolve(REPORTS_FILE), ObservationJsonFormat.file(scenario.reports()));
    write(inputs.resolve(SOURCES_FILE), SourcesYamlFormat.file(scenario.sources()));
    write(outDir.resolve(TRUTH_FILE), TruthJsonFormat.file(scenario.truth()));
    int strikeDetections = (int) scenario.detections().stream().filter(d -> d.eventId().isPresent()).count();
    int expected = (int) scenario.truth().stream().filter(TruthEvent::expectedFinding).count();
    return new ScenarioSummary(
        outDir,
        scenario.start(),
        scenario.end(),
        scenario.detections().size(),
        strikeDetections,
        scenario.droneObservations().size(),
        scenario.reports().size(),
        scenario.sources().size(),
        scenario.truth().size(),
        expected);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
