package org.trucewatch.formats.sources;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.formats.Reject;

/**
 * Reads the sources registry: a YAML file with a top-level {@code sources:} list whose entries
 * have {@code id}, {@code name}, {@code reliability} (A-F) and, optionally, {@code affiliation}.
 *
 * <p>The file is read as a stream of tokens rather than a tree so that every reject can name the
 * line the bad value is on, and so that entries before a syntax error are kept. Scalars are taken
 * as written: {@code affiliation: NO} is Norway, not YAML 1.1's {@code false}. Thread-safe.
 */
public final class SourcesYamlReader {
  /** The keys an entry may have. */
  static final List<String> KEYS = List.of("id", "name", "reliability", "affiliation");

  private static final YAMLFactory YAML = new YAMLFactory();

  /** Reads a registry; never throws on bad content. */
  public SourcesReadResult read(String name, byte[] raw) {
    List<Source> sources = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    try (JsonParser p = YAML.createParser(raw)) {
      new Walk(name, p, sources, rejects).document();
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      rejects.add(new Reject(name, line, "", "YAML syntax error: " + yamlMessage(e.getOriginalMessage())));
    } catch (IOException e) {
      rejects.add(new Reject(name, 0, "", "cannot read: " + e.getMessage()));
    }
    return new SourcesReadResult(sources, rejects);
  }

  /** SnakeYAML's message without the quoted source lines and caret it repeats. */
  private static String yamlMessage(String message) {
    StringBuilder sb = new StringBuilder();
    for (String line : message.split("\n")) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("in '")) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "; ").append(line.strip());
    }
    return sb.length() == 0 ? message.strip() : sb.toString();
  }

  /** One pass over the tokens of one file. */
  private static final class Walk {
    private final String name;
    private final JsonParser p;
    private final List<Source> sources;
    private final List<Reject> rejects;
    private final TreeMap<String, Long> idLines = new TreeMap<>();

    Walk(String name, JsonParser p, List<Source> sources, List<Reject> rejects) {
      this.name = name;
      this.p = p;
      this.sources = sources;
      this.rejects = rejects;
    }

    void document() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        rejects.add(new Reject(name, 0, "", "the file is empty; expected a top-level 'sources:' list"));
        return;
      }
      if (t != JsonToken.START_OBJECT) {
        reject("", "expected a mapping with a top-level 'sources:' list");
        return;
      }
      boolean seenSources = false;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        long keyLine = line();
        t = p.nextToken();
        if (!key.equals("sources")) {
          rejects.add(new Reject(name, keyLine, key, "unknown top-level key; the registry has only 'sources'"));
          p.skipChildren();
          continue;
        }
        if (seenSources) {
          rejects.add(new Reject(name, keyLine, key, "given twice"));
          p.skipChildren();
          continue;
        }
        seenSources = true;
        if (t == JsonToken.VALUE_NULL) {
          continue; // "sources:" with nothing under it: an empty registry
        }
        if (t != JsonToken.START_ARRAY) {
          reject("sources", "must be a list of entries with id, name and reliability");
          p.skipChildren();
          continue;
        }
        int index = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          entry(t, "sources[" + index++ + "]");
        }
      }
      if (!seenSources) {
        rejects.add(new Reject(name, 0, "sources", "missing; the registry needs a top-level 'sources:' list"));
      }
      if (p.nextToken() != null) {
        reject("", "only one YAML document is allowed; the rest of the file is ignored");
      }
    }

    private void entry(JsonToken t, String where) throws IOException {
      long entryLine = line();
      if (t != JsonToken.START_OBJECT) {
        reject(where, "must be a mapping with id, name and reliability");
        p.skipChildren();
        return;
      }
      TreeMap<String, String> values = new TreeMap<>();
      TreeMap<String, Long> lines = new TreeMap<>();
      Reject problem = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        long valueLine = line();
        String field = where + "." + key;
        if (problem != null) {
          p.skipChildren();
          continue;
        }
        if (!KEYS.contains(key)) {
          problem = new Reject(name, valueLine, field, "unknown key; known keys are " + String.join(", ", KEYS));
        } else if (lines.containsKey(key)) {
          problem = new Reject(name, valueLine, field, "given twice (first at line " + lines.get(key) + ")");
        } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          problem = new Reject(name, valueLine, field, "must be a single value, not a " + (v == JsonToken.START_OBJECT ? "mapping" : "list"));
        } else if (v != JsonToken.VALUE_NULL) {
          values.put(key, p.getText());
        }
        lines.put(key, valueLine);
        p.skipChildren();
      }
      if (problem == null) {
        problem = check(values, lines, where, entryLine);
      }
      if (problem != null) {
        rejects.add(problem);
        return;
      }
      String id = values.get("id");
      idLines.put(id, entryLine);
      sources.add(new Source(id, values.get("name"), Reliability.parse(values.get("reliability")),
          Optional.ofNullable(values.get("affiliation"))));
    }

    /** The first problem of an entry's values, or null. */
    private Reject check(TreeMap<String, String> values, TreeMap<String, Long> lines, String where, long entryLine) {
      for (String required : List.of("id", "name", "reliability")) {
        String v = values.get(required);
        if (v == null || v.isBlank()) {
          return new Reject(name, lines.getOrDefault(required, entryLine), where + "." + required,
              "missing; each entry needs id, name and reliability");
        }
      }
      String id = values.get("id");
      Optional<String> idProblem = SourceIds.problem(id);
      if (idProblem.isPresent()) {
        return new Reject(name, lines.get("id"), where + ".id", idProblem.get());
      }
      if (idLines.containsKey(id)) {
        return new Reject(name, lines.get("id"), where + ".id",
            "duplicate id '" + id + "', first defined at line " + idLines.get(id));
      }
      String reliability = values.get("reliability");
      if (reliability.length() != 1 || "ABCDEF".indexOf(reliability.toUpperCase(Locale.ROOT).charAt(0)) < 0) {
        return new Reject(name, lines.get("reliability"), where + ".reliability",
            "must be one of A, B, C, D, E, F (A completely reliable ... E unreliable, F cannot be judged), not '"
                + reliability + "'");
      }
      String affiliation = values.get("affiliation");
      if (affiliation != null && (affiliation.isEmpty() || affiliation.chars().anyMatch(Character::isWhitespace))) {
        return new Reject(name, lines.get("affiliation"), where + ".affiliation",
            "must be a party id such as UA or RU, not '" + affiliation + "'");
      }
      return null;
    }

    private void reject(String field, String reason) {
      rejects.add(new Reject(name, line(), field, reason));
    }

    private long line() {
      return p.currentTokenLocation().getLineNr();
    }
  }
}
