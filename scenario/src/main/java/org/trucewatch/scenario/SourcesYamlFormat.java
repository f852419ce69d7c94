package org.trucewatch.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.trucewatch.core.source.Source;

/**
 * {@code sources.yaml}: a {@code sources:} list of {@code id}, {@code name}, {@code reliability}
 * and, for a party's voice, {@code affiliation}. Names and affiliations are double-quoted scalars
 * (JSON string syntax, which YAML accepts), so that no name breaks the file and {@code NO} is not
 * read as false.
 */
final class SourcesYamlFormat {
  private static final JsonFactory JSON = new JsonFactory();

  private SourcesYamlFormat() {}

  /** The whole file. */
  static String file(List<Source> sources) {
    StringBuilder sb = new StringBuilder("sources:\n");
    for (Source s : sources) {
      sb.append("  - id: ").append(plainOrQuoted(s.id())).append('\n');
      sb.append("    name: ").append(quoted(s.name())).append('\n');
      sb.append("    reliability: ").append(s.reliability().name()).append('\n');
      s.affiliation().ifPresent(a -> sb.append("    affiliation: ").append(quoted(a)).append('\n'));
    }
    return sb.toString();
  }

  /** Slugs like {@code ua-kharkiv-ova} as they are; anything YAML could misread, quoted. */
  private static String plainOrQuoted(String text) {
    boolean slug = text.matches("[a-z0-9][a-z0-9-]*");
    boolean special = text.matches("y|n|yes|no|on|off|true|false|null");
    return slug && !special ? text : quoted(text);
  }

  private static String quoted(String text) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return w.toString();
  }
}
