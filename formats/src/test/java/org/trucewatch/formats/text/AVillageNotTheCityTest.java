package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A village whose name is also a city's, or a Russian form of one: the village word and the adjective say which. */
class AVillageNotTheCityTest {
  private static List<String> places(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.place().isPresent()).map(m -> m.place().get().canonical()).distinct().toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "У селищі Донецьке Миколаївської громади безпілотник пошкодив приватний будинок.|uk|Донецьке",
      "У селищі Донецьке безпілотник пошкодив приватний будинок.|uk|Донецьке",
      "Беспилотник атаковал село Великая Знаменка в Запорожской области, ранена женщина.|ru|Велика Знам’янка",
      "Дрон атаковал село Новая Маячка в Херсонской области, погиб мужчина.|ru|Нова Маячка"})
  void theVillageIsNamed(String text, String language, String place) {
    assertThat(places(ExtractedSentences.mentions(text, Language.parse(language)))).containsExactly(place);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Вражеский дрон атаковал Знаменку, ранен мужчина.|ru|Знам’янка",
      "Окупанти обстріляли місто Донецьк, є загиблі.|uk|Донецьк"})
  void theTownStaysTheTown(String text, String language, String place) {
    assertThat(places(ExtractedSentences.mentions(text, Language.parse(language)))).containsExactly(place);
  }
}
