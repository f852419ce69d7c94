package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Every form of the Ukrainian verbs of wounding is a casualty word: active "поранив", and "зазнала",
 * "дістала", "отримала" with "поранень"/"поранення"; with "несумісні з життям" they are a death.
 * Sentences written for this test.
 */
class WoundingVerbFormsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Дрон поранив жінку у Херсоні.|injured",
      "Унаслідок обстрілу Херсона жінка зазнала поранень.|injured",
      "Унаслідок обстрілу Херсона жінка дістала поранень.|injured",
      "Внаслідок удару по Херсону чоловік отримав поранення, несумісні з життям.|killed",
      "Внаслідок удару по Херсону чоловік дістав поранення, несумісні з життям.|killed"})
  void oneCasualty(String text, String category) {
    var ms = ExtractedSentences.mentions(text, Language.UK);
    assertThat(ms).hasSize(1);
    var c = ms.get(0).claim().casualties();
    assertThat(category.equals("killed") ? c.killed() : c.injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(category.equals("killed") ? c.injured() : c.killed()).isEqualTo(CasualtyCount.UNKNOWN);
  }
}
