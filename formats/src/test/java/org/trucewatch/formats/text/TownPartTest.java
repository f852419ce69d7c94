package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A town under 50,000 named after a part of it in Ukrainian and Russian ({@link TownPart}). */
class TownPartTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aRussianTownAfterItsCentre() {
    // ru-x19
    assertThat(places("Сегодня около 22:30 российские террористы обстреляли центр Купянска. Ранен 73-летний мужчина."))
        .contains("Kupyansk");
  }

  @Test
  void aRussianTownAfterItsQuarters() {
    // ru-x17
    assertThat(places("Боевики вечером 18 июля обстреляли жилые кварталы Авдеевки, ранения получили двое мирных жителей."))
        .contains("Avdiyivka");
  }

  @Test
  void aUkrainianTownAfterItsCentralPart() {
    // uk-j11
    assertThat(places("Окупанти здійснили артилерійський обстріл центральної частини Вовчанська. Унаслідок обстрілу поранено жінку."))
        .contains("Vovchansk");
  }

  @Test
  void partlyIsNoPartOfATown() {
    String text = "частично Купянска";
    assertThat(TownPart.beforeCyrillic(Token.of(text, 0, text.length()), 1)).isFalse();
  }
}
