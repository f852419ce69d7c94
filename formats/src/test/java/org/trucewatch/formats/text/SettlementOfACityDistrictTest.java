package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A settlement named with the city district it belongs to ("В поселке Старомихайловка Кировского
 * района Донецка") is the place; the city only says where it lies. Sentences written for this test.
 */
class SettlementOfACityDistrictTest {
  @Test
  void russianVillageOfADistrictOfDonetsk() {
    assertThat(ExtractedSentences.mentions("В поселке Старомихайловка Кировского района Донецка пострадали две девочки.",
        Language.RU).stream().flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Staromykhailivka");
  }

  @Test
  void ukrainianVillageOfADistrictOfDonetsk() {
    assertThat(ExtractedSentences.mentions("У селищі Старомихайлівка Кіровського району Донецька поранено двох жінок.",
        Language.UK).stream().flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Staromykhailivka");
  }

  @Test
  void theDistrictAloneIsStillTheCity() {
    assertThat(ExtractedSentences.mentions("В Кировском районе Донецка пострадали две девочки.", Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Donetsk");
  }
}
