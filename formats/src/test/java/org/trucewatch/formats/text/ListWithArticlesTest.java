package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of places goes on past an article before its next item: "shelled Nikopol and the
 * Marhanets community", "beschossen Nikopol und die Gemeinde Marhanez". Sentences written for
 * this test.
 */
class ListWithArticlesTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).filter(p -> p.population() > 0).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void english() {
    assertThat(places("In Dnipropetrovsk region, Russian forces shelled Nikopol and the Marhanets community with heavy artillery."))
        .containsExactly("Marhanets", "Nikopol");
  }

  @Test
  void german() {
    assertThat(places("Im Gebiet Dnipropetrowsk beschossen russische Truppen Nikopol und die Gemeinde Marhanez mit Artillerie."))
        .containsExactly("Marhanets", "Nikopol");
  }
}
