package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A region named only in the speaker's title ("des Chefs der militärischen Administration der Region
 * Charkiw", "глава Луганской областной военной администрации") leaves the figure's paragraph
 * placeless, so the settlement of the paragraph before is its place. Sentences written for this test.
 */
class SpeakersRegionIsNoPlaceTest {
  @Test
  void germanCityOfTheParagraphBefore() {
    assertThat(ExtractedSentences.mentions("Die russischen Truppen haben am Mittwoch ein Wohngebiet in der Stadt Charkiw "
        + "angegriffen.\n\nNach Angaben des Chefs der militärischen Administration der Region Charkiw erlitten drei Kinder "
        + "Verletzungen. Es habe einen Einschlag auf dem Gelände einer Schule gegeben.", Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Kharkiv");
  }

  @Test
  void russianCityOfTheParagraphBefore() {
    // already so before the rule (the Russian region of a title is no mention there): a guard that it stays
    assertThat(ExtractedSentences.mentions("Российские войска утром обстреляли Лисичанск.\n\nКак сообщил глава Луганской "
        + "областной военной администрации, в результате обстрела ранены три человека.", Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Lysychansk");
  }

  @Test
  void aRegionOfTheEventStaysARegion() {
    // "in der Region Charkiw" where it happened, no administration: the figure stays at the region
    assertThat(ExtractedSentences.mentions("Die russischen Truppen haben ein Wohngebiet in der Stadt Charkiw angegriffen."
        + "\n\nIn der Region Charkiw erlitten bei einem Einschlag drei Kinder Verletzungen.", Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).isEmpty();
  }
}
