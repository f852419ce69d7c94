package org.trucewatch.formats.text.devset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.report.TextReport;
import org.trucewatch.formats.report.TextReportParser;
import org.trucewatch.formats.text.ExtractionJson;
import org.trucewatch.formats.text.IncidentMention;
import org.trucewatch.formats.text.ReportExtractor;
import org.trucewatch.formats.text.ReportText;

/**
 * Runs the extractor on every text of the ground development set, as {@code trucewatch extract}
 * would on a file with a {@code published:} and {@code language:} header, and scores what it
 * prints against the hand labels. Writes the figures table and, for each text, what was
 * labelled and what was predicted, so that a wrong figure can be traced to its text.
 */
public final class DevSetEvaluation {
  /** The publication time given to texts whose source shows no date: times are not scored. */
  static final Instant NOMINAL_PUBLICATION = Instant.parse("2000-01-01T12:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<ReportText, IncidentMention.Extraction> extractor;

  /** An evaluation with this extractor. */
  public DevSetEvaluation(ReportExtractor extractor) {
    this(extractor::extract);
  }

  /** An evaluation with any extraction function (the tests use one that fails on purpose). */
  DevSetEvaluation(Function<ReportText, IncidentMention.Extraction> extractor) {
    this.extractor = extractor;
  }

  /**
   * Evaluates the set in {@code args[0]} (default: the test resource) and writes the figures to
   * {@code args[1]} (default: {@code target/ground-devset}).
   */
  public static void main(String[] args) throws IOException {
    Path set = Path.of(args.length > 0 ? args[0] : "src/test/resources/ground-devset");
    Path out = Path.of(args.length > 1 ? args[1] : "target/ground-devset");
    List<LabelledText> texts = DevSetReader.readFolder(set);
    DevSetEvaluation e = new DevSetEvaluation(new ReportExtractor(Gazetteer.bundled()));
    e.run(texts, out);
    if (Files.exists(out.resolve("figures.md"))) {
      System.out.print(Files.readString(out.resolve("figures.md"), StandardCharsets.UTF_8));
    }
    for (String part : reportedParts()) {
      Path figures = out.resolve("figures-" + part + ".md");
      if (Files.exists(figures)) {
        System.out.println(part + ":");
        System.out.print(Files.readString(figures, StandardCharsets.UTF_8));
      }
    }
    System.out.println("details: " + out.resolve("details.jsonl").toAbsolutePath());
  }

  /** The parts a run may write figures of: the real texts' parts, then the notes. */
  static List<String> reportedParts() {
    List<String> parts = new ArrayList<>(LabelledText.PARTS);
    parts.add(LabelledText.NOTES);
    return parts;
  }

  /**
   * Scores every text and writes into the folder {@code figures.md} (all real texts: every part but
   * the notes), {@code figures-<part>.md} for each part that has texts ({@code tuning}, {@code
   * held-out}, ..., {@code notes}, see {@link LabelledText#part}; a part without texts has no file,
   * and a stale one from an earlier run is removed) and {@code details.jsonl} (each line names its
   * text's part). Returns the scores of the real texts; the notes (ACLED-style notes of our own)
   * are never mixed into them.
   */
  public DevSetScores run(List<LabelledText> texts, Path out) throws IOException {
    DevSetScores scores = new DevSetScores();
    int realTexts = 0;
    Map<String, DevSetScores> parts = new TreeMap<>();
    StringBuilder details = new StringBuilder();
    for (LabelledText t : texts) {
      List<JsonNode> mentions;
      Optional<String> failure = Optional.empty();
      try {
        mentions = mentions(t);
      } catch (RuntimeException e) {
        // one text that breaks the extractor must not hide the figures of the others
        failure = Optional.of(String.valueOf(e));
        System.err.println("ground devset: " + t.id() + ": the extractor failed: " + e);
        mentions = List.of();
      }
      Prediction p = prediction(mentions);
      if (!t.part().equals(LabelledText.NOTES)) {
        scores.add(t, p, failure.isPresent());
        realTexts++;
      }
      parts.computeIfAbsent(t.part(), k -> new DevSetScores()).add(t, p, failure.isPresent());
      details.append(detail(t, p, mentions, failure)).append('\n');
    }
    Files.createDirectories(out);
    write(out.resolve("figures.md"), realTexts > 0 ? Optional.of(scores) : Optional.empty());
    for (String part : reportedParts()) {
      write(out.resolve("figures-" + part + ".md"), Optional.ofNullable(parts.get(part)));
    }
    Files.writeString(out.resolve("details.jsonl"), details.toString(), StandardCharsets.UTF_8);
    return scores;
  }

  /** Writes the figures table, or removes the file of an earlier run when there are no texts to score. */
  private static void write(Path file, Optional<DevSetScores> scores) throws IOException {
    if (scores.isPresent()) {
      Files.writeString(file, scores.get().table(), StandardCharsets.UTF_8);
    } else {
      Files.deleteIfExists(file);
    }
  }

  /** The mentions the extractor prints for a text, as the JSON objects of {@code trucewatch extract}. */
  List<JsonNode> mentions(LabelledText t) {
    String header = t.published().map(d -> "published: " + d + "\n").orElse("")
        + "language: " + t.language().code() + "\n\n";
    Optional<Instant> override = t.published().isPresent() ? Optional.empty() : Optional.of(NOMINAL_PUBLICATION);
    TextReport report = TextReportParser.parse(t.id(), header + t.text(), override, Optional.empty());
    if (report.report().isEmpty()) {
      throw new IllegalStateException(t.id() + ": the report parser refused the text: " + report.rejects());
    }
    IncidentMention.Extraction x = extractor.apply(report.report().get());
    List<JsonNode> out = new ArrayList<>();
    for (IncidentMention m : x.mentions()) {
      try {
        out.add(JSON.readTree(ExtractionJson.line(m, t.id())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * What the mentions of one text say about the whole text: every settlement they resolved; per
   * casualty category the sum over the mentions that are not a part of a total (a total already
   * holds its parts), or nothing when no mention gives that figure; every means named.
   */
  static Prediction prediction(List<JsonNode> mentions) {
    List<double[]> places = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    TreeSet<String> means = new TreeSet<>();
    for (JsonNode m : mentions) {
      if ("settlement".equals(m.path("location_precision").asText())) {
        for (JsonNode p : m.path("places")) {
          double[] c = {p.path("lat").asDouble(), p.path("lon").asDouble()};
          if (seen.add(c[0] + "," + c[1])) {
            places.add(c);
          }
        }
      }
      if (m.hasNonNull("means")) {
        means.add(m.get("means").asText());
      }
    }
    List<JsonNode> counted = mentions.stream().filter(m -> !"part".equals(m.path("scope").asText())
        && !"troops".equals(m.path("kind").asText())).toList();
    return new Prediction(places, sum(counted, "killed"), sum(counted, "injured"), sum(counted, "minors"), means);
  }

  private static OptionalInt sum(List<JsonNode> mentions, String category) {
    boolean any = false;
    int total = 0;
    for (JsonNode m : mentions) {
      OptionalInt v = value(m.path("casualties").get(category));
      if (v.isPresent()) {
        any = true;
        total += v.getAsInt();
      }
    }
    return any ? OptionalInt.of(total) : OptionalInt.empty();
  }

  /**
   * The number a count stands for, as a reader would quote it: "at least 2" ({2, open}) is 2,
   * "about 20" ({18, 22}) is 20, the middle of its range; "up to 5" ({0, 5}) is 5; nothing for a
   * missing, null or entirely open count.
   */
  static OptionalInt value(JsonNode count) {
    if (count == null || count.isNull()) {
      return OptionalInt.empty();
    }
    if (count.isIntegralNumber()) {
      return OptionalInt.of(count.asInt());
    }
    int min = count.path("min").asInt(0);
    JsonNode max = count.get("max");
    boolean open = max == null || max.isNull();
    if (min == 0) {
      return open ? OptionalInt.empty() : OptionalInt.of(max.asInt());
    }
    return open ? OptionalInt.of(min) : OptionalInt.of((min + max.asInt() + 1) / 2);
  }

  private static String detail(LabelledText t, Prediction p, List<JsonNode> mentions, Optional<String> failure) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", t.id());
    d.put("part", t.part());
    failure.ifPresent(f -> d.put("error", f));
    ObjectNode label = d.putObject("label");
    t.places().forEach(pl -> label.withArray("places").addObject()
        .put("name", pl.name()).put("lat", pl.lat()).put("lon", pl.lon()));
    putCount(label, "killed", t.killed());
    putCount(label, "injured", t.injured());
    putCount(label, "children", t.children());
    new TreeSet<>(t.means()).forEach(m -> label.withArray("means").add(m));
    ObjectNode pred = d.putObject("predicted");
    for (JsonNode m : mentions) {
      for (JsonNode pl : m.path("places")) {
        pred.withArray("places").addObject()
            .put("name", pl.path("name").asText())
            .put("precision", m.path("location_precision").asText())
            .put("lat", pl.path("lat").asDouble())
            .put("lon", pl.path("lon").asDouble());
      }
    }
    putCount(pred, "killed", p.killed());
    putCount(pred, "injured", p.injured());
    putCount(pred, "children", p.children());
    new TreeSet<>(p.means()).forEach(m -> pred.withArray("means").add(m));
    d.put("mentions", mentions.size());
    return d.toString();
  }

  private static void putCount(ObjectNode n, String key, OptionalInt v) {
    if (v.isPresent()) {
      n.put(key, v.getAsInt());
    } else {
      n.putNull(key);
    }
  }
}
