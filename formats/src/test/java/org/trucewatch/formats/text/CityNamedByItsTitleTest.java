package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A city named by its title after "near" ("nahe der Hauptstadt Kiew", "near the port city of Odesa",
 * "недалеко от столицы") is where the event was near, not where it was: the town before it is the
 * place, and the city is none. Sentences written for this test.
 */
class CityNamedByItsTitleTest {
  @Test
  void germanTownNearTheCapital() {
    assertThat(ExtractedSentences.mentions("In der Stadt Browary nahe der Hauptstadt Kiew gab es mindestens drei Tote.",
        Language.DE).stream().flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Brovary");
  }

  @Test
  void germanNearThePortCityWithNoPlaceBefore() {
    assertThat(ExtractedSentences.mentions("Nahe der Hafenstadt Odessa kamen zwei Menschen ums Leben. Der Angriff traf "
        + "das Dorf Lypezke.", Language.DE).stream().flatMap(m -> m.place().stream()).map(p -> p.name()))
        .doesNotContain("Odesa");
  }

  @Test
  void englishNearTheCapital() {
    assertThat(ExtractedSentences.mentions("Two people were killed in Irpin near the capital Kyiv.", Language.EN).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Irpin");
  }

  @Test
  void theCityItselfStaysWithoutNear() {
    assertThat(ExtractedSentences.mentions("In der Hauptstadt Kiew wurden zwei Menschen getötet.", Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Kyiv");
  }
}
