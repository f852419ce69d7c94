package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A front's direction named after a city ("на Донецком направлении", "на Покровському напрямку") is
 * no place of the event: the settlements the sentence names are.
 */
class FrontDirectionIsNoPlaceTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.canonical()).toList();
  }

  @Test
  void theDirectionsCityIsNoPlace() {
    assertThat(places("На Донецком направлении в результате обстрела Курахово погиб 1 человек.", Language.RU))
        .contains("Курахове").doesNotContain("Донецьк");
    assertThat(places("На Покровському напрямку внаслідок обстрілу Мирнограда поранено двох людей.", Language.UK))
        .contains("Мирноград").doesNotContain("Покровськ");
  }

  @Test
  void theCityItselfStaysAPlace() {
    assertThat(places("Внаслідок обстрілу Покровська поранено двох людей.", Language.UK)).contains("Покровськ");
  }
}
