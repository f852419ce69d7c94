package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Слов'янськ" is Sloviansk (Donetsk oblast, 105,141 people), not Nikopol (105,160), which was called
 * Слов'янськ in 1780-82 and keeps that name among its GeoNames names; a current name wins only over a
 * town of like size, so a Russian text's "Макеевка" is still the city Makiivka and "Донецк" still
 * Donetsk in Ukraine.
 */
class ATownsCurrentNameBeatsAFormerNameOfALikeTownTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void theNameAsWrittenIsSlovianskBeforeNikopol() {
    assertThat(g.byName("Слов'янськ").get(0).geonameId()).isEqualTo(693468L);
    assertThat(g.byName("Слов’янськ").get(0).geonameId()).isEqualTo(693468L);
  }

  @Test
  void aCaseFormIsSlovianskBeforeNikopol() {
    assertThat(g.byInflectedWord("Слов'янську").get(0).geonameId()).isEqualTo(693468L);
    assertThat(g.byInflectedWord("Слов'янська").get(0).geonameId()).isEqualTo(693468L);
  }

  @Test
  void nikopolIsStillFoundByItsFormerName() {
    assertThat(g.byName("Слов'янськ")).extracting(Place::geonameId).contains(700051L);
  }

  @Test
  void aRussianSpellingStillMeansTheLargerTown() {
    assertThat(g.byInflectedWord("Макеевке").get(0).name()).isEqualTo("Makiyivka");
    assertThat(g.byName("Донецк").get(0).region()).isEqualTo("UA-14");
  }
}
