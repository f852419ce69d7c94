package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Years of birth written after people ("мужчины 1983 и 1985 годов рождения", "женщина 1958 и мужчины
 * ...") are no figure; the people in the plural count as many as their years. Sentences written for
 * this test.
 */
class YearsOfBirthListTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В Донецке ранения получили мужчины 1983 и 1985 годов рождения.|ru|2",
      "В Донецке ранения получили женщина 1958 и мужчины 1983 и 1985 годов рождения.|ru|3",
      "У Херсоні внаслідок обстрілу поранені чоловіки 1983 і 1985 років народження.|uk|2"})
  void theYearsCountTheirPeople(String text, String language, int injured) {
    var ms = ExtractedSentences.mentions(text, Language.parse(language));
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(injured));
  }
}
