package org.trucewatch.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which format an input is in from its first bytes, and from its file name only when the
 * bytes say nothing.
 *
 * <p>Content comes first because names lie: FIRMS daily files end in {@code .txt}, contributors
 * send {@code .json} for JSON Lines, and a {@code .yaml} may be an agreement rather than a
 * registry. The extension decides only when the head holds no content at all (empty, blank or
 * comment lines only), so an unrecognised file is reported as {@link InputFormat#UNKNOWN} rather
 * than handed to a reader that will reject every line of it.
 */
public final class FormatDetector {
  /** A top-level {@code sources:} key (column 0), optionally followed by a value or comment. */
  private static final Pattern SOURCES_KEY = Pattern.compile("^([\"']?)sources\\1\\s*:(\\s.*)?$");
  /** A JSON object starting with a {@code sources} key: JSON is YAML, so a registry may be written so. */
  private static final Pattern JSON_SOURCES = Pattern.compile("^\\{\\s*\"?sources\"?\\s*:.*");

  /** The chat type of a Telegram Desktop export, near its top. */
  private static final Pattern TELEGRAM_TYPE = Pattern.compile(
      "\"type\"\\s*:\\s*\"(public_channel|private_channel|public_supergroup|private_supergroup|private_group)\"");
  /** Its messages array. */
  private static final Pattern TELEGRAM_MESSAGES = Pattern.compile("\"messages\"\\s*:\\s*\\[");

  /** A free-text report's text key, and the kind key every observation line has. */
  private static final Pattern TEXT_KEY = Pattern.compile("\"text\"\\s*:");
  private static final Pattern KIND_KEY = Pattern.compile("\"kind\"\\s*:");

  /** ST 0601 keys no other JSON input has: a MISB packet decoded to JSON. */
  private static final Pattern MISB_KEYS = Pattern.compile("\"(precisionTimeStamp|frameCenterLatitude)\"\\s*:");
  /** The root element of an XML document, after any declaration, comments and DOCTYPE. */
  private static final Pattern XML_ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?(gpx|kml)[\\s>/]");

  private FormatDetector() {}

  /**
   * The format of an input.
   *
   * @param fileName the name it came in under (only its extension is used), may be empty
   * @param head its first bytes (a few kilobytes are plenty); may end mid-line or mid-character
   */
  public static InputFormat detect(String fileName, byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean sawContent = false;
    boolean first = true;
    for (String raw : text.split("\n", -1)) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.equals("---") || stripped.startsWith("%YAML")) {
        continue;
      }
      sawContent = true;
      if (first) {
        first = false;
        if (stripped.startsWith("{") && text.contains("\"FeatureCollection\"")) {
          return InputFormat.AIR_GEOJSON;
        }
        if (stripped.startsWith("{") && MISB_KEYS.matcher(stripped).find()) {
          return InputFormat.MISB_0601_JSON;
        }
        if (stripped.startsWith("<")) {
          return xmlFormat(text);
        }
        if (stripped.startsWith("{") && TELEGRAM_TYPE.matcher(text).find() && TELEGRAM_MESSAGES.matcher(text).find()) {
          return InputFormat.TELEGRAM_EXPORT;
        }
        if (stripped.startsWith("{")) {
          if (JSON_SOURCES.matcher(stripped).matches()) {
            return InputFormat.SOURCES_YAML;
          }
          // a report has a publication time, or is free text (whose time may come from a dated text); an observation has a kind
          boolean report = stripped.contains("\"published\"")
              || (TEXT_KEY.matcher(stripped).find() && !KIND_KEY.matcher(stripped).find());
          return report ? InputFormat.REPORTS_JSONL : InputFormat.OBSERVATIONS_JSONL;
        }
        if (isFirmsHeader(stripped)) {
          return InputFormat.FIRMS_CSV;
        }
        if (isAcledHeader(stripped)) {
          return InputFormat.ACLED_CSV;
        }
        if (TextReportHeader.startsWith(stripped)) {
          return InputFormat.REPORT_TEXT;
        }
      }
      if (isAisSentence(stripped)) {
        return InputFormat.AIS_NMEA;
      }
      if (SOURCES_KEY.matcher(line).matches()) {
        return InputFormat.SOURCES_YAML;
      }
    }
    return sawContent ? InputFormat.UNKNOWN : byExtension(fileName);
  }

  private static boolean isAcledHeader(String line) {
    java.util.List<String> columns = java.util.Arrays.asList(line.toLowerCase(Locale.ROOT).replace("\"", "").split("\\s*,\\s*"));
    return columns.contains("event_id_cnty") && columns.contains("event_date");
  }

  private static InputFormat xmlFormat(String text) {
    java.util.regex.Matcher m = XML_ROOT.matcher(text);
    if (!m.find()) {
      return InputFormat.UNKNOWN;
    }
    return m.group(2).equals("gpx") ? InputFormat.GPX : InputFormat.KML;
  }

  /**
   * An AIS sentence ({@code !AIVDM}, {@code !BSVDO}...), bare or after a tag block or a logger's
   * prefix. Proprietary {@code $} lines (Gatehouse headers) may come first, so any line counts.
   */
  private static boolean isAisSentence(String line) {
    int bang = line.indexOf('!');
    return bang >= 0
        && line.length() >= bang + 7
        && line.startsWith("VD", bang + 3)
        && (line.charAt(bang + 5) == 'M' || line.charAt(bang + 5) == 'O')
        && line.charAt(bang + 6) == ','
        && (bang == 0 || line.charAt(0) == '\\' || line.charAt(bang - 1) == ' ');
  }

  private static boolean isFirmsHeader(String line) {
    boolean latitude = false;
    boolean longitude = false;
    boolean acqDate = false;
    for (String column : line.split(",", -1)) {
      String c = column.strip().replace("\"", "").toLowerCase(Locale.ROOT);
      latitude |= c.equals("latitude");
      longitude |= c.equals("longitude");
      acqDate |= c.equals("acq_date");
    }
    return latitude && longitude && acqDate;
  }

  private static InputFormat byExtension(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return InputFormat.FIRMS_CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return InputFormat.OBSERVATIONS_JSONL;
    }
    if (name.endsWith(".geojson")) {
      return InputFormat.AIR_GEOJSON;
    }
    if (name.endsWith(".gpx")) {
      return InputFormat.GPX;
    }
    if (name.endsWith(".kml")) {
      return InputFormat.KML;
    }
    if (name.endsWith(".nmea") || name.endsWith(".aivdm") || name.endsWith(".ais")) {
      return InputFormat.AIS_NMEA;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return InputFormat.SOURCES_YAML;
    }
    return InputFormat.UNKNOWN;
  }
}
