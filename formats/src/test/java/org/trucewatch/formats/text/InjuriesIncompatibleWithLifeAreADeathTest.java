package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "получил травмы, несовместимые с жизнью": the Russian verb of receiving wounds before injuries
 * called incompatible with life tells of a death, as the Ukrainian "отримав поранення, несумісні з
 * життям" does. Sentences written for this test.
 */
class InjuriesIncompatibleWithLifeAreADeathTest {
  private static int killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.RU);
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  private static int injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.RU);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void herHusbandReceivedInjuriesIncompatibleWithLifeIsOneKilled() {
    String text = "Дрон атаковал частный дом в Васильевке. Ее супруг получил травмы, несовместимые с жизнью.";
    assertThat(killed(text)).isEqualTo(1);
    assertThat(injured(text)).isZero();
  }

  @Test
  void aManWhoReceivedWoundsIncompatibleWithLifeIsOneKilled() {
    assertThat(killed("Вражеский беспилотник ударил по Каменке. Мужчина получил ранения, несовместимые с жизнью.")).isEqualTo(1);
  }

  @Test
  void woundsWithoutTheirFatalWordsStayInjuries() {
    String text = "Вражеский беспилотник ударил по Каменке. Мужчина получил ранения средней тяжести.";
    assertThat(killed(text)).isZero();
    assertThat(injured(text)).isEqualTo(1);
  }
}
