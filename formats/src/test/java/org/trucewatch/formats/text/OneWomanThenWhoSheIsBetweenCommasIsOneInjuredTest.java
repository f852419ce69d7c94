package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Ще одна жінка, 47-річна місцева мешканка, отримала поранення": one person, who she is between
 * commas, then the verb; the person's noun reaches past the apposition as a noun of people does
 * ("Двое мирных жителей, мужчина и женщина, ранены"). Sentences written for this test.
 */
class OneWomanThenWhoSheIsBetweenCommasIsOneInjuredTest {
  private static int injured(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void oneMoreWomanALocalResidentOfFiftyTwoWasInjured() {
    assertThat(injured("Окупанти обстріляли Марганець. Загинув чоловік. Ще одна жінка, 52-річна місцева мешканка, отримала "
        + "поранення.", Language.UK)).isEqualTo(1);
    assertThat(injured("Оккупанты обстреляли Марганец. Одна женщина, 52-летняя местная жительница, получила ранения.",
        Language.RU)).isEqualTo(1);
  }
}
