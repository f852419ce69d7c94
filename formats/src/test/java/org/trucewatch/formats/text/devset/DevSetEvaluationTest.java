package org.trucewatch.formats.text.devset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportExtractor;

/**
 * The harness of the ground development set: that it scores right on texts with known answers,
 * that the set itself is well-formed, and the run that prints and writes the figures (which
 * asserts no quality target: the figures are recorded in docs/ground-layer.md, before and after).
 */
class DevSetEvaluationTest {
  static final Path SET = Path.of("src/test/resources/ground-devset");
  static final Path OUT = Path.of("target/ground-devset");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double KHARKIV_LAT = 49.98081;
  private static final double KHARKIV_LON = 36.25272;

  private static LabelledText labelled(
      String id, List<LabelledText.LabelledPlace> places, Integer killed, Integer injured, Set<String> means) {
    return new LabelledText(id, Language.EN, "https://example.org/" + id, "", Optional.empty(), "text", places,
        of(killed), of(injured), OptionalInt.empty(), means);
  }

  private static OptionalInt of(Integer n) {
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  private static double[] kmEastOfKharkiv(double km) {
    Coordinate c = Geodesy.destination(new Coordinate(KHARKIV_LON, KHARKIV_LAT), 90, km * 1000);
    return new double[] {c.y, c.x};
  }

  private static Prediction placesOnly(double[] place) {
    return new Prediction(List.of(place), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Set.of());
  }

  @Test
  void scoresATinySetWithKnownAnswers() {
    LabelledText.LabelledPlace kharkiv = new LabelledText.LabelledPlace("Kharkiv", 706483, KHARKIV_LAT, KHARKIV_LON);
    LabelledText.LabelledPlace kupiansk = new LabelledText.LabelledPlace("Kupiansk", 703656, 49.71003, 37.61581);
    DevSetScores s = new DevSetScores();
    // text 1: Kharkiv found 10 km off, Kupiansk missed, a wrong place far away; killed right, injured 0 for "not said"
    s.add(labelled("a", List.of(kharkiv, kupiansk), 2, null, Set.of("drone", "artillery")),
        new Prediction(List.of(kmEastOfKharkiv(10), new double[] {46.6, 32.6}), OptionalInt.of(2), OptionalInt.of(0),
            OptionalInt.empty(), Set.of("drone", "missile")));
    // text 2: no place labelled, none predicted; "not said" both sides is right
    s.add(labelled("b", List.of(), null, 3, Set.of()),
        new Prediction(List.of(), OptionalInt.empty(), OptionalInt.of(3), OptionalInt.empty(), Set.of()));
    DevSetScores.Tally t = s.tally("en");
    assertThat(t.texts()).isEqualTo(2);
    assertThat(t.placePrecision()).isEqualTo(0.5);
    assertThat(t.placeRecall()).isEqualTo(0.5);
    // text 1 has a place within 15 km of a labelled one; text 2 has no labelled place and is not counted
    assertThat(t.placeNearShare()).isEqualTo(1.0);
    assertThat(t.killedAccuracy()).isEqualTo(1.0);
    assertThat(t.injuredAccuracy()).isEqualTo(0.5);
    assertThat(t.childrenAccuracy()).isEqualTo(1.0);
    assertThat(t.meansPrecision()).isEqualTo(0.5);
    assertThat(t.meansRecall()).isEqualTo(0.5);
    assertThat(s.tally("all").texts()).isEqualTo(2);
    assertThat(s.table()).contains(
        "| en | 2 | 0.50 (1/2) | 0.50 (1/2) | 1.00 (1/1) | 1.00 (2/2) | 0.50 (1/2) | 1.00 (2/2) | 0.50 (1/2) | 0.50 (1/2) | 0 |");
  }

  @Test
  void aPlaceFourteenKilometresOffCountsAndSixteenDoesNot() {
    LabelledText.LabelledPlace kharkiv = new LabelledText.LabelledPlace("Kharkiv", 706483, KHARKIV_LAT, KHARKIV_LON);
    DevSetScores s = new DevSetScores();
    s.add(labelled("a", List.of(kharkiv), null, null, Set.of()),
        placesOnly(kmEastOfKharkiv(14)));
    s.add(labelled("b", List.of(kharkiv), null, null, Set.of()),
        placesOnly(kmEastOfKharkiv(16)));
    assertThat(s.tally("en").placePrecision()).isEqualTo(0.5);
    assertThat(s.tally("en").placeRecall()).isEqualTo(0.5);
    assertThat(s.tally("en").placeNearShare()).isEqualTo(0.5);
  }

  @Test
  void countsATotalOnceAndNotItsParts() throws IOException {
    List<JsonNode> mentions = List.of(
        JSON.readTree("{\"location_precision\":\"region\",\"places\":[{\"lat\":49.8,\"lon\":36.5}],\"means\":\"drone\","
            + "\"scope\":\"total\",\"casualties\":{\"killed\":{\"min\":0,\"max\":0},\"injured\":{\"min\":17,\"max\":null},"
            + "\"minors\":{\"min\":2,\"max\":null}}}"),
        JSON.readTree("{\"location_precision\":\"settlement\",\"places\":[{\"lat\":49.98,\"lon\":36.25}],\"means\":\"drone\","
            + "\"scope\":\"part\",\"casualties\":{\"killed\":{\"min\":0,\"max\":0},\"injured\":{\"min\":9,\"max\":9},"
            + "\"minors\":{\"min\":0,\"max\":0}}}"),
        JSON.readTree("{\"location_precision\":\"settlement\",\"places\":[{\"lat\":48.5,\"lon\":37.9}],\"means\":\"artillery\","
            + "\"scope\":\"single\",\"casualties\":{\"killed\":{\"min\":1,\"max\":1},\"injured\":null}}"));
    Prediction p = DevSetEvaluation.prediction(mentions);
    assertThat(p.killed()).isEqualTo(OptionalInt.of(1));
    assertThat(p.injured()).isEqualTo(OptionalInt.of(17));
    assertThat(p.children()).isEqualTo(OptionalInt.of(2));
    assertThat(p.means()).containsExactlyInAnyOrder("drone", "artillery");
    assertThat(p.places()).hasSize(2); // the region is no place
  }

  @Test
  void readsUnknownAsNoFigureNoneAsZeroAndAboutAsTheMiddle() throws IOException {
    assertThat(DevSetEvaluation.value(null)).isEmpty();
    assertThat(DevSetEvaluation.value(JSON.readTree("null"))).isEmpty();
    assertThat(DevSetEvaluation.value(JSON.readTree("{\"min\":0,\"max\":0}"))).hasValue(0);
    assertThat(DevSetEvaluation.value(JSON.readTree("{\"min\":2,\"max\":null}"))).hasValue(2);
    assertThat(DevSetEvaluation.value(JSON.readTree("{\"min\":0,\"max\":5}"))).hasValue(5);
    assertThat(DevSetEvaluation.value(JSON.readTree("{\"min\":18,\"max\":22}"))).hasValue(20);
    assertThat(DevSetEvaluation.value(JSON.readTree("{\"min\":9,\"max\":9}"))).hasValue(9);
    assertThat(DevSetEvaluation.value(JSON.readTree("{\"min\":0,\"max\":null}"))).isEmpty();
    assertThat(DevSetEvaluation.prediction(List.of()).killed()).isEmpty();
  }

  @Test
  void rejectsALineWithoutPlacesNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("en.jsonl");
    String good = "{\"id\":\"en-001\",\"language\":\"en\",\"url\":\"https://example.org\",\"title\":\"t\",\"published\":null,"
        + "\"text\":\"Shelling of Kharkiv.\",\"places\":[],\"killed\":null,\"injured\":0,\"children\":null,\"means\":[]}";
    Files.writeString(f, good + "\n" + good.replace("\"places\":[],", "") + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DevSetReader.read(f)).hasMessageContaining(f + ":2: places");
    String bad = good.replace("\"injured\":0", "\"injured\":\"two\"");
    Files.writeString(f, good + "\n" + bad + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DevSetReader.read(f)).hasMessageContaining(f + ":2: injured");
    Files.writeString(f, good + "\n", StandardCharsets.UTF_8);
    assertThat(DevSetReader.read(f)).singleElement().satisfies(t -> {
      assertThat(t.injured()).hasValue(0);
      assertThat(t.killed()).isEmpty();
    });
  }

