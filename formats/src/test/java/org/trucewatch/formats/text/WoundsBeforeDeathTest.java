package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Wounds named as the cause before the death word ("внаслідок осколкових поранень загинула", "от
 * осколочных ранений погиб") are the death's cause, no injured person. Sentences written for this test.
 */
class WoundsBeforeDeathTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Унаслідок обстрілу Херсона внаслідок осколкових поранень на місці загинула 70-річна жінка.|uk",
      "Під час обстрілу Херсона через отримані травми загинув чоловік.|uk",
      "В результате обстрела Херсона от осколочных ранений на месте погибла 70-летняя женщина.|ru",
      "При обстреле Херсона вследствие полученных травм погиб мужчина.|ru"})
  void theWoundsAreTheCause(String text, String language) {
    var ms = ExtractedSentences.mentions(text, Language.parse(language));
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }
}
