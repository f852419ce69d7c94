package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "населенный пункт" introduces a settlement as "село" does ("в населенном пункте Кременная",
 * "у населеному пункті Ямпіль"); the genitive after a title does not ("мэр города Максим Пухов").
 * Sentences written for this test.
 */
class SettlementNounInRussianTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aSmallTownAfterPopulatedPlaceIsThePlace() {
    assertThat(places("В результате сброса БПЛА получил ранение мирный житель в населенном пункте Кременная.", Language.RU))
        .containsExactly("Kreminna");
  }

  @Test
  void ukrainianWritesItInTheLocativeToo() {
    assertThat(places("Внаслідок обстрілу в населеному пункті Пісочин поранено чоловіка.", Language.UK))
        .containsExactly("Pisochyn");
  }

  @Test
  void aMayorsGivenNameIsNoVillage() {
    assertThat(places("В Енергодаре при атаке дрона пострадал мужчина, сообщил мэр города Максим Пухов.", Language.RU))
        .containsExactly("Enerhodar");
  }
}
