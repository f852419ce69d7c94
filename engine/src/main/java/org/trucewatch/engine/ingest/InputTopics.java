package org.trucewatch.engine.ingest;

import java.util.List;

/**
 * The Kafka topics a distributed deployment reads its inputs from, one per layer, and the topics
 * it writes to. {@code trucewatch publish} writes each input file as one record to its layer's
 * topic (key: the file's name; header {@value #FORMAT_HEADER}: its format code), and the Flink job
 * reads them back with the same readers as a ledger replay.
 */
public final class InputTopics {
  /** Raw AIS NMEA logs. */
  public static final String AIS = "trucewatch.ais";
  /** NASA FIRMS CSV. */
  public static final String FIRMS = "trucewatch.firms";
  /** Incident reports: text with a header, report JSON lines, ACLED CSV. */
  public static final String REPORTS = "trucewatch.reports";
  /** Generic observations: observation JSON lines, air-layer GeoJSON, MISB, GPX and KML tracks. */
  public static final String OBSERVATIONS = "trucewatch.observations";
  /** Source declarations (sources YAML), which grade the sources of every layer. */
  public static final String SOURCES = "trucewatch.sources";
  /** Findings, keyed by finding id, as {@code findings.jsonl} lines; an empty value withdraws one. */
  public static final String FINDINGS = "trucewatch.findings";
  /** Incidents, keyed by incident id, as GeoJSON features; an empty value withdraws one. */
  public static final String INCIDENTS = "trucewatch.incidents";
  /** Rejected input lines and records, as {@code rejects.jsonl} lines. */
  public static final String REJECTS = "trucewatch.rejects";

  /** The header naming a record's format code. */
  public static final String FORMAT_HEADER = "format";

  /** Every input topic, in a fixed order. */
  public static final List<String> INPUTS = List.of(AIS, FIRMS, REPORTS, OBSERVATIONS, SOURCES);

  /** Every output topic, in a fixed order. */
  public static final List<String> OUTPUTS = List.of(FINDINGS, INCIDENTS, REJECTS);

  private InputTopics() {}

  /** The input topic for a format code as the ledger stores it. */
  public static String forFormat(String format) {
    switch (format) {
      case "ais-nmea":
        return AIS;
      case "firms-csv":
        return FIRMS;
      case "report-text":
      case "reports-jsonl":
      case "acled-csv":
        return REPORTS;
      case "sources-yaml":
        return SOURCES;
      default:
        return OBSERVATIONS;
    }
  }
}
