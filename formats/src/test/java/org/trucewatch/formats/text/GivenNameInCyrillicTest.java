package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In Cyrillic too a village's name followed by a surname is a given name ("голова ОВА Олег Кіпер":
 * Олег is a village of Odesa oblast), while a village followed by its raion, community or region
 * stays a village.
 */
class GivenNameInCyrillicTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.canonical()).toList();
  }

  @Test
  void aGovernorsGivenNameIsNoVillage() {
    assertThat(places("Ворожі дрони атакували Одещину, постраждав чоловік, повідомив голова ОВА Олег Кіпер.", Language.UK))
        .doesNotContain("Олег");
    assertThat(places("Беспилотники атаковали Одесскую область, ранен мужчина, сообщил глава администрации Олег Кипер.",
        Language.RU)).doesNotContain("Олег");
  }

  @Test
  void aVillageNamedAfterItsRaionStaysAVillage() {
    assertThat(places("Окупанти обстріляли Новоосинове Куп'янського району, поранено жінку.", Language.UK))
        .contains("Новоосинове");
  }

  @Test
  void aVillageBeforeASentenceWithoutItsFullStopStays() {
    assertThat(places("Ранены трое жителей Лисичанска и Приволья Это двое мужчин и женщина.", Language.RU))
        .contains("Привілля");
  }
}
