package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name after a word for a town ("г. Лиман", "місто Лиман", "the city of Lyman") is the town, not a
 * village of that name that lies nearer the text's other places. Sentences written for this test.
 */
class TownWordTest {
  @Test
  void theTownOfLymanNotTheVillageNearMyrnohrad() {
    // a village Лиман of Donetsk Oblast (no population given) lies 30 km from Myrnohrad; the town is 80 km away
    assertThat(ExtractedSentences.mentions("В Мирнограде Донецкой области ранены шесть человек. Также под обстрелом был г. "
        + "Лиман, известно о трех пострадавших.", Language.RU).stream().flatMap(m -> m.place().stream())
        .filter(p -> p.name().equals("Lyman")).map(p -> p.population())).containsOnly(20_066L);
  }

  @Test
  void ukrainianSaysMisto() {
    assertThat(ExtractedSentences.mentions("У Мирнограді поранено шестеро людей. Під обстрілом було місто Лиман, троє "
        + "постраждалих.", Language.UK).stream().flatMap(m -> m.place().stream()).filter(p -> p.name().equals("Lyman"))
        .map(p -> p.population())).containsOnly(20_066L);
  }
}
