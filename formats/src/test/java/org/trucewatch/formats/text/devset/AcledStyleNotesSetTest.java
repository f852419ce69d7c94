package org.trucewatch.formats.text.devset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportExtractor;

/**
 * The English event notes in ACLED's conventions ({@code ground-notes/README.md}): that the set is
 * well-formed and tied to the dev-set texts it was written from, and that the evaluation scores it
 * as its own part (it asserts no quality level: the figures are recorded in docs/ground-layer.md).
 */
class AcledStyleNotesSetTest {
  static final Path NOTES = Path.of("src/test/resources/ground-notes");
  private static final Path OUT = Path.of("target/ground-notes");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eightyEnglishNotesEachWrittenFromARealTextOfTheDevSetWithItsPlaces() throws IOException {
    List<LabelledText> notes = DevSetReader.readFolder(NOTES);
    Map<String, LabelledText> dev = DevSetReader.readFolder(DevSetEvaluationTest.SET).stream()
        .collect(Collectors.toMap(LabelledText::id, Function.identity()));
    List<String> lines = Files.readAllLines(NOTES.resolve("en.jsonl"), StandardCharsets.UTF_8);
    assertThat(notes).hasSize(80);
    Set<String> sources = new TreeSet<>();
    for (int i = 0; i < notes.size(); i++) {
      LabelledText n = notes.get(i);
      assertThat(n.id()).isEqualTo(String.format("en-n%02d", i + 1));
      assertThat(n.language()).isEqualTo(Language.EN);
      assertThat(n.part()).isEqualTo(LabelledText.NOTES);
      assertThat(n.published()).as("%s date", n.id()).isPresent();
      assertThat(n.text()).as("%s opens with its date", n.id()).startsWith("On ");
      String from = JSON.readTree(lines.get(i)).path("from").asText();
      assertThat(from).as("%s from", n.id()).doesNotContain("-d");
      assertThat(sources.add(from)).as("%s: a second note from %s", n.id(), from).isTrue();
      LabelledText source = dev.get(from);
      assertThat(source).as("%s: no dev-set text %s", n.id(), from).isNotNull();
      assertThat(n.url()).isEqualTo(source.url());
      Set<Long> sourcePlaces = source.places().stream().map(LabelledText.LabelledPlace::geonameId)
          .collect(Collectors.toSet());
      for (LabelledText.LabelledPlace p : n.places()) {
        assertThat(sourcePlaces).as("%s %s is a place of %s", n.id(), p.name(), from).contains(p.geonameId());
      }
    }
    assertThat(sources.stream().map(s -> s.substring(0, 2)).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("de", "en", "ru", "uk");
  }

  @Test
  void theEvaluationScoresTheNotesFolderAsItsOwnPartAndWritesNoRealTextFigures() throws IOException {
    List<LabelledText> notes = DevSetReader.readFolder(NOTES);
    DevSetScores real = new DevSetEvaluation(new ReportExtractor(Gazetteer.bundled())).run(notes, OUT);
    String figures = Files.readString(OUT.resolve("figures-notes.md"), StandardCharsets.UTF_8);
    System.out.println("English event notes in ACLED's conventions (" + OUT.resolve("figures-notes.md") + "):");
    System.out.print(figures);
    assertThat(figures).contains("| en | 80 |").contains("| all | 80 | ");
    assertThat(OUT.resolve("figures.md")).doesNotExist();
    for (String part : LabelledText.PARTS) {
      assertThat(OUT.resolve("figures-" + part + ".md")).doesNotExist();
    }
    assertThat(real.table()).doesNotContain("| all |");
    List<String> details = Files.readAllLines(OUT.resolve("details.jsonl"), StandardCharsets.UTF_8);
    assertThat(details).hasSize(80);
    List<String> parts = new ArrayList<>();
    for (String d : details) {
      JsonNode n = JSON.readTree(d);
      parts.add(n.path("part").asText());
      assertThat(n.has("error")).as("%s failed", n.path("id").asText()).isFalse();
    }
    assertThat(parts).containsOnly(LabelledText.NOTES);
  }
}
