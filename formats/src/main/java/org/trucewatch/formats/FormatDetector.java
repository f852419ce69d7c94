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
        if (stripped.startsWith("{")) {
          return JSON_SOURCES.matcher(stripped).matches() ? InputFormat.SOURCES_YAML : InputFormat.OBSERVATIONS_JSONL;
        }
        if (isFirmsHeader(stripped)) {
          return InputFormat.FIRMS_CSV;
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
    if (name.endsWith(".nmea") || name.endsWith(".aivdm") || name.endsWith(".ais")) {
      return InputFormat.AIS_NMEA;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return InputFormat.SOURCES_YAML;
    }
    return InputFormat.UNKNOWN;
  }
}
