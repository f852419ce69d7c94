package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "пгт" without its full stop introduces a village in Russian, as "смт" does in Ukrainian ({@link Lexicon}). */
class RussianUrbanSettlementWordTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aVillageAfterPgtWithoutItsFullStop() {
    // ru-s17
    assertThat(places("В результате обстрелов пгт Двуречная Купянского района погиб 71-летний мужчина."))
        .contains("Dvorichna");
  }
}
