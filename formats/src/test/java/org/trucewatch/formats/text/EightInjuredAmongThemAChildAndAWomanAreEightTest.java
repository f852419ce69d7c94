package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number with its own killed or injured word, then some of them named after a comma ("вісім
 * поранених, серед яких дитина та вагітна жінка"): the persons are among the number's people, not a
 * list the number counts before its verb. Sentences written for this test.
 */
class EightInjuredAmongThemAChildAndAWomanAreEightTest {
  private static int injured(List<IncidentMention> ms) {
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void eightInjuredAmongThemAChildAndAPregnantWoman() {
    List<IncidentMention> uk = ExtractedSentences.mentions("Дрон влучив у будинок в Ізмаїлі. Відомо про вісім поранених, серед "
        + "яких дитина та вагітна жінка.", Language.UK);
    assertThat(injured(uk)).isEqualTo(8);
    assertThat(uk.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(1);
    assertThat(injured(ExtractedSentences.mentions("A drone hit a house in Izmail. There are eight injured, among them a child "
        + "and a pregnant woman.", Language.EN))).isEqualTo(8);
  }

  @Test
  void fiveHurtOfWhomAManAndAWoman() {
    assertThat(injured(ExtractedSentences.mentions("Дрон попал в дом в Измаиле. Известно о пяти пострадавших, из которых мужчина "
        + "и женщина в тяжелом состоянии.", Language.RU))).isEqualTo(5);
  }
}
