package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In German a part of a town or its people before "von" ("auf den Stadtrand von Torezk", "Einwohner von Orichiw")
 * introduces the town's name, as "outskirts of" does in English. Sentences written for this test.
 */
class APartOfATownBeforeVonIntroducesItTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theOutskirtsOfATownAreTheTown() {
    assertThat(places("Die Armee warf eine Gleitbombe auf den Stadtrand von Torezk, zwei Männer wurden verletzt."))
        .containsExactly("Toretsk");
  }

  @Test
  void aResidentOfATownIsOfTheTown() {
    assertThat(places("Ein Einwohner von Torezk wurde durch Artilleriebeschuss verletzt.")).containsExactly("Toretsk");
  }
}