  @Test
  void theSetHasFortyTextsOrMoreInEachLanguageWithUniqueIdsAndPlacesInUkraine() throws IOException {
    List<LabelledText> texts = DevSetReader.readFolder(SET);
    Map<Language, Long> perLanguage = texts.stream().collect(Collectors.groupingBy(LabelledText::language, TreeMap::new,
        Collectors.counting()));
    System.out.println("ground development set: " + perLanguage);
    assertThat(perLanguage.keySet()).containsExactlyInAnyOrder(Language.values());
    assertThat(perLanguage.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(40));
    Set<String> ids = new HashSet<>();
    Set<String> vocabulary = Set.of("drone", "missile", "glide-bomb", "artillery", "rocket-launcher");
    for (LabelledText t : texts) {
      assertThat(ids.add(t.id())).as("duplicate id %s", t.id()).isTrue();
      assertThat(t.id()).startsWith(t.language().code() + "-");
      assertThat(t.means()).as("%s means", t.id()).isSubsetOf(vocabulary);
      assertThat(t.url()).as("%s url", t.id()).startsWith("http");
      for (LabelledText.LabelledPlace p : t.places()) {
        assertThat(p.lat()).as("%s %s latitude", t.id(), p.name()).isBetween(44.0, 52.5);
        assertThat(p.lon()).as("%s %s longitude", t.id(), p.name()).isBetween(22.0, 40.3);
      }
      if (t.children().isPresent() && t.injured().isPresent() && t.killed().isPresent()) {
        assertThat(t.children().getAsInt()).as("%s children", t.id())
            .isLessThanOrEqualTo(t.killed().getAsInt() + t.injured().getAsInt());
      }
    }
  }

