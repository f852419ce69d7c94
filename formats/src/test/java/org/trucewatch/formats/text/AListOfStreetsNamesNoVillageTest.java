package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every name of a list after a plural street word ("на улицах Куйбышева, Ломоносова, Чкалова") is a street's, not only
 * the first: no village named Haharina or Chkalove. Sentences written for this test.
 */
class AListOfStreetsNamesNoVillageTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void everyStreetOfTheList() {
    assertThat(places("Украинские войска обстреляли Токмак в Запорожской области. От удара пострадал газопровод на "
        + "улицах Ломоносова, Чкалова и Гагарина, ранен мужчина.", Language.RU)).containsExactly("Tokmak");
  }

  @Test
  void theTownAfterTheListStays() {
    assertThat(places("Обстрел улиц Ломоносова и Чкалова в Токмаке Запорожской области ранил мужчину.", Language.RU))
        .containsExactly("Tokmak");
  }
}
