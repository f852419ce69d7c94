package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plural noun for places before a list introduces its names as the singular does: "die Orte
 * Kirowsk und Donezkij", "the villages of Zolote and Katerynivka". Not the dative "in beiden Orten",
 * after which the next capitalised word is a noun ("Schäden"). Sentences written for this test.
 */
class PluralPlaceNounTest {
  @Test
  void germanTheLocalitiesOfAList() {
    assertThat(ExtractedSentences.mentions("Die ukrainischen Militärs haben die Orte Kirowsk und Donezkij unter Beschuss "
        + "genommen. Ein Bewohner von Kirowsk ist verletzt.", Language.DE).stream().flatMap(m -> m.place().stream())
        .map(p -> p.name())).contains("Holubivka", "Donetskyi");
  }

  @Test
  void englishTheVillagesOf() {
    assertThat(ExtractedSentences.mentions("Russian forces shelled the villages Zolote and Katerynivka, wounding two "
        + "civilians.", Language.EN).stream().flatMap(m -> m.place().stream()).map(p -> p.name())).contains("Zolote");
  }

  @Test
  void germanDativeIsNoIntroducer() {
    assertThat(ExtractedSentences.mentions("In Saporischschja wurde eine Frau verletzt. In beiden Orten seien Schäden "
        + "entstanden.", Language.DE).stream().flatMap(m -> m.place().stream()).map(p -> p.population()))
        .containsOnly(710_052L);
  }
}
