package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A city of 100,000 or more is meant over a hamlet of its name (under 1,000 people) that lies in a
 * region the text names: "Neben der Region Dnipropetrowsk meldete auch Saporischschja Einschläge"
 * is the city, not the hamlet Zaporizhzhya of Dnipropetrovsk Oblast. Sentences written for this test.
 */
class LargeCityOverAHamletTest {
  @Test
  void theCityNotTheHamletOfTheNamedRegion() {
    assertThat(ExtractedSentences.mentions("Neben der Region Dnipropetrowsk meldete auch Saporischschja Einschläge. In "
        + "Saporischschja wurde eine Frau verletzt.", Language.DE).stream().flatMap(m -> m.place().stream())
        .map(p -> p.population())).allMatch(n -> n > 100_000).isNotEmpty();
  }

  @Test
  void aVillageOfTheNamedRegionStillWinsOverAnotherVillage() {
    // two villages Uspenivka: the one of the named region, as before
    assertThat(ExtractedSentences.mentions("Im Dorf Uspeniwka in der Region Saporischschja wurde ein Mann getötet.",
        Language.DE).stream().flatMap(m -> m.place().stream()).map(p -> p.region())).containsExactly("UA-23");
  }
}
