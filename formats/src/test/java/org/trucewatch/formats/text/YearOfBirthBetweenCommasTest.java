package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A year of birth set off by commas between a person and the verb ("ein Mann, Jahrgang 1956,
 * verletzt", "мужчина, 1960 года рождения, получил ранение", "чоловік, 1984 року народження, отримав
 * поранення") leaves the person the verb's subject. Sentences written for this test.
 */
class YearOfBirthBetweenCommasTest {
  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void aManBornIn1956WasInjuredIsOne() {
    assertThat(injured("Die Russen bombardierten die Region Charkiw. Im Dorf Ruska Losowa wurde ein Mann, Jahrgang 1956, verletzt.",
        Language.DE)).isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Обстрел Донецка. Мужчина, 1960 года рождения, получил ранение.", Language.RU))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Обстріл Херсона. Чоловік, 1984 року народження, отримав поранення.", Language.UK))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Russian shelling hit Kherson. A man, born in 1974, was wounded.", Language.EN))
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
