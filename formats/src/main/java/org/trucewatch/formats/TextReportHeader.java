package org.trucewatch.formats;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code key: value} lines that open a plain-text report. Kept beside the format detector
 * (which recognises a report by its first line) rather than in {@code formats.report}, so that the
 * detector does not depend on a reader package that depends on it.
 */
public final class TextReportHeader {
  /** The header keys, in the order the docs list them. */
  public static final List<String> KEYS = List.of("source", "channel", "published", "language");
  /** One header line: group 1 is the key, group 2 the value. */
  public static final Pattern LINE = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.*)$");

  private TextReportHeader() {}

  /** Whether the first content line of a file is a report header line. */
  public static boolean startsWith(String firstContentLine) {
    Matcher m = LINE.matcher(firstContentLine.strip());
    return m.matches() && KEYS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
