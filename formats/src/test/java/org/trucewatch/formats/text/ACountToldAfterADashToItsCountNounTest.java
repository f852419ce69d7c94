package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A count told after a dash to the noun phrase that names its category is of that category:
 * "збільшилась кількість постраждалих – наразі відомо про дев'ятьох людей" is nine injured. Sentences
 * written for this test.
 */
class ACountToldAfterADashToItsCountNounTest {
  @Test
  void theCountOfTheHurtRisingThenNinePeopleAfterADashIsNineInjured() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Ракета влучила в Слов'янськ. Зросла кількість постраждалих – наразі відомо про дев'ятьох людей.", Language.UK))).isEqualTo(9);
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Ракета попала в Славянск. Выросло количество пострадавших после удара - сейчас их четверо.", Language.RU))).isEqualTo(4);
  }

  @Test
  void aNumberAfterADashWithNoCountNounBeforeItIsNoCasualty() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Ракета влучила в Слов'янськ. Пошкоджено будинки – наразі відомо про дев'ять.", Language.UK))).isZero();
  }
}
