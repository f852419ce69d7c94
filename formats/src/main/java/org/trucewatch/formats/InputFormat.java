package org.trucewatch.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of input file {@link FormatDetector} recognises, with the format code the ledger
 * stores them under and the name a user knows them by. Adding a format: a constant here, its
 * detection in {@link FormatDetector}, and its reader in the engine's reader registry; {@code run
 * --help} and the refusal of an unknown file then name it. Declared in the order they are listed to
 * users.
 */
public enum InputFormat {
  /** NASA FIRMS active-fire CSV, read by {@code firms.FirmsCsvReader}. */
  FIRMS_CSV("firms-csv", "NASA FIRMS CSV", ""),
  /** The generic observations format, one JSON object a line, read by {@code observation.ObservationJsonlReader}. */
  OBSERVATIONS_JSONL("observations-jsonl", "observation JSON lines", ""),
  /** The sources registry, read by {@code sources.SourcesYamlReader}. */
  SOURCES_YAML("sources-yaml", "sources YAML", ""),
  /** A free-text report with a header ({@code .txt}/{@code .md}), read by {@code report.TextReportReader}. */
  REPORT_TEXT("report-text", "text reports with a header", "source:, published:, ..."),
  /** Reports as JSON lines (free text or structured), read by {@code report.ReportJsonlReader}. */
  REPORTS_JSONL("reports-jsonl", "report JSON lines", ""),
  /** A Telegram channel exported by Telegram Desktop (result.json), read by {@code report.TelegramExportReader}. */
  TELEGRAM_EXPORT("telegram-export", "Telegram channel exports", "Telegram Desktop's result.json"),
  /** An ACLED event export, read by {@code acled.AcledCsvReader}. */
  ACLED_CSV("acled-csv", "ACLED CSV", ""),
  /** AIS NMEA 0183 sentences, with or without tag blocks, read by {@code ais.AisObservationReader}. */
  AIS_NMEA("ais-nmea", "AIS NMEA 0183", ""),
  /** Air-layer GeoJSON: detections, footprints, patrol tracks; read by {@code air.AirGeoJsonReader}. */
  AIR_GEOJSON("air-geojson", "air-layer GeoJSON", "detections, footprints, tracks"),
  /** MISB ST 0601 metadata as JSON lines, read by {@code misb.Misb0601JsonReader}. */
  MISB_0601_JSON("misb-0601-json", "MISB ST 0601 JSON", ""),
  /** GPX 1.1 patrol tracks, read by {@code track.GpxTrackReader}. */
  GPX("gpx", "GPX", ""),
  /** KML patrol tracks ({@code gx:Track}), read by {@code track.KmlTrackReader}. */
  KML("kml", "KML", ""),
  /** None of the above. */
  UNKNOWN(null, "", "");

  private final String code;
  private final String title;
  private final String detail;

  InputFormat(String code, String title, String detail) {
    this.code = code;
    this.title = title;
    this.detail = detail;
  }

  /** The ledger's format code, empty for {@link #UNKNOWN}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The name a user knows the format by, e.g. {@code ACLED CSV}; empty for {@link #UNKNOWN}. */
  public String title() {
    return title;
  }

  /** The name with what tells the format apart in brackets, e.g. {@code air-layer GeoJSON (detections, footprints, tracks)}. */
  public String described() {
    return detail.isEmpty() ? title : title + " (" + detail + ")";
  }

  /** Every format Trucewatch reads, described, in declaration order and comma-separated: the one list help and refusals give. */
  public static String list() {
    List<String> out = new ArrayList<>();
    for (InputFormat f : values()) {
      if (f != UNKNOWN) {
        out.add(f.described());
      }
    }
    return String.join(", ", out);
  }
}
