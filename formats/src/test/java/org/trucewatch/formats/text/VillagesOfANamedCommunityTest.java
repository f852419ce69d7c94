package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A community named first and its villages later in the same sentence ("Семенівська громада: 6
 * вибухів в напрямку населеного пункту Блешня"): the villages are the places, not the seat.
 * Sentences written for this test.
 */
class VillagesOfANamedCommunityTest {
  @Test
  void twoVillagesOfTheCommunity() {
    assertThat(ExtractedSentences.mentions("Ворог обстріляв Чернігівщину. Новгород-Сіверська громада: 12 вибухів в напрямку "
        + "населених пунктів Михальчина Слобода та Гай. Поранено жінку.", Language.UK).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).contains("Mykhalchyna Sloboda", "Hai")
        .doesNotContain("Novhorod-Siverskyi");
  }

  @Test
  void oneVillageInTheGenitive() {
    assertThat(ExtractedSentences.mentions("Семенівська громада: 6 вибухів від мінометних обстрілів в напрямку "
        + "населеного пункту Блешня.", Language.UK).stream().flatMap(m -> m.place().stream()).map(p -> p.name()))
        .containsExactly("Bleshnia");
  }

  @Test
  void aVillageQualifiedByItsCommunityIsNoHead() {
    // "у Ямполі Лиманської громади" names the village; "у Яровій" after it is a place of its own
    assertThat(ExtractedSentences.mentions("У Ямполі Лиманської громади поранено людину, у Яровій – пошкоджено 4 будинки.",
        Language.UK).stream().flatMap(m -> m.place().stream()).map(p -> p.name().replace("’", ""))).contains("Yampil");
  }

  @Test
  void aTownBesideTheCommunityStays() {
    // Покров (37,000 people) lies 36 km from Marhanets: a town named for itself, so the community stays
    assertThat(ExtractedSentences.mentions("Марганецкая громада: 5 обстрелов, в направлении Покрова. Ранен мужчина.",
        Language.RU).stream().flatMap(m -> m.place().stream()).map(p -> p.name())).contains("Marhanets", "Pokrov");
  }
}
