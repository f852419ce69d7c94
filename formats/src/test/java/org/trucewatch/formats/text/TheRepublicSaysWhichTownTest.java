package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A self-proclaimed republic named in the paragraph ("ЛНР", "DPR", "Volksrepublik Luhansk", "Луганской
 * народной республики") gives the oblast of a town's namesake, as a region named there would; it is
 * no place of its own. Sentences written for this test.
 */
class TheRepublicSaysWhichTownTest {
  @Test
  void theRussianAbbreviationPicksTheLuhanskTown() {
    assertThat(regions("В ЛНР заявили, что при обстреле города Первомайск погибла пожилая женщина.", Language.RU))
        .containsOnly("UA-09"); // Pervomaisk of Luhansk Oblast (GeoNames: Sokolohirsk), not the larger one of Mykolaiv Oblast
  }

  @Test
  void theRepublicsFullNameAfterTheTownPicksItToo() {
    assertThat(regions("В Первомайске от обстрела погиб мужчина, сообщили в Луганской народной республике.", Language.RU))
        .containsOnly("UA-09");
  }

  @Test
  void anEnglishAbbreviationPicksTheLuhanskTown() {
    assertThat(regions("An elderly man was killed by shelling in Pervomaisk, officials of the LPR said.", Language.EN))
        .containsOnly("UA-09");
  }

  @Test
  void withoutARepublicTheLargerTownIsMeant() {
    assertThat(regions("В Первомайске от обстрела погиб мужчина.", Language.RU)).containsOnly("UA-48");
  }

  @Test
  void theRepublicIsNoPlaceOfItsOwn() {
    assertThat(ExtractedSentences.mentions("В ДНР заявили, что при обстреле погибла пожилая женщина.", Language.RU)
        .stream().flatMap(m -> m.place().stream())).isEmpty();
  }

  private static java.util.stream.Stream<String> regions(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream().flatMap(m -> m.place().stream()).map(p -> p.region());
  }
}
