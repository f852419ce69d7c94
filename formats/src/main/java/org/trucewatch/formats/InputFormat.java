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
  /** A free-text report with a header ({@code .txt}/{@code .md}), read by {@code report.TextReportReader}. */
  REPORT_TEXT("report-text"),
  /** An ACLED event export, read by {@code acled.AcledCsvReader}. */
  ACLED_CSV("acled-csv"),
  /** Reports as JSON lines (free text or structured), read by {@code report.ReportJsonlReader}. */
  REPORTS_JSONL("reports-jsonl"),
  /** A Telegram channel exported by Telegram Desktop (result.json), read by {@code report.TelegramExportReader}. */
  TELEGRAM_EXPORT("telegram-export"),
  /** Air-layer GeoJSON: detections, footprints, patrol tracks; read by {@code air.AirGeoJsonReader}. */
  AIR_GEOJSON("air-geojson"),
  /** MISB ST 0601 metadata as JSON lines, read by {@code misb.Misb0601JsonReader}. */
  MISB_0601_JSON("misb-0601-json"),
  /** GPX 1.1 patrol tracks, read by {@code track.GpxTrackReader}. */
  GPX("gpx"),
  /** KML patrol tracks ({@code gx:Track}), read by {@code track.KmlTrackReader}. */
  KML("kml"),
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
