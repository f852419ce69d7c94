package org.trucewatch.formats.text.devset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.text.Language;

/**
 * The blind English event notes in ACLED's conventions ({@code ground-notes-blind/README.md},
 * {@code ground-notes-blind-2/README.md}, {@code ground-notes-blind-3/README.md}, {@code
 * ground-notes-blind-4/README.md}, {@code ground-notes-blind-5/README.md}, {@code
 * ground-notes-blind-6/README.md}): that each set parses, is tied to the blind part's texts it was
 * written from (the even positions of the sorted ids numbered 01-20 of parts {@code blind-6},
 * {@code blind-7} and {@code blind-9}, and numbered 21-40 of parts {@code blind-10}, {@code
 * blind-11} and {@code blind-13}; part {@code blind-13} has 76 such ids, so its 38 even positions
 * are followed by the first odd ones until there are 40) and names only
 * GeoNames places of Ukraine, each a labelled place of its source (or, where the source's excerpt
 * names none, a place its headline names). It runs no extractor and asserts no score: each set is
 * scored once, at the end of its round.
 */
class BlindNotesSetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}: en-{1}NN from the even positions of part {3} (ids xx-{2}{4}..+19)")
  @CsvSource({
      "ground-notes-blind,   m, j, blind-6,  1",
      "ground-notes-blind-2, p, k, blind-7,  1",
      "ground-notes-blind-3, r, q, blind-9,  1",
      "ground-notes-blind-4, u, s, blind-10, 21",
      "ground-notes-blind-5, w, t, blind-11, 21",
      "ground-notes-blind-6, z, x, blind-13, 21",
  })
  void fortyNotesEachWrittenFromAnEvenPositionedTextOfItsBlindPart(
      String folder, char noteLetter, char sourceLetter, String sourcePart, int firstNumber)
      throws IOException {
    Path dir = Path.of("src/test/resources", folder);
    List<LabelledText> notes = DevSetReader.readFolder(dir);
    List<LabelledText> devTexts = DevSetReader.readFolder(DevSetEvaluationTest.SET);
    Map<String, LabelledText> dev = devTexts.stream()
        .collect(Collectors.toMap(LabelledText::id, Function.identity()));
    // the selection rule of the READMEs: the part's ids numbered firstNumber to firstNumber + 19
    // (01-20, or 21-40 for the fourth, fifth and sixth notes) sorted, positions 0, 2, ..., then,
    // where a part has fewer than 80 such ids (some numbers unused), positions 1, 3, ... until
    // there are 40; the part's other texts are not the notes' sources
    Pattern numbered = Pattern.compile("[a-z]{2}-" + sourceLetter + "(\\d\\d)");
    List<String> part = devTexts.stream().map(LabelledText::id)
        .filter(id -> {
          Matcher m = numbered.matcher(id);
          return m.matches() && Integer.parseInt(m.group(1)) >= firstNumber
              && Integer.parseInt(m.group(1)) < firstNumber + 20;
        })
        .sorted().toList();
    assertThat(part.size()).isBetween(40, 80);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < part.size(); i += 2) {
      chosen.add(part.get(i));
    }
    for (int i = 1; chosen.size() < 40; i += 2) {
      chosen.add(part.get(i));
    }
    Map<Long, Place> gazetteer = Gazetteer.bundled().places().stream()
        .collect(Collectors.toMap(Place::geonameId, Function.identity(), (a, b) -> a));
    List<String> lines = Files.readAllLines(dir.resolve("en.jsonl"), StandardCharsets.UTF_8);
    assertThat(notes).hasSize(40);
    assertThat(lines).hasSize(40);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      LabelledText n = notes.get(i);
      assertThat(n.id()).isEqualTo(String.format("en-%c%02d", noteLetter, i + 1));
      assertThat(n.language()).isEqualTo(Language.EN);
      assertThat(n.part()).isEqualTo(LabelledText.NOTES);
      assertThat(n.heldOut()).isTrue();
      assertThat(n.published()).as("%s date", n.id()).isPresent();
      assertThat(n.text()).as("%s opens with its date", n.id()).startsWith("On ");
      String from = JSON.readTree(lines.get(i)).path("from").asText();
      sources.add(from);
      LabelledText source = dev.get(from);
      assertThat(source).as("%s: no dev-set text %s", n.id(), from).isNotNull();
      assertThat(source.part()).as("%s: %s is of part %s", n.id(), from, sourcePart).isEqualTo(sourcePart);
      assertThat(n.url()).isEqualTo(source.url());
      Set<Long> sourcePlaces = source.places().stream().map(LabelledText.LabelledPlace::geonameId)
          .collect(Collectors.toSet());
      for (LabelledText.LabelledPlace p : n.places()) {
        Place g = gazetteer.get(p.geonameId());
        assertThat(g).as("%s %s: GeoNames id %d", n.id(), p.name(), p.geonameId()).isNotNull();
        assertThat(g.region()).as("%s %s is in Ukraine (UA.zip)", n.id(), p.name()).startsWith("UA-");
        assertThat(p.lat()).as("%s %s lat", n.id(), p.name()).isCloseTo(g.lat(), offset(1e-4));
        assertThat(p.lon()).as("%s %s lon", n.id(), p.name()).isCloseTo(g.lon(), offset(1e-4));
        if (sourcePlaces.isEmpty()) {
          // the excerpt names no place (en-s33 says "our city"); the note names the headline's
          assertThat(source.title()).as("%s %s is named in %s's headline", n.id(), p.name(), from)
              .contains(p.name());
        } else {
          assertThat(sourcePlaces).as("%s %s is a place of %s", n.id(), p.name(), from).contains(p.geonameId());
        }
      }
    }
    assertThat(sources).containsExactlyElementsOf(chosen);
  }
}
