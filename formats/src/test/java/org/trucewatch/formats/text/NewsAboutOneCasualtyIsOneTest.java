package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * News about one casualty named by a singular participle noun after "about" is one of its category:
 * "сообщил о погибшем — мужчине 45 лет", "щодо потерпілого: його життю нічого не загрожує". Sentences
 * written for this test.
 */
class NewsAboutOneCasualtyIsOneTest {
  @Test
  void newsAboutTheDeadManIsOneKilled() {
    assertThat(ExtractedSentences.killed(ExtractedSentences.mentions(
        "Ракета попала в Никополь. Позже мэр сообщил о погибшем — мужчине 45 лет.", Language.RU))).isEqualTo(1);
  }

  @Test
  void aboutTheVictimWhoseLifeIsNotInDangerIsOneInjured() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Дрон влучив у Нікополь. Щодо потерпілого: його життю нічого не загрожує.", Language.UK))).isEqualTo(1);
  }

  @Test
  void aCountOfTheDeadBesideTheNewsIsNotAddedTo() {
    assertThat(ExtractedSentences.killed(ExtractedSentences.mentions(
        "Ракета попала в Никополь. Погибли двое мужчин, мэр сообщил о погибшем водителе.", Language.RU))).isEqualTo(2);
  }
}
