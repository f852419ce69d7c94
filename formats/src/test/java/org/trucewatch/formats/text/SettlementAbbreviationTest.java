package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * "с.", "смт", "г.", "пос." with a full stop introduce a village or town as the whole word does.
 * Sentences written for this test.
 */
class SettlementAbbreviationTest {
  private List<Place> places(String text) {
    return ExtractedSentences.mentions(text).stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void ukrainianVillage() {
    assertThat(places("Ворог скинув КАБ на с. Борівське, поранено жінку."))
        .extracting(Place::name).isNotEmpty().allMatch(n -> n.startsWith("Borivs"));
  }

  @Test
  void russianVillage() {
    assertThat(places("Противник сбросил КАБ на пос. Кушугум, ранена женщина."))
        .extracting(Place::name).containsExactly("Kushuhum");
  }
}
