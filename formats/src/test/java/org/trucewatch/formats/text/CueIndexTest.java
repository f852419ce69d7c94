package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.text.devset.DevSetReader;
import org.trucewatch.formats.text.devset.LabelledText;

/** The indexed cue search gives what trying every cue at every token gives. */
class CueIndexTest {
  @Test
  void anIndexedSearchFindsTheSameMatchesAsTryingEveryCueOnEveryDevSetText() throws IOException {
    List<LabelledText> texts = DevSetReader.readFolder(Path.of("src/test/resources/ground-devset"));
    int matches = 0;
    for (LabelledText t : texts) {
      List<Token> tokens = Token.of(t.text(), 0, t.text().length());
      for (Lexicon.Kind k : Lexicon.Kind.values()) {
        List<Cue.Match> every = Cue.find(Lexicon.cues(t.language(), k), tokens);
        assertThat(Cue.find(Lexicon.indexed(t.language(), k), tokens)).as("%s %s", t.id(), k).isEqualTo(every);
        matches += every.size();
      }
    }
    assertThat(matches).isGreaterThan(5_000);
  }

  @Test
  void aCompoundsLastPartAndAnExactWordAreFoundThroughTheIndex() {
    String text = "Eine russische FPV-Drohne traf am Morgen das Dorf.";
    List<Token> tokens = Token.of(text, 0, text.length());
    List<Cue.Match> means = Cue.find(Lexicon.indexed(Language.DE, Lexicon.Kind.MEANS), tokens);
    assertThat(means).singleElement().satisfies(m -> assertThat(m.cue().value()).isEqualTo("drone"));
    List<Cue.Match> time = Cue.find(Lexicon.indexed(Language.DE, Lexicon.Kind.TIME), tokens);
    assertThat(time).extracting(m -> m.cue().value()).containsExactly("morning");
  }

  @Test
  void anExactWordMatchesOnlyItselfAlsoAsACompoundsLastPart() {
    String text = "Zwei Tote, ein Toter und drei Verletzte nach Angriffen mit einer Kamikaze-Drohne und zwei Kamikaze-Drohnen.";
    List<Token> tokens = Token.of(text, 0, text.length());
    List<Cue> cues = List.of(Cue.of("=tote", "killed"), Cue.of("verletz", "injured"), Cue.of("=drohne", "drone"),
        Cue.of("angriff mit", "attack"));
    List<Cue.Match> found = Cue.find(new Cue.Index(cues), tokens);
    assertThat(found).extracting(m -> tokens.get(m.first()).text())
        .containsExactly("Tote", "Verletzte", "Angriffen", "Kamikaze-Drohne");
    assertThat(found).isEqualTo(Cue.find(cues, tokens));
  }
}
