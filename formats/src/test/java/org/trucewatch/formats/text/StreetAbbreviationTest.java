package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A street named after a place or a person and written with its abbreviated noun ("по ул.
 * Петровского", "на вул. Харківській") is no settlement. Sentences written for this test.
 */
class StreetAbbreviationTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aRussianStreetAbbreviationIsNoVillage() {
    assertThat(places("В Донецке при обстреле по ул. Петровского поврежден автомобиль, ранен водитель.", Language.RU))
        .containsExactly("Donetsk");
  }

  @Test
  void aUkrainianOneNeither() {
    assertThat(places("У Херсоні внаслідок обстрілу на вул. Миколаївській поранено чоловіка.", Language.UK))
        .containsExactly("Kherson");
  }
}