  @Test
  void measuresTheExtractorOnTheDevelopmentSet() throws IOException {
    List<LabelledText> texts = DevSetReader.readFolder(SET);
    DevSetScores s = new DevSetEvaluation(new ReportExtractor(Gazetteer.bundled())).run(texts, OUT);
    System.out.println("ground development set, " + texts.size() + " texts (" + OUT.resolve("figures.md") + "):");
    System.out.print(s.table());
    assertThat(s.tally("all").texts()).isEqualTo(texts.size());
    for (Language l : Language.values()) {
      assertThat(s.tally(l.code()).texts()).isEqualTo(texts.stream().filter(t -> t.language() == l).count());
    }
    assertThat(Files.readString(OUT.resolve("figures.md"))).isEqualTo(s.table());
    for (String part : LabelledText.PARTS) {
      long inPart = texts.stream().filter(t -> t.part().equals(part)).count();
      if (inPart == 0) {
        // a part being built has no texts yet, and no figures
        assertThat(OUT.resolve("figures-" + part + ".md")).doesNotExist();
        continue;
      }
      System.out.println(part + " part:");
      System.out.print(Files.readString(OUT.resolve("figures-" + part + ".md")));
      assertThat(Files.readString(OUT.resolve("figures-" + part + ".md"))).contains("| all | " + inPart + " |");
    }
    List<String> details = Files.readAllLines(OUT.resolve("details.jsonl"));
    assertThat(details).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertThat(JSON.readTree(details.get(i)).path("id").asText()).isEqualTo(texts.get(i).id());
    }
  }

  @Test
  void everyFifthTextOfALanguageAndEveryTextAddedAfterTheSplitIsHeldOut() {
    assertThat(labelled("uk-005", List.of(), null, null, Set.of()).heldOut()).isTrue();
    assertThat(labelled("uk-010", List.of(), null, null, Set.of()).heldOut()).isTrue();
    assertThat(labelled("uk-011", List.of(), null, null, Set.of()).heldOut()).isFalse();
    assertThat(labelled("de-h01", List.of(), null, null, Set.of()).part()).isEqualTo("held-out");
    assertThat(labelled("en-004", List.of(), null, null, Set.of()).part()).isEqualTo("tuning");
    assertThat(labelled("ru-g03", List.of(), null, null, Set.of()).part()).isEqualTo("fresh");
    assertThat(labelled("ru-g03", List.of(), null, null, Set.of()).heldOut()).isTrue();
  }

  @Test
  void aTextWhoseNumberCarriesABIsInTheBlindPartAndKeptOutOfTuning() {
    assertThat(labelled("uk-b01", List.of(), null, null, Set.of()).part()).isEqualTo("blind");
    assertThat(labelled("de-b20", List.of(), null, null, Set.of()).heldOut()).isTrue();
    assertThat(labelled("en-050", List.of(), null, null, Set.of()).part()).isEqualTo("held-out");
    assertThat(LabelledText.PARTS).containsExactly("tuning", "held-out", "fresh", "blind", "blind-2", "blind-3", "blind-4", "blind-5", "blind-6", "blind-7", "blind-8", "blind-9", "blind-10", "blind-11", "blind-12", "blind-13", "blind-14");
  }

  @Test
  void aTextWhoseNumberCarriesACIsInTheSecondBlindPartAndKeptOutOfTuning() {
    assertThat(labelled("uk-c01", List.of(), null, null, Set.of()).part()).isEqualTo("blind-2");
    assertThat(labelled("de-c20", List.of(), null, null, Set.of()).heldOut()).isTrue();
    assertThat(labelled("en-b01", List.of(), null, null, Set.of()).part()).isEqualTo("blind");
    assertThat(labelled("ru-012", List.of(), null, null, Set.of()).part()).isEqualTo("tuning");
  }

  @Test
  void aTextWhoseNumberCarriesAnNIsANoteOfOurOwnScoredApart() {
    assertThat(labelled("en-n01", List.of(), null, null, Set.of()).part()).isEqualTo("notes");
    assertThat(labelled("en-n80", List.of(), null, null, Set.of()).heldOut()).isTrue();
    assertThat(labelled("en-h01", List.of(), null, null, Set.of()).part()).isEqualTo("held-out");
    assertThat(LabelledText.PARTS).doesNotContain(LabelledText.NOTES);
  }

  @Test
  void notesAreNeverCountedWithTheRealTextsAndEmptyPartsHaveNoFile(@TempDir Path dir) throws IOException {
    List<LabelledText> real = DevSetReader.readFolder(SET).stream().filter(t -> t.part().equals("tuning")).limit(3).toList();
    List<LabelledText> notes = DevSetReader.readFolder(AcledStyleNotesSetTest.NOTES).subList(0, 2);
    List<LabelledText> texts = new java.util.ArrayList<>(real);
    texts.addAll(notes);
    Files.writeString(dir.resolve("figures-blind.md"), "stale", StandardCharsets.UTF_8);
    DevSetScores s = new DevSetEvaluation(new ReportExtractor(Gazetteer.bundled())).run(texts, dir);
    assertThat(s.tally("all").texts()).isEqualTo(3);
    assertThat(Files.readString(dir.resolve("figures.md"))).contains("| all | 3 |");
    assertThat(Files.readString(dir.resolve("figures-tuning.md"))).contains("| all | 3 |");
    assertThat(Files.readString(dir.resolve("figures-notes.md"))).contains("| en | 2 |").contains("| all | 2 |");
    assertThat(dir.resolve("figures-blind.md")).doesNotExist();
    assertThat(dir.resolve("figures-held-out.md")).doesNotExist();
    List<String> details = Files.readAllLines(dir.resolve("details.jsonl"));
    assertThat(details).hasSize(5);
    assertThat(JSON.readTree(details.get(4)).path("part").asText()).isEqualTo("notes");
  }

  @ParameterizedTest(name = "{0} is in part {1} and kept out of tuning")
  @CsvSource({
      "uk-d01, blind-3",
      "de-d20, blind-3",
      "en-c01, blind-2",
      "ru-015, held-out",
      "uk-e01, blind-4",
      "de-e20, blind-4",
      "en-d01, blind-3",
      "ru-020, held-out",
      "uk-f01, blind-5",
      "de-f10, blind-5",
      "en-e01, blind-4",
      "ru-025, held-out",
      "uk-j01, blind-6",
      "de-j20, blind-6",
      "en-f01, blind-5",
      "uk-k01, blind-7",
      "de-k20, blind-7",
      "en-j01, blind-6",
      "uk-l01, blind-8",
      "de-l40, blind-8",
      "en-k01, blind-7",
      "ru-q01, blind-9",
      "en-q40, blind-9",
      "de-l01, blind-8",
      "uk-s01, blind-10",
      "de-s40, blind-10",
      "ru-t01, blind-11",
      "en-t40, blind-11",
      "de-s01, blind-10",
      "uk-v01, blind-12",
      "de-v40, blind-12",
      "ru-x01, blind-13",
      "en-x40, blind-13",
      "de-y01, blind-14",
      "uk-y40, blind-14"
  })
  void aTextWhoseNumberCarriesAPartsLetterIsInThatBlindPartAndKeptOutOfTuning(String id, String part) {
    // d: the third blind part ... x: the thirteenth, y: the fourteenth; a number without a letter (ru-015) is the held-out part
    LabelledText text = labelled(id, List.of(), null, null, Set.of());
    assertThat(text.part()).isEqualTo(part);
    assertThat(text.heldOut()).isTrue();
  }

  @Test
  void theHeldOutPartHoldsAFifthOrMoreOfEachLanguage() throws IOException {
    List<LabelledText> texts = DevSetReader.readFolder(SET);
    for (Language l : Language.values()) {
      long all = texts.stream().filter(t -> t.language() == l).count();
      long heldOut = texts.stream().filter(t -> t.language() == l && t.heldOut()).count();
      assertThat(heldOut).as("%s held out", l).isGreaterThanOrEqualTo(all / 5);
    }
  }

  @Test
  void aTextTheExtractorFailsOnIsCountedAndTheOthersStillScored(@TempDir Path dir) throws IOException {
    List<LabelledText> texts = DevSetReader.readFolder(SET).subList(0, 3);
    ReportExtractor real = new ReportExtractor(Gazetteer.bundled());
    String broken = texts.get(1).text();
    DevSetEvaluation e = new DevSetEvaluation(r -> {
      if (r.text().contains(broken)) {
        throw new IllegalStateException("broken on purpose");
      }
      return real.extract(r);
    });
    DevSetScores s = e.run(texts, dir);
    assertThat(s.tally("all").texts()).isEqualTo(3);
    assertThat(s.tally("all").failed()).isEqualTo(1);
    List<String> details = Files.readAllLines(dir.resolve("details.jsonl"));
    assertThat(JSON.readTree(details.get(1)).path("error").asText()).contains("broken on purpose");
    assertThat(JSON.readTree(details.get(0)).has("error")).isFalse();
    assertThat(JSON.readTree(details.get(0)).path("mentions").asInt()).isPositive();
  }

  @Test
  void twoRunsWriteTheSameBytes(@TempDir Path dir) throws IOException {
    List<LabelledText> texts = DevSetReader.readFolder(SET).subList(0, 20);
    DevSetEvaluation e = new DevSetEvaluation(new ReportExtractor(Gazetteer.bundled()));
    e.run(texts, dir.resolve("a"));
    e.run(texts, dir.resolve("b"));
    for (String f : List.of("figures.md", "details.jsonl")) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f)))
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
  }
}
