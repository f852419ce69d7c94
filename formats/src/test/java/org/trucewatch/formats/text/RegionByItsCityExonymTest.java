package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A region named by an exonym of the city it is called after ("in der Region Kiew") is the region,
 * not the city, and says which namesake the town before it is. Sentences written for this test.
 */
class RegionByItsCityExonymTest {
  @Test
  void germanRegionKiewIsNoCity() {
    assertThat(ExtractedSentences.mentions("In der Grossstadt Bila Zerkwa in der Region Kiew wurde ein Mensch getötet.",
        Language.DE).stream().flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Bila Tserkva");
  }

  @Test
  void aTownOfTheRegion() {
    assertThat(ExtractedSentences.mentions("In Butscha in der Region Kiew wurden zwei Menschen verletzt.", Language.DE)
        .stream().flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Bucha");
  }

  @Test
  void theCityByItsExonymStaysACity() {
    assertThat(ExtractedSentences.mentions("In Kiew wurden zwei Menschen verletzt.", Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Kyiv");
  }
}
