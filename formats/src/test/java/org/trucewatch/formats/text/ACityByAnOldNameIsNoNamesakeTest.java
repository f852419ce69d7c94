package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A large city is meant over a hamlet of its name only when that is the city's own name: GeoNames lists Donetsk
 * under an old name "Олександрівка" too, and a Kherson round-up's Oleksandrivka is the village of Kherson Oblast, not
 * Donetsk. Sentences written for this test.
 */
class ACityByAnOldNameIsNoNamesakeTest {
  @Test
  void theVillageOfTheNamedOblastNotTheCityOfAnOldName() {
    assertThat(ExtractedSentences.mentions("Минулої доби під ворожими обстрілами на Херсонщині перебували Зеленівка, "
        + "Олександрівка, Понятівка та Токарівка.", Language.UK).stream().flatMap(m -> m.place().stream())
        .map(p -> p.region())).isNotEmpty().containsOnly("UA-65");
  }
}
