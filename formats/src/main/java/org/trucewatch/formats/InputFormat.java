package org.trucewatch.formats;

/** The kinds of input file {@link FormatDetector} recognises. */
public enum InputFormat {
  /** NASA FIRMS active-fire CSV, read by {@code firms.FirmsCsvReader}. */
  FIRMS_CSV,
  /** The generic observations format, one JSON object a line, read by {@code observation.ObservationJsonlReader}. */
  OBSERVATIONS_JSONL,
  /** The sources registry, read by {@code sources.SourcesYamlReader}. */
  SOURCES_YAML,
  /** None of the above. */
  UNKNOWN
}
