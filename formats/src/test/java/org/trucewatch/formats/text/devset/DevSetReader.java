package org.trucewatch.formats.text.devset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.trucewatch.formats.text.Language;

/** Reads the development set: one JSON object a line, in one {@code .jsonl} file per language. */
public final class DevSetReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DevSetReader() {}

  /** Every text of every {@code .jsonl} file in the folder, files in name order. */
  public static List<LabelledText> readFolder(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(folder + ": no .jsonl files");
    }
    List<LabelledText> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(read(f));
    }
    return out;
  }

  /** The texts of one file; a bad line is an error naming the file, line and field. */
  public static List<LabelledText> read(Path file) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode n;
      try {
        n = JSON.readTree(lines.get(i));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
      }
      out.add(text(n, where));
    }
    return out;
  }

  static LabelledText text(JsonNode n, String where) {
    Language language;
    try {
      language = Language.parse(string(n, "language", where));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": language: " + e.getMessage(), e);
    }
    Optional<LocalDate> published = Optional.empty();
    if (n.hasNonNull("published")) {
      try {
        published = Optional.of(LocalDate.parse(n.get("published").asText()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": published: must be a date like 2024-09-28 or null", e);
      }
    }
    List<LabelledText.LabelledPlace> places = new ArrayList<>();
    JsonNode ps = n.get("places");
    if (ps == null || !ps.isArray()) {
      throw new IllegalArgumentException(where + ": places: must be an array (empty when the text names no place)");
    }
    for (JsonNode p : ps) {
      if (!p.path("lat").isNumber() || !p.path("lon").isNumber() || !p.path("geonameid").canConvertToLong()) {
        throw new IllegalArgumentException(where + ": places: each needs name, geonameid, lat and lon");
      }
      places.add(new LabelledText.LabelledPlace(
          p.path("name").asText(), p.get("geonameid").asLong(), p.get("lat").asDouble(), p.get("lon").asDouble()));
    }
    TreeSet<String> means = new TreeSet<>();
    JsonNode ms = n.get("means");
    if (ms == null || !ms.isArray()) {
      throw new IllegalArgumentException(where + ": means: must be an array (empty when the text names none)");
    }
    ms.forEach(m -> means.add(m.asText()));
    return new LabelledText(string(n, "id", where), language, string(n, "url", where), n.path("title").asText(""),
        published, string(n, "text", where), places, count(n, "killed", where), count(n, "injured", where),
        count(n, "children", where), means);
  }

  private static String string(JsonNode n, String key, String where) {
    if (!n.hasNonNull(key) || n.get(key).asText().isBlank()) {
      throw new IllegalArgumentException(where + ": " + key + ": missing");
    }
    return n.get(key).asText();
  }

  private static OptionalInt count(JsonNode n, String key, String where) {
    if (!n.has(key)) {
      throw new IllegalArgumentException(where + ": " + key + ": missing (null where the text does not say)");
    }
    JsonNode v = n.get(key);
    if (v.isNull()) {
      return OptionalInt.empty();
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
      throw new IllegalArgumentException(where + ": " + key + ": must be a count of people or null, not " + v);
    }
    return OptionalInt.of(v.asInt());
  }
}
