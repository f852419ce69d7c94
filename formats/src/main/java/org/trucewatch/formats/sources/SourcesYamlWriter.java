package org.trucewatch.formats.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trucewatch.core.source.Source;

/**
 * Writes a sources registry that {@link SourcesYamlReader} reads back to the same sources:
 * entries sorted by id, keys in the order id, name, reliability, affiliation, text plain where
 * YAML reads it back unchanged and double-quoted otherwise.
 */
public final class SourcesYamlWriter {
  /** Plain scalars YAML 1.1 would read as booleans or null. */
  private static final Set<String> SPECIAL =
      Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");

  private SourcesYamlWriter() {}

  /**
   * The registry text.
   *
   * @throws IllegalArgumentException when two sources share an id, or an id is malformed
   */
  public static String toYaml(List<Source> sources) {
    List<Source> sorted = new ArrayList<>(sources);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    if (sorted.isEmpty()) {
      return "sources: []\n";
    }
    StringBuilder sb = new StringBuilder("sources:\n");
    for (int i = 0; i < sorted.size(); i++) {
      Source s = sorted.get(i);
      if (i > 0 && sorted.get(i - 1).id().equals(s.id())) {
        throw new IllegalArgumentException("two sources have the id " + s.id());
      }
      SourceIds.problem(s.id()).ifPresent(p -> {
        throw new IllegalArgumentException("source id " + p);
      });
      sb.append("  - id: ").append(scalar(s.id())).append('\n');
      sb.append("    name: ").append(scalar(s.name())).append('\n');
      sb.append("    reliability: ").append(s.reliability().name()).append('\n');
      s.affiliation().ifPresent(a -> sb.append("    affiliation: ").append(scalar(a)).append('\n'));
    }
    return sb.toString();
  }

  /** The text as a YAML scalar: plain when that reads back as the same string, else quoted. */
  static String scalar(String s) {
    return isPlainSafe(s) ? s : quoted(s);
  }

  private static boolean isPlainSafe(String s) {
    if (s.isEmpty() || SPECIAL.contains(s.toLowerCase(Locale.ROOT)) || !Character.isLetter(s.charAt(0))
        || s.charAt(0) > 127 || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || " ._()/,'-".indexOf(c) >= 0;
      if (!ok || (c == ' ' && s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
