package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two towns of one name, neither a large city (Pervomaisk: 62,000 people in Mykolaiv Oblast, 38,000
 * in Luhansk Oblast): the one near the text's other places is meant, as for villages. Sentences
 * written for this test.
 */
class TwoTownsOfOneNameTest {
  @Test
  void pervomaiskBesideStakhanov() {
    assertThat(ExtractedSentences.mentions("The Kiev forces bombarded Stakhanov and Pervomaisk with artillery. In "
        + "Pervomaisk, a resident of the city was wounded.", Language.EN).stream().flatMap(m -> m.place().stream())
        .map(p -> p.region())).containsOnly("UA-09"); // Stakhanov and Pervomaisk (GeoNames: Sokolohirsk), both Luhansk
  }

  @Test
  void theLargerTownWithNoOtherPlace() {
    assertThat(ExtractedSentences.mentions("In Pervomaisk, a resident of the city was wounded by shelling.", Language.EN)
        .stream().flatMap(m -> m.place().stream()).map(p -> p.region())).containsOnly("UA-48");
  }
}
