package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word for a town right before a name ("міста Авдіївки", "города Дзержинска") says the name is a settlement's in
 * every case, also in those the lexicon's introducers do not list; a given name after it stays a person ("мэр города
 * Максим Пухов" is the town's mayor). Sentences written for this test.
 */
class ATownWordIntroducesItsNameTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theGenitiveOfMistoIntroducesTheTown() {
    assertThat(places("Увечері окупанти знову завдали удару по житловому сектору міста Авдіївки, поранено двох чоловіків.",
        Language.UK)).containsExactly("Avdiyivka");
  }

  @Test
  void soDoesTheRussianGoroda() {
    assertThat(places("Мирный житель города Торецка получил ранения при сбросе взрывчатки с беспилотника.", Language.RU))
        .containsExactly("Toretsk");
  }

  @Test
  void aMayorsGivenNameAfterTheWordIsNoTown() {
    assertThat(places("Беспилотник атаковал автомобиль в Энергодаре, пострадавших нет, сообщил мэр города Максим Пухов.",
        Language.RU)).containsExactly("Enerhodar");
  }
}
