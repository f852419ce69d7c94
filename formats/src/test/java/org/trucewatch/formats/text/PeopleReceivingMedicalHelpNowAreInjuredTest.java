package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "4 людини отримують медичну допомогу": people being treated now are hurt, as those who received help
 * are. Sentences written for this test.
 */
class PeopleReceivingMedicalHelpNowAreInjuredTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void threePeopleReceivingMedicalHelpAreThreeInjured() {
    assertThat(injured("Ракета влучила в житловий будинок у Рівному. 3 людини отримують медичну допомогу.", Language.UK))
        .isEqualTo(3);
    assertThat(injured("Ракета попала в жилой дом в Ровно. Три человека получают медицинскую помощь.", Language.RU))
        .isEqualTo(3);
  }

  @Test
  void helpForThoseCountedBeforeAddsNoOne() {
    assertThat(injured("Ракета влучила в житловий будинок у Рівному. Поранено трьох людей. Усі троє отримують медичну "
        + "допомогу.", Language.UK)).isEqualTo(3);
  }
}
