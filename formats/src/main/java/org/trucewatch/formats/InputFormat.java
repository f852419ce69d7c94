package org.trucewatch.formats;

import java.util.Optional;

/**
 * The kinds of input file {@link FormatDetector} recognises, with the format code the ledger
 * stores them under. Adding a format: a constant here, its detection in {@link FormatDetector},
 * and its reader in the engine's reader registry.
 */
public enum InputFormat {
  /** NASA FIRMS active-fire CSV, read by {@code firms.FirmsCsvReader}. */
  FIRMS_CSV("firms-csv"),
  /** The generic observations format, one JSON object a line, read by {@code observation.ObservationJsonlReader}. */
  OBSERVATIONS_JSONL("observations-jsonl"),
  /** The sources registry, read by {@code sources.SourcesYamlReader}. */
  SOURCES_YAML("sources-yaml"),
  /** AIS NMEA 0183 sentences, with or without tag blocks, read by {@code ais.AisObservationReader}. */
  AIS_NMEA("ais-nmea"),
  /** None of the above. */
  UNKNOWN(null);

  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /** The ledger's format code, empty for {@link #UNKNOWN}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }
}
