package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "незначні ушкодження" of a person is a light injury, as "легке ушкодження" is ("одна особа
 * отримала незначні ушкодження"); of a building it is damage, no person. Sentences written for this test.
 */
class ALightInjuryOfAPersonIsHurtTest {
  @Test
  void onePersonWithLightInjuriesIsOneInjured() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Дрони атакували Старокостянтинів. Одна особа отримала незначні ушкодження.", Language.UK))).isEqualTo(1);
  }

  @Test
  void threeHousesWithLightDamageAreNoPeople() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Дрони атакували Старокостянтинів. Три будинки отримали незначні ушкодження.", Language.UK))).isZero();
  }
}
