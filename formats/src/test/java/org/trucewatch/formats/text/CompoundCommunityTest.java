package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A community named by an adjective written as one word from a two-word seat ("Великописарівська
 * громада" : Велика Писарівка, "Малоданилівська громада" : Мала Данилівка) is placed at that seat.
 * Sentences written for this test in the wording of regional administrations' posts.
 */
class CompoundCommunityTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aResidentOfTheVelykaPysarivkaCommunityWasInjured() {
    assertThat(places("Внаслідок удару дрона поранення отримала мешканка Великописарівської громади.", Language.UK))
        .containsExactly("Velyka Pysarivka");
  }

  @Test
  void theMalaDanylivkaCommunityToo() {
    assertThat(places("Ворожий дрон атакував Малоданилівську громаду Харківського району, постраждала жінка.", Language.UK))
        .containsExactly("Mala Danylivka");
  }
}
