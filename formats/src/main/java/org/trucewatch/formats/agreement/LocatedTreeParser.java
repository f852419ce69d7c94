package org.trucewatch.formats.agreement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds a {@link LocatedNode} tree from a Jackson token stream (YAML or JSON), keeping each
 * token's line and column, which a data-binding tree would throw away. Syntax errors and
 * duplicate keys become problems.
 */
final class LocatedTreeParser {
  private final FieldPointer file;
  private final Problems problems;

  private LocatedTreeParser(String file, Problems problems) {
    this.file = FieldPointer.root(file);
    this.problems = problems;
  }

  /**
   * Parses the first document of {@code text}.
   *
   * @param factory a YAML or JSON factory
   * @param file the file's name for problems
   * @return the document's root, or empty when the text is empty or not well-formed (a problem is
   *     then recorded)
   */
  static Optional<LocatedNode> parse(JsonFactory factory, String file, String text, Problems problems) {
    return new LocatedTreeParser(file, problems).parse(factory, text);
  }

  private Optional<LocatedNode> parse(JsonFactory factory, String text) {
    problems.registerFile(file.file());
    try (JsonParser p = factory.createParser(text)) {
      if (p.nextToken() == null) {
        problems.add(file, 1, 1, "the file is empty");
        return Optional.empty();
      }
      LocatedNode root = value(p, new ArrayList<>());
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        problems.add(file, at.getLineNr(), at.getColumnNr(),
            "the file holds more than one document; put everything in one");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      syntaxError(e, factory.getFormatName());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(file, 0, 0, "cannot parse: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads the value whose first token is current; {@code path} is for duplicate-key messages. */
  private LocatedNode value(JsonParser p, List<String> path) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, LocatedMap.Entry> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation keyAt = p.currentTokenLocation();
        String key = p.currentName();
        p.nextToken();
        path.add(key);
        LocatedNode v = value(p, path);
        path.remove(path.size() - 1);
        LocatedMap.Entry previous = entries.get(key);
        if (previous != null) {
          problems.add(pointer(path).key(key), keyAt.getLineNr(), keyAt.getColumnNr(),
              "key '" + key + "' appears twice in this mapping (first on line " + previous.keyLine()
                  + "); only the first is used");
        } else {
          entries.put(key, new LocatedMap.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), v));
        }
      }
      return new LocatedMap(entries, line, column);
    }
    if (t == JsonToken.START_ARRAY) {
      List<LocatedNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        path.add("[" + items.size() + "]");
        items.add(value(p, path));
        path.remove(path.size() - 1);
      }
      return new LocatedList(items, line, column);
    }
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Jackson hands an alias over as the anchor's name, not the anchored value
      problems.add(pointer(path), line, column,
          "YAML aliases (*" + p.getText() + ") are not supported; write the value out in full");
      return new LocatedScalar("", LocatedScalar.Type.NULL, Double.NaN, line, column);
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return new LocatedScalar(p.getText(), LocatedScalar.Type.NUMBER, p.getDoubleValue(), line, column);
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return new LocatedScalar(p.getText(), LocatedScalar.Type.BOOLEAN, Double.NaN, line, column);
    }
    if (t == JsonToken.VALUE_NULL) {
      String text = p.getText();
      return new LocatedScalar(text == null ? "" : text, LocatedScalar.Type.NULL, Double.NaN, line, column);
    }
    // strings, and anything else scalar (embedded objects do not occur in YAML or JSON text)
    String text = p.getText();
    return new LocatedScalar(text == null ? "" : text, LocatedScalar.Type.TEXT, Double.NaN, line, column);
  }

  private FieldPointer pointer(List<String> path) {
    FieldPointer at = file;
    for (String part : path) {
      at = part.startsWith("[") ? new FieldPointer(at.file(), at.path() + part) : at.key(part);
    }
    return at;
  }

  private void syntaxError(JsonProcessingException e, String format) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof MarkedYAMLException)) {
      cause = cause.getCause();
    }
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      String context = marked.getContext();
      String message = (context == null ? "" : context + ": ") + marked.getProblem();
      Mark start = marked.getContextMark();
      if (start != null && start.getLine() != mark.getLine()) {
        // an unclosed quote or bracket is only noticed far below where it was opened
        message += " (what is unfinished began on line " + (start.getLine() + 1) + ")";
      }
      problems.add(file, mark.getLine() + 1, mark.getColumn() + 1, "YAML syntax error: " + message);
      return;
    }
    JsonLocation at = e.getLocation();
    problems.add(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
        format + " syntax error: " + e.getOriginalMessage());
  }
}
