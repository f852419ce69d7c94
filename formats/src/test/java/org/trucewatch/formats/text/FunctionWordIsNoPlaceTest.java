package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A preposition capitalised at the start of a sentence ("Под обстрел попал ...") is no case form
 * of a village (Поди), even inside a region the text names. Sentences written for this test.
 */
class FunctionWordIsNoPlaceTest {
  private List<Place> places(String text) {
    return ExtractedSentences.mentions(text).stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void aCapitalisedPrepositionIsNoVillage() {
    assertThat(places("Украинские войска обстреляли рынок в Херсонской области. Под обстрел попал и магазин, ранена женщина."))
        .extracting(Place::name).doesNotContain("Pody");
  }
}
