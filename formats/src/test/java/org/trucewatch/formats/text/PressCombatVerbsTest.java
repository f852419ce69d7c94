package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The press's verbs of fire ("гатили по", "били по", "поцілив", "накрили") and of the shell that
 * arrived ("прильоти", "прилет") tell of an attack at the place they name, as "обстріляли" does.
 * Sentences written for this test.
 */
class PressCombatVerbsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Окупанти всю ніч гатили по Вовчанську.|uk|689304",
      "Ворог знову бив по Оріхову.|uk|698428",
      "Зранку росіяни поцілили в Оріхів.|uk|698428",
      "Уночі зафіксовано прильоти у Вовчанську.|uk|689304",
      "Противник всю ночь бил по Орехову.|ru|698428",
      "Утром зафиксирован прилет по Херсону.|ru|706448",
      "ВСУ накрыли огнем окраины Херсона.|ru|706448"})
  void aVerbOfFireGivesAnIncidentAtItsPlace(String text, String language, long geonameId) {
    var ms = ExtractedSentences.mentions(text, Language.parse(language));
    assertThat(ms).anyMatch(m -> m.place().isPresent() && m.place().get().geonameId() == geonameId);
  }
}
